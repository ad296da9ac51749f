"""Why progress cannot be saved in a folder, told as what, where, and what to do.

A learner whose disk is full or whose folder is read-only used to see "a problem it did not
expect" and the promise that their progress was safe. Each condition the store can recognise
gets its own words here (all the learner-facing text in one place), and says whether the
course can still be used without saving, which is possible whenever the progress can be read.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from iop_course.i18n import N_, Words, _
from iop_course.store.errors import ProgressStoreError

ELSEWHERE_ADVICE = N_(
    "To keep your progress in another folder, start IOP Course with --data-dir FOLDER, "
    "or set IOP_COURSE_DATA_DIR to a folder of your own."
)


class SavingProblem(str, Enum):
    """The conditions under which progress cannot be saved, each with its own message."""

    NOT_A_FOLDER = "not_a_folder"
    READ_ONLY = "read_only"
    OTHER_OWNER = "other_owner"
    DISK_FULL = "disk_full"
    LOCK_UNWRITABLE = "lock_unwritable"
    UNREADABLE = "unreadable"
    UNSAFE_LINK = "unsafe_link"
    NOT_A_FILE = "not_a_file"
    OTHER = "other"


_WHAT_HAPPENED = Words(
    {
        SavingProblem.NOT_A_FOLDER: N_(
            "{where} is a file, not a folder, so your progress cannot be kept there."
        ),
        SavingProblem.READ_ONLY: N_(
            "The folder {where} is read-only, so your progress cannot be saved there."
        ),
        SavingProblem.OTHER_OWNER: N_(
            "The folder {where} belongs to another user of this computer, "
            "so your progress cannot be saved there."
        ),
        SavingProblem.DISK_FULL: N_(
            "The disk that holds {where} is full, so your progress cannot be "
            "saved. Freeing some space will fix this."
        ),
        SavingProblem.LOCK_UNWRITABLE: N_(
            "The lock file {where} cannot be written, so your progress "
            "cannot be saved. If IOP Course is not open anywhere else, "
            "deleting that file will fix this."
        ),
        SavingProblem.UNREADABLE: N_(
            "{where} cannot be read by you, so your progress cannot be opened."
        ),
        SavingProblem.UNSAFE_LINK: N_(
            "Your progress folder is reached through the link {where}, "
            "which belongs to another user. They could read or change your "
            "progress, so IOP Course will not use it."
        ),
        SavingProblem.NOT_A_FILE: N_(
            "Your progress file {where} is {detail}, not a file, so it could not be read and your "
            "progress cannot be saved there. It was left as it is; if you did not put it there, "
            "ask someone you trust to look at it with you."
        ),
        SavingProblem.OTHER: N_("Your progress cannot be saved in {where} ({detail})."),
    }
)

_SHORT = Words(
    {
        SavingProblem.NOT_A_FOLDER: N_("the progress folder is a file"),
        SavingProblem.READ_ONLY: N_("the progress folder is read-only"),
        SavingProblem.OTHER_OWNER: N_("the progress folder belongs to another user"),
        SavingProblem.DISK_FULL: N_("the disk is full"),
        SavingProblem.LOCK_UNWRITABLE: N_("the lock file cannot be written"),
        SavingProblem.UNREADABLE: N_("the progress cannot be read"),
        SavingProblem.UNSAFE_LINK: N_("the progress folder is another user's link"),
        SavingProblem.NOT_A_FILE: N_("the progress file is not a file"),
        SavingProblem.OTHER: N_("saving failed"),
    }
)


class SavingImpossible(ProgressStoreError):
    """Raised by ProgressStore.open when progress could not be saved in the chosen folder.

    ``where`` is the file or folder at fault. When ``can_open_without_saving`` is true, the
    progress there can be read, and ProgressStore.open_without_saving offers the course
    without keeping anything.
    """

    def __init__(
        self,
        problem: SavingProblem,
        where: Path,
        data_dir: Path,
        can_open_without_saving: bool = False,
        detail: str = "",
    ) -> None:
        self.problem = problem
        self.where = Path(where)
        self.data_dir = Path(data_dir)
        self.can_open_without_saving = can_open_without_saving
        self.detail = detail
        super().__init__(
            _WHAT_HAPPENED[problem].format(where=self.where, detail=detail)
            + " "
            + _(ELSEWHERE_ADVICE)
        )

    @property
    def short(self) -> str:
        """A few words for a banner, e.g. "the disk is full"."""
        return _SHORT[self.problem]

    def readable(self, can_open_without_saving: bool) -> SavingImpossible:
        """The same problem, saying whether the progress can still be read."""
        return SavingImpossible(
            self.problem, self.where, self.data_dir, can_open_without_saving, self.detail
        )


def problem_from_os_error(error: OSError, where: Path, data_dir: Path) -> SavingImpossible:
    """Name the problem behind a failed file operation in ``where``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return SavingImpossible(SavingProblem.DISK_FULL, where, data_dir)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return SavingImpossible(SavingProblem.READ_ONLY, where, data_dir)
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return SavingImpossible(SavingProblem.NOT_A_FOLDER, where, data_dir)
    return SavingImpossible(
        SavingProblem.OTHER, where, data_dir, detail=error.strerror or str(error)
    )
