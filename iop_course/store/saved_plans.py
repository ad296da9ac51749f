"""Where the learner's printable plans were saved, so "Delete my data" can name them.

A saved plan holds the learner's most private words (triggers, names, phone numbers) and is
written outside the data folder, where deleting the data does not reach. The course notes each
file it writes, and names the ones still there when the learner deletes their data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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
