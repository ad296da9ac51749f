"""``iop-course``: open the progress store and the course, then run the app.

The store is opened first because a second copy of the app must be told so in words before any
screen appears; the course's front matter is read next (fast), and the UI is imported last.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.store import (
    ProgressStore, StoreLocked, UnsupportedProgressVersion, resolve_data_dir,
)


def open_course(content: Path | None, data_dir: Path | None) -> int:
    """Run the course app until the learner quits; returns the exit code."""
    root = content if content is not None else builtin_content_dir()
    if not root.is_dir():
        print(f"The content folder {root} does not exist.", file=sys.stderr)
        return 1
    folder = resolve_data_dir(data_dir)
    try:
        store = ProgressStore.open(folder)
    except (StoreLocked, UnsupportedProgressVersion) as error:
        print(error, file=sys.stderr)
        return 1
    try:
        course = load_course(root)
        from iop_course.ui.app import CourseApp

        app = CourseApp(course, store, crash_log_dir=folder)
        app.run()
        return app.return_code or 0
    finally:
        store.close()
