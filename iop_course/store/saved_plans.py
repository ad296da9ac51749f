"""Where the learner's printable plans were saved, so "Delete my data" can name them.

A saved plan holds the learner's most private words (triggers, names, phone numbers) and is
written outside the data folder, where deleting the data does not reach. The course notes each
file it writes, and names the ones still there when the learner deletes their data.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from iop_course.store.paths import APP_DIR_NAME

if TYPE_CHECKING:
    from iop_course.store.progress_store import ProgressStore

SETTING = "saved_plans"


def remember_saved_plan(store: ProgressStore, path: Path) -> None:
    """Note that a plan was saved at ``path`` (once, however often it is saved again)."""
    known = [str(item) for item in store.get_setting(SETTING, []) if isinstance(item, str)]
    if str(path) not in known:
        store.set_setting(SETTING, [*known, str(path)])


def saved_plans(store: ProgressStore) -> list[Path]:
    """The plans the course saved that are still there, oldest first."""
    noted = store.get_setting(SETTING, [])
    if not isinstance(noted, list):
        return []
    return [Path(item) for item in noted if isinstance(item, str) and Path(item).is_file()]


def plan_folder(data_dir: Path) -> Path:
    """Where the app saves a printable plan: the home folder while progress is kept in its
    usual place, or the folder holding a progress folder the learner chose (--data-dir,
    IOP_COURSE_DATA_DIR), so the plan is with their progress (on a memory stick, say, not in
    a shared computer's home folder) yet outside it, where "Delete my data" does not reach."""
    folder = Path(os.path.abspath(data_dir))
    usual = Path(os.path.abspath(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)))
    return Path.home() if folder == usual else folder.parent
