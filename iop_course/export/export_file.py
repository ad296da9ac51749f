"""Writing an exported page (a plan, a handout) where the learner asked, and nowhere else.

The place is often a shared folder (the default name lands in the current folder), where
someone else may already have put a file or a link at that name: opening the path would write
the learner's plan into their file, or through their link over another of the learner's files.
So the page is written to a new private file beside it and moved into place, the crash-safe way
the progress file is saved: whatever sat at the name is replaced, never written through, and a
file the learner may not replace (another user's, in a sticky folder) stops the export with
the system's reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from iop_course.files.durable_write import write_file_atomically


def write_export(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) as a new file readable by its owner alone, moved to ``path``;
    returns the absolute path written (a link there is replaced, never followed).

    Raises OSError when it cannot be written; nothing is left behind then.
    """
    target = Path(os.path.abspath(path.expanduser()))
    write_file_atomically(target, text.encode("utf-8"))
    return target
