"""Present mode's private folders (its settings folder, its notes-link folder), checked before
use: one that is not this user's own, closed to everyone else, is refused. They are made private
whatever the umask by ``files.private_folders``; a folder that was already there keeps its mode,
unless it must be private (the notes-link folder).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_IS_POSIX = os.name == "posix"


class FolderUnsafe(OSError):
    """A folder someone else could read or change (or a link, or not a folder at all)."""


def check_private_folder(folder: Path) -> None:
    """Raise FolderUnsafe unless ``folder`` is a folder (not a link) of this user's, closed to
    everyone else."""
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise FolderUnsafe(f"{folder} is not a folder")
    if _IS_POSIX and info.st_uid != os.getuid():
        raise FolderUnsafe(f"{folder} belongs to another user")
    if _IS_POSIX and info.st_mode & 0o077:
        raise FolderUnsafe(f"{folder} can be opened by other users")
