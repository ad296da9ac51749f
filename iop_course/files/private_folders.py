"""Making folders that are private (0700) from the start, whatever the umask.

``Path.mkdir(mode=0o700, parents=True)`` gives the parents the umask's mode (0777 under umask
000), and the umask cuts the last folder's mode too. So each missing folder is made 0700 and set
to 0700 again; a folder already there keeps its mode. The progress store and present mode both
make their folders here.
"""

from __future__ import annotations

import os
from pathlib import Path

from iop_course.files.durable_write import PRIVATE_DIR_MODE

_IS_POSIX = os.name == "posix"


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700 from the start. OSError names the
    folder that could not be made (``filename``)."""
    missing: list[Path] = []
    current = Path(os.path.abspath(folder))
    while not os.path.lexists(current):
        missing.append(current)
        current = current.parent
    for part in reversed(missing):
        try:
            os.mkdir(part, PRIVATE_DIR_MODE)
        except FileExistsError:
            continue
        if _IS_POSIX:
            os.chmod(part, PRIVATE_DIR_MODE)
