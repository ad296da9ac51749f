"""``iop-course paths``: where a learner's progress and the course content are kept."""

from __future__ import annotations

from pathlib import Path

from iop_course.content.locate import builtin_content_dir
from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir


def show_paths(content: Path | None, data_dir: Path | None) -> int:
    """Print the progress file, the data folder and the content folder."""
    folder = resolve_data_dir(data_dir)
    print(f"Progress file:  {folder / PROGRESS_FILE_NAME}")
    print(f"Data folder:    {folder}")
    print(f"Course content: {content if content is not None else builtin_content_dir()}")
    return 0
