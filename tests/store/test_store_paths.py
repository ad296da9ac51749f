"""Where progress is kept: explicit folder, then IOP_COURSE_DATA_DIR, then the per-user default."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from iop_course.store import PROGRESS_FILE_NAME, resolve_data_dir


def test_explicit_folder_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An explicit folder (e.g. a --data-dir option) beats the environment."""
    monkeypatch.setenv("IOP_COURSE_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_data_dir(str(tmp_path / "explicit")) == tmp_path / "explicit"


def test_environment_variable_is_used_without_explicit_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IOP_COURSE_DATA_DIR lets testers and power users move the data."""
    monkeypatch.setenv("IOP_COURSE_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir() == tmp_path / "from-env"


def test_default_is_the_per_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without overrides, progress goes where the platform keeps per-user app data."""
    monkeypatch.delenv("IOP_COURSE_DATA_DIR", raising=False)
    expected = Path(platformdirs.user_data_dir("iop-course", appauthor=False))
    assert resolve_data_dir() == expected


def test_resolving_does_not_create_the_folder(tmp_path: Path) -> None:
    """Only opening the store creates the folder, with private permissions."""
    resolve_data_dir(tmp_path / "not-yet")
    assert not (tmp_path / "not-yet").exists()


def test_progress_file_name() -> None:
    """Other tools (backups, support notes) rely on this file name."""
    assert PROGRESS_FILE_NAME == "progress.json"
