"""Something other than a file at progress.json (a named pipe, a folder, a link) is told and
left as it is: never a hang, a crash, or a chmod of whatever a link points at."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.store import ProgressStore, RecoveryKind, SavingImpossible, SavingProblem
from iop_course.store.recovery import BACKUP_FILE_NAME

LESSON = "m/l"


def _with_backup(data_dir: Path) -> None:
    """Progress on page 3, opened twice so the backup holds it too."""
    with ProgressStore.open(data_dir) as store:
        store.set_page(LESSON, 3)
    ProgressStore.open(data_dir).close()
    assert (data_dir / BACKUP_FILE_NAME).stat().st_size > 0


def _fifo(path: Path) -> Callable[[], bool]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(path.lstat().st_mode)


def _folder(path: Path) -> Callable[[], bool]:
    path.mkdir()
    (path / "inside.txt").write_text("mine", "utf-8")
    return lambda: path.is_dir() and (path / "inside.txt").read_text("utf-8") == "mine"


def _link_loop(path: Path) -> Callable[[], bool]:
    path.symlink_to(path.name)
    return lambda: path.is_symlink() and os.readlink(path) == path.name


def _link_to_my_file(path: Path) -> Callable[[], bool]:
    """A link to another of the learner's files, readable by others (0644)."""
    target = path.parent.parent / "notes-of-mine.txt"
    target.write_text("my notes", "utf-8")
    target.chmod(0o644)
    path.symlink_to(target)
    return lambda: (
        path.is_symlink()
        and stat.S_IMODE(target.stat().st_mode) == 0o644
        and target.read_text("utf-8") == "my notes"
    )


THINGS = {
    "a named pipe": (_fifo, "a named pipe"),
    "a folder": (_folder, "a folder"),
    "a link in a loop": (_link_loop, "a link to another place"),
    "a link to another of my files": (_link_to_my_file, "a link to another place"),
}


def _open_within(data_dir: Path, seconds: float = 20) -> BaseException | ProgressStore:
    """ProgressStore.open in a thread: a read that waits on a pipe would hang the test."""
    outcome: list[BaseException | ProgressStore] = []

    def run() -> None:
        try:
            outcome.append(ProgressStore.open(data_dir))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        fifo = data_dir / "progress.json"
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the stuck read end
        worker.join(5)
        pytest.fail("opening the progress hung")
    return outcome[0]


@pytest.mark.parametrize(("make", "kind"), THINGS.values(), ids=THINGS.keys())
def test_what_is_not_a_file_is_told_left_as_it_is_and_the_backup_shown(data_dir: Path, make, kind):
    _with_backup(data_dir)
    progress = data_dir / "progress.json"
    progress.unlink()
    unchanged = make(progress)
    problem = _open_within(data_dir)
    assert isinstance(problem, SavingImpossible), problem
    assert problem.problem is SavingProblem.NOT_A_FILE and problem.can_open_without_saving
    words = str(problem)
    assert f"Your progress file {progress} is a" in words and "It was left as it is" in words
    assert f"is {kind}, not a file" in words
    assert unchanged()
    with ProgressStore.open_without_saving(problem) as store:
        notice = store.recovery
        assert notice is not None and notice.kind is RecoveryKind.DAMAGED_LEFT
        assert notice.restored_from_backup and "It was left as it is" in notice.message()
        assert store.lesson_progress(LESSON).page == 3
        store.set_page(LESSON, 4)  # kept in memory only
    assert unchanged()
    assert [path.name for path in data_dir.iterdir() if "damaged" in path.name] == []


def test_a_named_pipe_in_place_of_the_backup_never_hangs_and_is_kept_aside(data_dir: Path):
    _with_backup(data_dir)
    backup = data_dir / BACKUP_FILE_NAME
    backup.unlink()
    os.mkfifo(backup)
    store = _open_within_backup(data_dir)
    with store:
        assert store.lesson_progress(LESSON).page == 3
    assert stat.S_ISREG(backup.lstat().st_mode)  # a good backup written again
    (aside,) = [path for path in data_dir.iterdir() if "backup.damaged" in path.name]
    assert stat.S_ISFIFO(aside.lstat().st_mode)


def _open_within_backup(data_dir: Path) -> ProgressStore:
    outcome: list[object] = []
    worker = threading.Thread(
        target=lambda: outcome.append(ProgressStore.open(data_dir)), daemon=True
    )
    worker.start()
    worker.join(20)
    if worker.is_alive():
        os.close(os.open(data_dir / BACKUP_FILE_NAME, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening the progress hung on its backup")
    (store,) = outcome
    assert isinstance(store, ProgressStore)
    return store
