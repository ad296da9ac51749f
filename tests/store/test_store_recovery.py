"""A damaged progress file is kept safe, the backup is used if possible, and the learner is told."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from iop_course.store import LessonStatus, ProgressStore, RecoveryNotice
from iop_course.store.recovery import BACKUP_FILE_NAME, choose_damaged_copy_path, refresh_backup

StoreOpener = Callable[..., ProgressStore]

DAMAGED_NAME = re.compile(r"^progress\.damaged-\d{8}-\d{6}(-\d+)?\.json$")

DAMAGED_CONTENTS = {
    "garbage bytes": b"\x00\x13\x37 not progress at all \x00",
    "truncated json": b'{"meta": {"1": {"schema_version": 1}}, "lessons": {"1": {"lesson_',
    "json that is not an object": b'["lesson-1", "lesson-2"]',
    "not utf-8": b'{"settings": "\xff\xfe\xfd"}',
    "wrong table shape": b'{"lessons": ["page 3"]}',
}


def _save_progress(open_store: StoreOpener, lesson_id: str, page: int) -> None:
    store = open_store()
    store.set_page(lesson_id, page)
    store.close()


def _damaged_copies(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.name.startswith("progress.damaged"))


@pytest.mark.parametrize("raw", DAMAGED_CONTENTS.values(), ids=DAMAGED_CONTENTS.keys())
def test_damaged_file_without_backup_is_kept_and_progress_starts_fresh(
    data_dir: Path, open_store: StoreOpener, raw: bytes
) -> None:
    """Without a backup the learner starts fresh, but the damaged file is kept byte for byte."""
    data_dir.mkdir()
    (data_dir / "progress.json").write_bytes(raw)

    store = open_store()

    notice = store.recovery
    assert isinstance(notice, RecoveryNotice)
    assert notice.restored_from_backup is False
    assert notice.reason
    assert DAMAGED_NAME.match(notice.damaged_copy.name)
    assert notice.damaged_copy.parent == data_dir
    assert notice.damaged_copy.read_bytes() == raw
    assert _damaged_copies(data_dir) == [notice.damaged_copy]
    assert str(notice.damaged_copy) in notice.message()
    assert "started fresh" in notice.message()
    assert store.all_lesson_progress() == {}

    store.set_page("after-recovery", 2)
    store.close()
    reopened = open_store()
    assert reopened.recovery is None
    assert reopened.lesson_progress("after-recovery").page == 2
    assert notice.damaged_copy.read_bytes() == raw


@pytest.mark.parametrize("raw", DAMAGED_CONTENTS.values(), ids=DAMAGED_CONTENTS.keys())
def test_damaged_file_is_replaced_by_last_good_backup(
    data_dir: Path, open_store: StoreOpener, raw: bytes
) -> None:
    """With a backup, the last file that opened fine comes back and keeps working."""
    _save_progress(open_store, "lesson-1", 3)
    store = open_store()
    store.set_page("lesson-1", 5)
    store.close()
    (data_dir / "progress.json").write_bytes(raw)

    recovered = open_store()

    notice = recovered.recovery
    assert notice is not None and notice.restored_from_backup
    assert notice.damaged_copy.read_bytes() == raw
    assert str(notice.damaged_copy) in notice.message()
    assert "restored your progress from the last backup" in notice.message()
    assert recovered.lesson_progress("lesson-1").page == 3, "backup = the last file that opened"
    recovered.mark_lesson_done("lesson-1")
    recovered.close()
    assert open_store().lesson_progress("lesson-1").status is LessonStatus.DONE


def test_damaged_backup_is_not_used(data_dir: Path, open_store: StoreOpener) -> None:
    """A damaged backup must not be restored over a damaged file."""
    data_dir.mkdir()
    (data_dir / "progress.json").write_bytes(b"{broken")
    (data_dir / BACKUP_FILE_NAME).write_bytes(b"{also broken")

    store = open_store()

    assert store.recovery is not None
    assert store.recovery.restored_from_backup is False
    assert store.all_lesson_progress() == {}


def test_every_damage_gets_its_own_copy(data_dir: Path, open_store: StoreOpener) -> None:
    """Repeated damage never overwrites an earlier damaged copy."""
    data_dir.mkdir()
    for attempt in range(3):
        (data_dir / "progress.json").write_bytes(b"broken %d" % attempt)
        open_store().close()
    copies = _damaged_copies(data_dir)
    assert sorted(path.read_bytes() for path in copies) == [b"broken 0", b"broken 1", b"broken 2"]


def test_damaged_copy_name_has_date_and_avoids_clashes(tmp_path: Path) -> None:
    """The date in the name helps a helper; the counter keeps same-second copies apart."""
    when = datetime(2024, 3, 9, 7, 5, 1)
    first = choose_damaged_copy_path(tmp_path, when)
    assert first.name == "progress.damaged-20240309-070501.json"
    first.write_bytes(b"x")
    second = choose_damaged_copy_path(tmp_path, when)
    assert second.name == "progress.damaged-20240309-070501-1.json"
    second.write_bytes(b"x")
    third = choose_damaged_copy_path(tmp_path, when)
    assert third.name == "progress.damaged-20240309-070501-2.json"


def test_good_open_refreshes_backup(data_dir: Path, open_store: StoreOpener) -> None:
    """The backup is made from a file that has just opened fine."""
    _save_progress(open_store, "lesson-1", 1)
    assert not (data_dir / BACKUP_FILE_NAME).exists(), "nothing had opened fine yet"
    open_store().close()
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    assert [doc["page"] for doc in backup["lessons"].values()] == [1]


def test_refreshed_backup_copies_bytes_exactly(tmp_path: Path) -> None:
    """The backup is an exact copy, so restoring it loses nothing."""
    progress = tmp_path / "progress.json"
    progress.write_bytes(b'{"meta": {"1": {"schema_version": 1}}}')
    assert refresh_backup(progress, progress.read_bytes(), {}) == (True, None)
    assert (tmp_path / BACKUP_FILE_NAME).read_bytes() == progress.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")
def test_recovered_files_are_private(data_dir: Path, open_store: StoreOpener) -> None:
    """Damaged copies and backups hold personal data too, so they are private."""
    _save_progress(open_store, "lesson-1", 1)
    open_store().close()
    progress = data_dir / "progress.json"
    progress.write_bytes(b"broken")
    progress.chmod(0o644)
    store = open_store()
    assert store.recovery is not None
    store.close()
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_notice_messages_in_plain_words(tmp_path: Path) -> None:
    """The learner is told, in plain words, where their old file is and what happened."""
    copy = tmp_path / "progress.damaged-20240101-000000.json"
    restored = RecoveryNotice(damaged_copy=copy, restored_from_backup=True, reason="bad JSON")
    fresh = RecoveryNotice(damaged_copy=copy, restored_from_backup=False, reason="bad JSON")
    assert restored.message() == (
        f"Your progress file could not be read, so it was kept safe at {copy}. "
        "We restored your progress from the last backup."
    )
    assert fresh.message() == (
        f"Your progress file could not be read, so it was kept safe at {copy}. "
        "We started fresh progress."
    )
