"""Every file the course keeps about a learner, in one list, so none is forgotten.

``iop-course paths`` shows this list, and "Delete my data" (and ``iop-course forget``) removes
exactly these files, so what a learner is shown and what is deleted cannot drift apart. Everything
lives in the data folder; a feature that keeps a new file there adds it to KEPT_FILES. Files the
learner exported themselves (a handout, a printed plan) are theirs, are written wherever they
chose, and are not listed.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from iop_course.files.durable_write import TEMP_FILE_PREFIX, TEMP_FILE_SUFFIX
from iop_course.i18n import N_, _
from iop_course.store.instance_lock import LOCK_FILE_NAME
from iop_course.store.paths import ERROR_LOG_FILE_NAME, PROGRESS_FILE_NAME
from iop_course.store.recovery import BACKUP_FILE_NAME, DAMAGED_BACKUP_STEM, DAMAGED_FILE_STEM

SAVE_UNDER_WAY = f"{TEMP_FILE_PREFIX}*{TEMP_FILE_SUFFIX}"


@dataclass(frozen=True)
class KeptFile:
    """One kind of file the course keeps: its name (or a ``*`` pattern), what it holds, and
    whether it is always there (``usual``) or only after something went wrong."""

    pattern: str
    meaning: str
    usual: bool = True


@dataclass(frozen=True)
class FoundFile:
    """A file of the learner's that is in the data folder right now, and what it is."""

    path: Path
    meaning: str


KEPT_FILES = (
    KeptFile(
        PROGRESS_FILE_NAME,
        N_(
            "your progress: lessons, quiz answers and scores, settings, "
            "worksheet answers and your recovery plan, review history"
        ),
    ),
    KeptFile(BACKUP_FILE_NAME, N_("the last good copy of your progress")),
    KeptFile(
        LOCK_FILE_NAME, N_("marks the folder as in use while the course is open (holds no data)")
    ),
    KeptFile(ERROR_LOG_FILE_NAME, N_("details of unexpected errors, to show whoever helps you")),
    KeptFile(f"{DAMAGED_FILE_STEM}*", N_("a damaged progress file, kept aside"), usual=False),
    KeptFile(f"{DAMAGED_BACKUP_STEM}*", N_("a damaged backup, kept aside"), usual=False),
    KeptFile(
        SAVE_UNDER_WAY,
        N_("a save cut short, removed the next time the course opens"),
        usual=False,
    ),
)


def usual_files() -> tuple[KeptFile, ...]:
    """The files every learner has (or will have), to list even before they exist."""
    return tuple(kept for kept in KEPT_FILES if kept.usual)


def files_found(folder: Path, open_here: bool = False) -> list[FoundFile]:
    """The learner's files in ``folder`` now, in KEPT_FILES order; nothing else in it.

    Only files are listed (a folder or a link with a kept name is not the course's), so deleting
    what this returns never reaches outside the folder or into a file the learner made. With
    ``open_here`` (asked from the open course) a temporary file is a save under way that is gone
    a moment later, not one cut short, so it is left out.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return []
    found = []
    for kept in KEPT_FILES:
        if open_here and kept.pattern == SAVE_UNDER_WAY:
            continue
        for entry in entries:
            if fnmatch.fnmatchcase(entry.name, kept.pattern) and _is_plain_file(entry):
                found.append(FoundFile(Path(entry.path), _(kept.meaning)))
    return found


def _is_plain_file(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return False
