"""Reading a file (progress.json, its backup, present mode's state and settings) only when it is a
plain file, never through a link.

Something else can sit at those names: a folder, a named pipe (reading one waits forever for a
writer), a link (perhaps pointing in a loop, or at another file whose mode a chmod would change).
Each is opened without following a link and without waiting, checked to be a regular file, and
only then read; anything else raises NotAPlainFile saying what it is, so the store can tell the
learner and leave it as it is.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from iop_course.files.durable_write import PRIVATE_FILE_MODE

_IS_POSIX = os.name == "posix"
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISLNK, "a link to another place"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class NotAPlainFile(OSError):
    """Something other than a regular file is at ``path``; ``kind`` says what, in words."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a file", str(path))
        self.path = Path(path)
        self.kind = kind

    @property
    def reason(self) -> str:
        """Words for the learner, e.g. "it is a folder, not a file"."""
        return f"it is {self.kind}, not a file"


def kind_of(mode: int) -> str:
    """What a file mode says the thing is, in words ("a folder", "a named pipe"...)."""
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def read_plain_file(
    path: Path, make_private: bool = False, largest: int | None = None
) -> bytes | None:
    """The bytes of ``path``; None when nothing is there; NotAPlainFile for anything but a
    regular file (a link is never followed). With ``make_private``, a file this user owns is
    first made 0600 through the open file itself, so no link can redirect the chmod. With
    ``largest``, at most one byte more than that is read (the caller refuses a longer file)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise NotAPlainFile(path, kind_of(info.st_mode))
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK):  # swapped for a link since the lstat
            raise NotAPlainFile(path, kind_of(stat.S_IFLNK)) from error
        raise
    with os.fdopen(descriptor, "rb") as opened:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotAPlainFile(path, kind_of(info.st_mode))
        if make_private and _IS_POSIX and info.st_uid == os.getuid():
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
        return opened.read() if largest is None else opened.read(largest + 1)
