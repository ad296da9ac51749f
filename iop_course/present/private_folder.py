"""Folders present mode makes (its settings folder, its notes-link folder): private whatever
the umask, and checked before use.

``Path.mkdir(mode=0o700, parents=True)`` gives the parents the umask's mode (0777 under umask
000: a world-writable ~/.config lets another user plant files the desktop runs), and the mode of
the last folder is cut by the umask too. So each missing folder is made 0700 and set to 0700
again; a folder that was already there keeps its mode, unless it must be private (the
notes-link folder), where one that is not this user's own, private folder is refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
_IS_POSIX = os.name == "posix"


class FolderUnsafe(OSError):
    """A folder someone else could read or change (or a link, or not a folder at all)."""


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700 from the start."""
    missing: list[Path] = []
    current = Path(os.path.abspath(folder))
    while not os.path.lexists(current):
        missing.append(current)
        current = current.parent
    for part in reversed(missing):
        try:
            os.mkdir(part, PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue
        if _IS_POSIX:
            os.chmod(part, PRIVATE_FOLDER_MODE)


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
