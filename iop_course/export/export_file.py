"""Writing an exported page (a plan, a handout) where the learner asked, and nowhere else.

The place is often a shared folder (the default name lands in the current folder), where
someone else may already have put a file or a link at that name: opening the path would write
the learner's plan into their file, or through their link over another of the learner's files.
So the page is written to a new private file beside it and moved into place, the crash-safe way
the progress file is saved: whatever sat at the name is replaced, never written through, and a
file the learner may not replace (another user's, in a sticky folder) stops the export with
the system's reason. A plan is personal and may already be there from an earlier day, so it is
written with write_new_export, which leaves anything at the name as it is.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from iop_course.files.durable_write import (
    TEMP_FILE_PREFIX,
    TEMP_FILE_SUFFIX,
    fsync_directory,
    write_file_atomically,
)

# link() is refused by some file systems (FAT, some network shares): there the name is
# checked just before the move instead, which leaves a moment for someone to race it.
_NO_HARD_LINKS = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS)


def write_export(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) as a new file readable by its owner alone, moved to ``path``;
    returns the absolute path written (a link there is replaced, never followed).

    Raises OSError when it cannot be written; nothing is left behind then.
    """
    target = Path(os.path.abspath(path.expanduser()))
    write_file_atomically(target, text.encode("utf-8"))
    return target


def write_new_export(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) as a new private file at ``path`` only if nothing is there (a
    file, a folder, a link, even a broken one); returns the absolute path written.

    The file is written and synced under a temporary name, then linked to ``path``, which the
    system refuses when the name is taken, so an earlier file is never replaced, even by a
    second save at the same moment. Raises FileExistsError when the name is taken and OSError
    when it cannot be written; nothing is left behind then.
    """
    target = Path(os.path.abspath(path.expanduser()))
    descriptor, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=TEMP_FILE_PREFIX, suffix=TEMP_FILE_SUFFIX
    )
    try:
        with os.fdopen(descriptor, "wb") as temp_file:
            temp_file.write(text.encode("utf-8"))
            temp_file.flush()
            os.fsync(temp_file.fileno())
        _link_where_free(Path(temp_name), target)
    finally:
        with suppress(OSError):
            os.unlink(temp_name)
    fsync_directory(target.parent)
    return target


def _link_where_free(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(temp, target)
