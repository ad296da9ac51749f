"""A missing progress file is noticed and restored; the backup never loses progress silently."""

from __future__ import annotations

import json
import os
from pathlib import Path

from iop_course.store import ProgressStore, RecoveryKind
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCHEMA_VERSION


def fifty_answers(data_dir: Path) -> None:
    """A learner's progress: one lesson done and fifty answers, then a second open makes the
    backup."""
    with ProgressStore.open(data_dir) as store:
        store.mark_lesson_done("m/l")
        for number in range(50):
            store.record_answer("m/l", f"q{number}", ["a"], True, "first")
    ProgressStore.open(data_dir).close()


def answers_given(store: ProgressStore) -> int:
    return sum(record.times_right + record.times_wrong for record in store.answers("m/l"))


def test_deleted_progress_file_is_restored_from_the_backup_and_told(data_dir: Path) -> None:
    """Deleting progress.json used to start fresh in silence; the next launch then copied the
    empty file over the good backup (50 answers became 0)."""
    fifty_answers(data_dir)
    (data_dir / "progress.json").unlink()

    with ProgressStore.open(data_dir) as store:
        notice = store.recovery
        assert notice is not None and notice.kind is RecoveryKind.MISSING
        assert notice.restored_from_backup
        assert "was missing" in notice.message() and "restored" in notice.message()
        assert answers_given(store) == 50
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None and answers_given(store) == 50
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    assert sum(q["times_right"] for q in backup["quiz_questions"].values()) == 50


def test_an_emptied_progress_file_is_restored_from_the_backup_over_later_launches(
    data_dir: Path,
) -> None:
    """An emptied progress.json used to count as "no progress yet": the app started fresh and,
    a few launches of new progress later, the backup was overwritten with less. Now it is
    damage: kept aside, the backup restored, the learner told, and nothing is lost later."""
    fifty_answers(data_dir)
    (data_dir / "progress.json").write_bytes(b"")
    with ProgressStore.open(data_dir) as store:
        notice = store.recovery
        assert notice is not None and notice.restored_from_backup
        assert "restored your progress from the last backup" in notice.message()
        assert notice.damaged_copy is not None and notice.damaged_copy.read_bytes() == b""
        assert answers_given(store) == 50
    for launch in range(3):
        with ProgressStore.open(data_dir) as store:
            assert store.recovery is None
            store.mark_lesson_done(f"m/new-{launch}")
    with ProgressStore.open(data_dir) as store:
        assert answers_given(store) == 50
        assert store.lesson_progress("m/l").status.value == "done"
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    assert len(backup["quiz_questions"]) == 50


def test_a_kill_during_recovery_leaves_the_backup_to_restore(data_dir: Path) -> None:
    """Recovery moves the damaged file aside first; a kill right then leaves no progress.json,
    which the next launch must notice rather than start fresh."""
    fifty_answers(data_dir)
    os.replace(data_dir / "progress.json", data_dir / "progress.damaged-20260101-000000.json")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is not None and store.recovery.restored_from_backup
        assert answers_given(store) == 50


def test_backup_is_never_replaced_by_a_file_with_less_progress(data_dir: Path) -> None:
    """A progress file with less than its backup (emptied, or an old copy put back) leaves the
    backup as it is, and the learner is told where it is, so replacing it is their choice."""
    fifty_answers(data_dir)
    backup_before = (data_dir / BACKUP_FILE_NAME).read_bytes()
    (data_dir / "progress.json").write_text('{"meta": {"1": {"schema_version": 2}}}', "utf-8")

    for _ in range(2):
        with ProgressStore.open(data_dir) as store:
            notice = store.recovery
            assert notice is not None and notice.kind is RecoveryKind.BACKUP_KEPT
            assert str(data_dir / BACKUP_FILE_NAME) in notice.message()
        assert (data_dir / BACKUP_FILE_NAME).read_bytes() == backup_before


def test_backup_follows_a_file_with_more_progress(data_dir: Path) -> None:
    """Ordinary use still refreshes the backup at each open."""
    fifty_answers(data_dir)
    with ProgressStore.open(data_dir) as store:
        store.record_answer("m/l", "extra", ["a"], False, "first")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    assert len(backup["quiz_questions"]) == 51


def test_a_version_1_backup_compares_by_what_it_holds_not_its_size(data_dir: Path) -> None:
    """The upgrade to version 2 compacts answers; that is not less progress."""
    data_dir.mkdir()
    attempts = {
        str(n): {
            "learner": "me",
            "lesson_id": "m/l",
            "question_id": "q1",
            "picked": ["a"],
            "correct": True,
            "phase": "first",
            "at": f"2026-01-01T00:00:{n:02d}.000001+00:00",
        }
        for n in range(1, 40)
    }
    (data_dir / "progress.json").write_text(
        json.dumps({"meta": {"1": {"schema_version": 1}}, "quiz_attempts": attempts}), "utf-8"
    )
    for _ in range(3):
        with ProgressStore.open(data_dir) as store:
            assert store.recovery is None
            assert answers_given(store) == 39
    backup = json.loads((data_dir / BACKUP_FILE_NAME).read_text("utf-8"))
    assert backup["meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_a_damaged_backup_is_kept_aside_not_overwritten(data_dir: Path) -> None:
    """A backup that cannot be read may still be rescued by a helper: it is kept, byte for
    byte, before a new backup is written."""
    fifty_answers(data_dir)
    (data_dir / BACKUP_FILE_NAME).write_bytes(b"{not json")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
    kept = [path for path in data_dir.iterdir() if path.name.startswith("progress.backup.damaged")]
    assert [path.read_bytes() for path in kept] == [b"{not json"]


def test_a_backup_from_a_newer_app_is_left_alone(data_dir: Path) -> None:
    """This app cannot tell how much progress a newer format holds, so it never replaces it."""
    fifty_answers(data_dir)
    newer = json.dumps({"meta": {"1": {"schema_version": 99}}, "future": {}}).encode()
    (data_dir / BACKUP_FILE_NAME).write_bytes(newer)
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None and answers_given(store) == 50
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() == newer
