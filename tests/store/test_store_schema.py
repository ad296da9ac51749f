"""Schema versions: files from a newer app are refused untouched; unversioned files are upgraded."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.store import ProgressStore, UnsupportedProgressVersion
from iop_course.store.instance_lock import InstanceLock
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCHEMA_VERSION

StoreOpener = Callable[..., ProgressStore]


def test_new_file_records_current_version(data_dir: Path, open_store: StoreOpener) -> None:
    """Every file says which format it is, so later versions can upgrade it."""
    open_store().close()
    on_disk = json.loads((data_dir / "progress.json").read_text("utf-8"))
    assert list(on_disk["meta"].values()) == [{"schema_version": SCHEMA_VERSION}]


@pytest.mark.parametrize("future_version", [SCHEMA_VERSION + 1, 99])
def test_newer_version_is_refused_and_file_left_untouched(
    data_dir: Path, future_version: object
) -> None:
    """Older code must never overwrite a file written by a newer app."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    content = {
        "meta": {"1": {"schema_version": future_version}},
        "lessons": {"1": {"learner": "me", "lesson_id": "x", "brand_new_field": [1, 2]}},
    }
    progress.write_text(json.dumps(content), "utf-8")
    before = progress.read_bytes()

    with pytest.raises(UnsupportedProgressVersion) as caught:
        ProgressStore.open(data_dir)

    assert caught.value.found_version == future_version
    assert "newer version of IOP Course" in str(caught.value)
    assert progress.read_bytes() == before
    assert not (data_dir / BACKUP_FILE_NAME).exists()
    with InstanceLock(data_dir):
        pass


def test_unversioned_file_is_upgraded_keeping_its_data(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """A file without a version is upgraded in place without losing records."""
    data_dir.mkdir()
    lesson = {
        "learner": "me",
        "lesson_id": "lesson-1",
        "status": "done",
        "page": 4,
        "where": "lesson",
        "updated_at": "2024-01-01T10:00:00.000000+00:00",
    }
    (data_dir / "progress.json").write_text(json.dumps({"lessons": {"1": lesson}}), "utf-8")

    store = open_store()
    assert store.lesson_progress("lesson-1").page == 4
    store.close()

    on_disk = json.loads((data_dir / "progress.json").read_text("utf-8"))
    assert list(on_disk["meta"].values()) == [{"schema_version": SCHEMA_VERSION}]
    assert list(on_disk["lessons"].values()) == [lesson]
