"""Crash-safe file replacement shared by the progress file and its backup.

A learner's progress must survive a power cut or a crash in the middle of a
save. Writing a temporary file next to the target, syncing it, and renaming it
over the target means the target is always either the complete old version or
the complete new one, never a half-written mix.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_FILE_PREFIX = ".iop-course-"
TEMP_FILE_SUFFIX = ".tmp"

_IS_POSIX = os.name == "posix"


def write_file_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a reader sees either the old or the new file.

    The temporary file lives in the same folder (a rename is only atomic within
    one file system), is private (0600) from the moment it exists, and is
    removed again if anything fails before the rename. ``durable`` also waits for the disk
    (fsync), so that a crash of the computer keeps the new file; a file that only lives while
    the program runs (present mode's state for the notes window) skips that wait, which took
    most of a slide turn.
    """
    folder = path.parent
    descriptor, temp_name = tempfile.mkstemp(
        dir=folder, prefix=TEMP_FILE_PREFIX, suffix=TEMP_FILE_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as temp_file:
            temp_file.write(data)
            temp_file.flush()
            if durable:
                os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    if durable:
        fsync_directory(folder)


def fsync_directory(folder: Path) -> None:
    """Make a rename inside ``folder`` durable, on systems where that is possible.

    POSIX only records a rename on disk once the directory itself is synced.
    Windows cannot open directories this way, and some file systems refuse the
    call; in both cases the rename is as durable as the platform allows.
    """
    if not _IS_POSIX:
        return
    folder_descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(folder_descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(folder_descriptor)


def make_private(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """Restrict ``path`` to its owner, if this user owns it.

    Progress is personal health-related information; nobody else on a shared
    computer should be able to read it. Files owned by someone else are left
    alone rather than failing the whole app, and so is a link: a chmod would change
    whatever it points at.
    """
    if not _IS_POSIX:
        return
    with suppress(FileNotFoundError):
        info = os.lstat(path)
        if info.st_uid == os.getuid() and not stat.S_ISLNK(info.st_mode):
            os.chmod(path, mode)
