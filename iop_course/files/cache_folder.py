"""Where the course keeps what it can make again from the course itself: the course index.

Nothing here is about the learner; it lives in the per-user cache folder, which the system
may empty at any time (the course then reads its files again). ``IOP_COURSE_CACHE_DIR``
moves it, as ``IOP_COURSE_DATA_DIR`` moves the progress, so tests and power users can keep
the real one untouched.
"""

from __future__ import annotations

import hashlib
import os
from contextlib import suppress
from pathlib import Path

import platformdirs

CACHE_DIR_ENV_VAR = "IOP_COURSE_CACHE_DIR"
COURSE_INDEX_FOLDER = "course-index"
APP_DIR_NAME = "iop-course"


def resolve_cache_dir() -> Path:
    """The cache folder: the env var's, else the per-user one. Not created here."""
    from_env = os.environ.get(CACHE_DIR_ENV_VAR, "")
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def course_index_folder() -> Path:
    """The folder of the course indexes, one file for each content folder."""
    return resolve_cache_dir() / COURSE_INDEX_FOLDER


def course_index_path(resolved_root: str) -> Path:
    """The index file of the content folder at ``resolved_root`` (a resolved path): named by
    a hash of the path, which a folder's own name could not be (two folders may share it)."""
    name = hashlib.sha256(os.fsencode(resolved_root)).hexdigest()[:32]
    return course_index_folder() / f"{name}.json"


def course_index_files() -> list[Path]:
    """Every file in the course indexes' folder (an index, or one cut short while written)."""
    try:
        return sorted(path for path in course_index_folder().iterdir() if path.is_file())
    except OSError:
        return []


def delete_course_indexes() -> list[tuple[Path, str]]:
    """Delete every course index (the course reads its files again next time), and the folder
    once empty; each file that could not be deleted, with why."""
    left = []
    for path in course_index_files():
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            left.append((path, error.strerror or type(error).__name__))
    with suppress(OSError):
        course_index_folder().rmdir()
    return left
