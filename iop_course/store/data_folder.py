"""Making sure the progress folder is the learner's own, private, and writable, before using it.

Progress is personal health information. Folders the store creates are private to the learner
from the start, parents included, whatever the umask; a folder that already exists (perhaps one
the learner chose) keeps its mode, since the files inside are private anyway. A folder reached
through another user's symbolic link is refused: that user could point it anywhere, or read it.
Every problem found is raised as SavingImpossible, saying what, where, and whether the progress
can still be read.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

from iop_course.files.durable_write import TEMP_FILE_PREFIX, TEMP_FILE_SUFFIX
from iop_course.files.private_folders import make_private_folders
from iop_course.store.paths import PROGRESS_FILE_NAME
from iop_course.store.saving_problems import SavingImpossible, SavingProblem, problem_from_os_error

_IS_POSIX = os.name == "posix"
TRUSTED_OWNERS = frozenset({0})
"""Besides the learner, only the system (root) may own links on the way to the folder."""


def refuse_links_of_other_users(data_dir: Path) -> None:
    """Raise SavingImpossible (UNSAFE_LINK) if any part of ``data_dir`` is another user's link."""
    if not _IS_POSIX:
        return
    current = Path(os.path.abspath(data_dir))
    for part in [current, *current.parents]:
        with suppress(OSError):
            info = part.lstat()
            if stat.S_ISLNK(info.st_mode) and info.st_uid not in {os.getuid(), *TRUSTED_OWNERS}:
                raise SavingImpossible(SavingProblem.UNSAFE_LINK, part, data_dir)


def create_private_folder(data_dir: Path) -> None:
    """Create ``data_dir`` and any missing parents, each private (0700) from the start; a folder
    that cannot be made is told as the saving problem it is."""
    try:
        make_private_folders(data_dir)
    except OSError as error:
        failed = Path(error.filename) if error.filename else Path(data_dir)
        raise problem_from_os_error(error, failed.parent, data_dir) from error


def check_folder_for_saving(data_dir: Path) -> None:
    """Raise SavingImpossible unless ``data_dir`` is a folder this user owns and can write."""
    if not data_dir.is_dir():
        where = data_dir if os.path.lexists(data_dir) else _first_file_on_the_way(data_dir)
        raise SavingImpossible(SavingProblem.NOT_A_FOLDER, where, data_dir)
    readable = can_read_progress_in(data_dir)
    if _IS_POSIX and data_dir.stat().st_uid != os.getuid():
        raise SavingImpossible(SavingProblem.OTHER_OWNER, data_dir, data_dir, readable)
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise SavingImpossible(SavingProblem.READ_ONLY, data_dir, data_dir, readable)


def can_read_progress_in(data_dir: Path) -> bool:
    """Whether this user can list ``data_dir`` and read the progress files in it."""
    if not os.access(data_dir, os.R_OK | os.X_OK):
        return False
    progress = data_dir / PROGRESS_FILE_NAME
    return not progress.exists() or os.access(progress, os.R_OK)


def remove_leftover_temp_files(folder: Path) -> int:
    """Delete temporary files that saves interrupted by a crash left behind; returns how many.

    Each is a full copy of some progress, so they would pile up and keep old data around.
    Must only be called while holding the folder's InstanceLock, so no save is under way.
    """
    removed = 0
    for entry in os.scandir(folder):
        if not (entry.name.startswith(TEMP_FILE_PREFIX) and entry.name.endswith(TEMP_FILE_SUFFIX)):
            continue
        with suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and (not _IS_POSIX or info.st_uid == os.getuid()):
                os.unlink(entry.path)
                removed += 1
    return removed


def _first_file_on_the_way(data_dir: Path) -> Path:
    for part in reversed(Path(os.path.abspath(data_dir)).parents):
        if part.exists() and not part.is_dir():
            return part
    return data_dir
