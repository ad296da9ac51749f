"""The app's store refreshes its backup after the first screen, with the rules of opening.

Reading the old backup to compare it was most of the cost of opening two years of progress
(benchmarks/store_two_years.py), and the learner needs no backup before the first screen. With
``backup_later`` the store writes nothing at open; ``refresh_backup_soon`` (or ``close``)
copies the file as it was read at open, never over a backup with more progress, and a failure
is told like a failed save.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from iop_course.store import ProgressStore, RecoveryKind
from iop_course.store import recovery as recovery_module
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCHEMA_VERSION
from tests.store.test_store_backup_rules import answers_given, fifty_answers


def files_in(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def backup_answers(data_dir: Path) -> int:
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    return sum(q["times_right"] + q["times_wrong"] for q in backup["quiz_questions"].values())


def fifty_one_answers_and_a_backup_of_fifty(data_dir: Path) -> None:
    fifty_answers(data_dir)
    with ProgressStore.open(data_dir) as store:
        store.record_answer("m/l", "q50", ["a"], True, "first")
    assert backup_answers(data_dir) == 50


@pytest.mark.parametrize("asked", [True, False], ids=["asked", "quitting at once"])
def test_nothing_is_written_at_open_and_the_file_as_read_is_backed_up_later(
    data_dir: Path, asked: bool
) -> None:
    fifty_one_answers_and_a_backup_of_fifty(data_dir)
    before = files_in(data_dir)
    store = ProgressStore.open(data_dir, backup_later=True)
    try:
        assert {n: b for n, b in files_in(data_dir).items() if n in before} == before
        assert store.recovery is None and answers_given(store) == 51
        store.record_answer("m/l", "q51", ["a"], True, "first")  # after open: not in the backup
        if asked:
            store.refresh_backup_soon()
    finally:
        store.close()
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() == before["progress.json"]
    assert backup_answers(data_dir) == 51
    with ProgressStore.open(data_dir) as store:
        assert answers_given(store) == 52


def test_a_backup_with_more_progress_is_kept_and_the_learner_told(data_dir: Path) -> None:
    fifty_answers(data_dir)
    backup_before = (data_dir / BACKUP_FILE_NAME).read_bytes()
    empty = {"meta": {"1": {"schema_version": SCHEMA_VERSION}}}
    (data_dir / "progress.json").write_text(json.dumps(empty), "utf-8")
    store = ProgressStore.open(data_dir, backup_later=True)
    try:
        assert store.recovery is None and store.backup_notice is None
        store.refresh_backup_soon()
    finally:
        store.close()
    notice = store.backup_notice
    assert notice is not None and notice.kind is RecoveryKind.BACKUP_KEPT
    assert str(data_dir / BACKUP_FILE_NAME) in notice.message()
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() == backup_before


def test_a_backup_that_cannot_be_written_is_told_like_a_failed_save(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifty_answers(data_dir)
    full = OSError(errno.ENOSPC, "No space left on device")

    def no_room(path: Path, data: bytes) -> None:
        raise full

    errors: list[BaseException] = []
    store = ProgressStore.open(data_dir, on_write_error=errors.append, backup_later=True)
    monkeypatch.setattr(recovery_module, "write_file_atomically", no_room)
    try:
        store.refresh_backup_soon()
    finally:
        store.close()
    assert errors == [full] and store.backup_error is full


def test_a_damaged_or_upgraded_file_is_still_dealt_with_at_open(data_dir: Path) -> None:
    """Only a file that read fine in today's format waits: recovery writes at once, as before."""
    fifty_answers(data_dir)
    (data_dir / "progress.json").write_bytes(b"")
    with ProgressStore.open(data_dir, backup_later=True) as store:
        assert store.recovery is not None and store.recovery.restored_from_backup
        assert answers_given(store) == 50
        assert (data_dir / "progress.json").read_bytes() != b""
