"""Where the learner's progress lives on disk.

Keeping the lookup in one place lets tests, power users (through
``IOP_COURSE_DATA_DIR``) and the normal per-user location all agree on the
folder without the rest of the app knowing about platform conventions.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV_VAR = "IOP_COURSE_DATA_DIR"
PROGRESS_FILE_NAME = "progress.json"
ERROR_LOG_FILE_NAME = "error-log.txt"
APP_DIR_NAME = "iop-course"


def resolve_data_dir(explicit: Path | str | None = None) -> Path:
    """Pick the progress folder: explicit argument, then the env var, then the per-user default.

    The folder is not created here; opening the store does that with private
    permissions.
    """
    if explicit is not None and str(explicit) != "":
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV_VAR, "")
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
