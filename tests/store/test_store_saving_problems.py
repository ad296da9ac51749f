"""Saving that cannot happen is told: which problem, where, what to do, and whether the course
can still be used without saving. Leftover temporary files are cleaned at open."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from iop_course.files.durable_write import TEMP_FILE_PREFIX, TEMP_FILE_SUFFIX
from iop_course.store import ProgressStore, SavingImpossible, SavingProblem

TRY_TO_OPEN = """
import json, sys
from iop_course.store import ProgressStore, SavingImpossible
try:
    ProgressStore.open(sys.argv[1]).close()
    print(json.dumps({"opened": True}))
except SavingImpossible as problem:
    out = {"problem": problem.problem.value, "readable": problem.can_open_without_saving,
           "message": str(problem), "where": str(problem.where)}
    if problem.can_open_without_saving:
        with ProgressStore.open_without_saving(problem) as store:
            out["page"] = store.lesson_progress("m/l").page
            store.set_page("m/l", 9)
            out["unsaved"] = list(store.unsaved_changes().lessons)
    print(json.dumps(out))
"""


def saved_page(data_dir: Path, page: int = 3) -> bytes:
    """A folder with progress in it (page 3 of lesson m/l); returns the file's bytes."""
    with ProgressStore.open(data_dir) as store:
        store.set_page("m/l", page)
    return (data_dir / "progress.json").read_bytes()


def test_a_data_path_that_is_a_file_is_told(tmp_path: Path) -> None:
    """What, where and what to do; nothing can be read there, so no offer to go on."""
    not_a_folder = tmp_path / "progress-here"
    not_a_folder.write_text("a note")
    with pytest.raises(SavingImpossible) as caught:
        ProgressStore.open(not_a_folder)
    problem = caught.value
    assert problem.problem is SavingProblem.NOT_A_FOLDER
    assert problem.where == not_a_folder and not problem.can_open_without_saving
    message = str(problem)
    assert f"{not_a_folder} is a file, not a folder" in message
    assert "--data-dir" in message and "IOP_COURSE_DATA_DIR" in message
    with pytest.raises(SavingImpossible) as below:
        ProgressStore.open(not_a_folder / "inside")
    assert below.value.problem is SavingProblem.NOT_A_FOLDER
    assert below.value.where == not_a_folder
    assert not_a_folder.read_text() == "a note"


def test_a_full_disk_at_start_is_told_and_the_course_opens_without_saving(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first save at open finds the full disk; the progress is read and nothing written."""
    before = saved_page(data_dir)

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("iop_course.store.opening.write_file_atomically", disk_full)
    monkeypatch.setattr("iop_course.store.recovery.write_file_atomically", disk_full)
    with pytest.raises(SavingImpossible) as caught:
        ProgressStore.open(data_dir)
    problem = caught.value
    assert problem.problem is SavingProblem.DISK_FULL and problem.can_open_without_saving
    assert "disk that holds" in str(problem) and "full" in str(problem)
    assert problem.short == "the disk is full"

    with ProgressStore.open_without_saving(problem) as store:
        assert store.saving_problem is problem
        assert store.lesson_progress("m/l").page == 3
        store.set_page("m/l", 5)
        store.flush()
        assert store.lesson_progress("m/l").page == 5
        assert store.unsaved_changes().lessons == ("m/l",)
    assert (data_dir / "progress.json").read_bytes() == before


def test_a_read_only_folder_is_told_and_can_be_read(as_learner) -> None:
    """A learner's own folder made read-only: told, offered the course without saving."""
    data_dir = as_learner.folder / "data"
    data_dir.mkdir()
    before = saved_page(data_dir)
    (data_dir / "progress.json").chmod(0o600)
    data_dir.chmod(0o500)

    result = json.loads(as_learner(TRY_TO_OPEN, str(data_dir)).stdout)

    assert result["problem"] == "read_only" and result["readable"] is True
    assert f"The folder {data_dir} is read-only" in result["message"]
    assert result["page"] == 3 and result["unsaved"] == ["m/l"]
    assert (data_dir / "progress.json").read_bytes() == before


def test_a_folder_of_another_user_is_told(as_learner) -> None:
    result = json.loads(as_learner(TRY_TO_OPEN, str(as_learner.other_users_folder)).stdout)
    assert result["problem"] == "other_owner"
    assert "belongs to another user" in result["message"]


def test_an_unwritable_lock_is_told(as_learner) -> None:
    data_dir = as_learner.folder / "data"
    data_dir.mkdir()
    saved_page(data_dir)
    (data_dir / "progress.lock").chmod(0o400)

    result = json.loads(as_learner(TRY_TO_OPEN, str(data_dir)).stdout)

    assert result["problem"] == "lock_unwritable" and result["readable"] is True
    assert f"The lock file {data_dir / 'progress.lock'} cannot be written" in result["message"]
    assert result["page"] == 3


def test_leftover_temp_files_are_removed_at_open(data_dir: Path) -> None:
    """Each interrupted save left a full copy of the progress; 146 piled up after 500 kills."""
    saved_page(data_dir)
    leftovers = [data_dir / f"{TEMP_FILE_PREFIX}{n}{TEMP_FILE_SUFFIX}" for n in range(5)]
    for leftover in leftovers:
        leftover.write_text("{}")
    unrelated = data_dir / "notes.tmp"
    unrelated.write_text("mine")
    with ProgressStore.open(data_dir) as store:
        assert store.lesson_progress("m/l").page == 3
    assert not any(leftover.exists() for leftover in leftovers)
    assert unrelated.read_text() == "mine"


def test_what_was_not_saved_is_known_while_saves_fail(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting while saves fail must say what is lost; the store knows it, in lessons, answers,
    scores and settings, until a save succeeds."""
    saved_page(data_dir)
    store = ProgressStore.open(data_dir)
    assert not store.unsaved_changes()

    def refuse(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    store.set_page("m/a", 1)
    store.record_answer("m/b", "q1", ["a"], True, "first")
    store.record_answer("m/b", "q2", ["a"], False, "first")
    store.record_quiz_score("m/b", 50, 80)
    store.set_setting("theme", "textual-light")
    store.flush()
    unsaved = store.unsaved_changes()
    assert store.last_write_error is not None
    assert (unsaved.lessons, unsaved.answers, unsaved.scores, unsaved.settings) == (
        ("m/a",),
        2,
        1,
        ("theme",),
    )
    monkeypatch.undo()
    store.set_page("m/a", 2)
    store.flush()
    assert not store.unsaved_changes()
    store.close()
