"""Deleting every file the course keeps about a learner: "Delete my data".

Learners own their data, and someone leaving a program, sharing a computer or simply starting
over must be able to remove it all. The store is closed first (its last save finishes and its
writer stops, so nothing is written again afterwards), the folder is locked so no other window
is using it, and then every file in kept_files.KEPT_FILES is removed. Copies go first and the
progress file last: if the computer stops half-way, the progress is still whole and the learner
can try again, and no backup is left behind to bring deleted progress back. Files the learner
exported, and any other file in the folder, are left alone.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iop_course.files.durable_write import fsync_directory
from iop_course.i18n import _
from iop_course.store.data_folder import refuse_links_of_other_users
from iop_course.store.errors import ProgressStoreError
from iop_course.store.instance_lock import LOCK_FILE_NAME, InstanceLock
from iop_course.store.kept_files import files_found
from iop_course.store.paths import PROGRESS_FILE_NAME

if TYPE_CHECKING:
    from iop_course.store.progress_store import ProgressStore
    from iop_course.store.saving_problems import SavingImpossible


class ForgettingImpossible(ProgressStoreError):
    """Raised when the course was opened without saving: it may not change the folder at all,
    which is usually why it could not save there either."""

    def __init__(self, problem: SavingImpossible) -> None:
        self.problem = problem
        super().__init__(
            _(
                "Your data cannot be deleted from here: the course was opened without saving "
                "({reason}), so it changes nothing in {folder}."
            ).format(reason=problem.short, folder=problem.data_dir)
        )


@dataclass(frozen=True)
class Forgotten:
    """What deleting did: the files removed, and any that could not be, with why."""

    data_dir: Path
    removed: tuple[Path, ...]
    left: tuple[tuple[Path, str], ...] = ()

    @property
    def complete(self) -> bool:
        """True when no file the course keeps is left in the folder."""
        return not self.left


def forget_learner(store: ProgressStore) -> Forgotten:
    """Close ``store`` and delete every file the course keeps in its folder.

    Raises ForgettingImpossible for a store opened without saving (then ``store`` stays open),
    and StoreLocked if another window took the folder as the store closed.
    """
    if store.saving_problem is not None:
        raise ForgettingImpossible(store.saving_problem)
    folder = store.data_dir
    store.close()
    return delete_kept_files(folder)


def delete_kept_files(folder: Path) -> Forgotten:
    """Delete every file the course keeps in ``folder``, while no window has it open.

    Raises StoreLocked when one does, and SavingImpossible when the folder is reached through
    another user's link (nothing is deleted then). A folder that does not exist holds nothing
    to delete.
    """
    refuse_links_of_other_users(folder)
    if not folder.is_dir():
        return Forgotten(folder, ())
    removed: list[Path] = []
    left: list[tuple[Path, str]] = []
    lock_was_there = (folder / LOCK_FILE_NAME).exists()
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        found = [kept.path for kept in files_found(folder) if kept.path.name != LOCK_FILE_NAME]
        found.sort(key=lambda path: path.name == PROGRESS_FILE_NAME)
        for path in found:
            _remove(path, removed, left)
        with suppress(OSError):
            fsync_directory(folder)
    finally:
        lock.release()
    # The lock file taken just now is not the learner's: it is removed but not counted.
    _remove(folder / LOCK_FILE_NAME, removed if lock_was_there else [], left)
    return Forgotten(folder, tuple(removed), tuple(left))


def check_not_open(folder: Path) -> None:
    """Raise StoreLocked when a window has ``folder`` open, changing nothing in it.

    A folder with no lock file is open nowhere (the course makes one as it opens), so none is
    made here just to look.
    """
    if (folder / LOCK_FILE_NAME).is_file():
        with InstanceLock(folder):
            pass


def _remove(path: Path, removed: list[Path], left: list[tuple[Path, str]]) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as error:
        left.append((path, error.strerror or type(error).__name__))
        return
    removed.append(path)
