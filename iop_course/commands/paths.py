"""``iop-course paths``: where a learner's progress and the course content are kept.

Learners own their data, so this lists every file the course keeps about them, not only the main
one: the backup, the lock, the error log and any damaged copy that was kept aside.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.commands.crash import LOG_NAME
from iop_course.content.locate import builtin_content_dir
from iop_course.store.instance_lock import LOCK_FILE_NAME
from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir
from iop_course.store.recovery import BACKUP_FILE_NAME, DAMAGED_BACKUP_STEM, DAMAGED_FILE_STEM

KEPT_FILES = (
    (PROGRESS_FILE_NAME, "your progress: lessons, quiz results and settings"),
    (BACKUP_FILE_NAME, "the last good copy of your progress"),
    (LOCK_FILE_NAME, "marks the folder as in use while the course is open (holds no data)"),
    (LOG_NAME, "details of unexpected errors, to show whoever helps you"),
)
DAMAGED_PATTERNS = ((f"{DAMAGED_FILE_STEM}*", "a damaged progress file, kept aside"),
                    (f"{DAMAGED_BACKUP_STEM}*", "a damaged backup, kept aside"))


def show_paths(content: Path | None, data_dir: Path | None) -> int:
    """Print the progress file, the data folder, the content folder and every file kept."""
    folder = resolve_data_dir(data_dir)
    print(f"Progress file:  {folder / PROGRESS_FILE_NAME}")
    print(f"Data folder:    {folder}")
    print(f"Course content: {content if content is not None else builtin_content_dir()}")
    print()
    print("Files the course keeps in the data folder (nothing is kept anywhere else):")
    for name, meaning in kept_files(folder):
        print(f"  {name:<26} {meaning}")
    return 0


def kept_files(folder: Path) -> list[tuple[str, str]]:
    """Every file the course keeps in ``folder``, with what it is; absent ones say so."""
    rows = [(name, meaning if (folder / name).exists() else f"{meaning} (none yet)")
            for name, meaning in KEPT_FILES]
    if folder.is_dir():
        for pattern, meaning in DAMAGED_PATTERNS:
            rows.extend((path.name, meaning) for path in sorted(folder.glob(pattern)))
    return rows
