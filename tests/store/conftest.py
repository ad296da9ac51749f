"""Shared fixtures for the progress-store tests: a fresh data folder, stores that always close."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from iop_course.files.durable_write import TEMP_FILE_PREFIX
from iop_course.store import ProgressStore

StoreOpener = Callable[..., ProgressStore]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A progress folder that does not exist yet, as on a first run."""
    return tmp_path / "iop-course-data"


@pytest.fixture
def open_store(data_dir: Path) -> Iterator[StoreOpener]:
    """Open stores on ``data_dir`` (or another folder) and close any left open after the test.

    Leaving a store open would keep its lock and writer thread alive into the
    next test.
    """
    opened: list[ProgressStore] = []

    def opener(folder: Path | None = None, **options: object) -> ProgressStore:
        store = ProgressStore.open(folder or data_dir, **options)
        opened.append(store)
        return store

    yield opener
    for store in opened:
        store.close()


def _temp_files_in(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith(TEMP_FILE_PREFIX)]


@pytest.fixture
def temp_files_in() -> Callable[[Path], list[Path]]:
    """Lists temporary files a save might have left behind in a folder (there should be none)."""
    return _temp_files_in


OTHER_USER_ID = 65534
"""The "nobody" user, to own a folder that is not the learner's."""

WITHOUT_ROOT_POWERS = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


@pytest.fixture
def as_learner() -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    """Run a Python script as an ordinary learner, whom file permissions hold.

    Root ignores permissions, so when the tests run as root the script runs as root without
    its capabilities (setpriv), which the system treats like any owner. ``as_learner.folder``
    is a scratch folder; ``as_learner.other_users_folder`` a folder of someone else.
    """
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv, permissions cannot be tried")
    folder = Path(tempfile.mkdtemp(prefix="iop-store-perm-"))
    prefix = WITHOUT_ROOT_POWERS if os.geteuid() == 0 else []

    def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, sys.executable, "-c", script, *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=folder,
        )

    if os.geteuid() == 0:
        others = folder / "someone-else"
        others.mkdir(mode=0o755)
        os.chown(others, OTHER_USER_ID, OTHER_USER_ID)
        run.other_users_folder = others  # type: ignore[attr-defined]
    else:
        run.other_users_folder = Path("/")  # type: ignore[attr-defined]
    run.folder = folder  # type: ignore[attr-defined]
    yield run
    for path in folder.rglob("*"):
        with suppress(OSError):
            path.chmod(0o700)
    shutil.rmtree(folder, ignore_errors=True)
