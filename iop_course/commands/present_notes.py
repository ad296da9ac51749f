"""``iop-course present --notes``: the presenter's notes in a second terminal.

It reads the course content and follows the presenting window through its beacon; it never
opens a progress store, so it works beside a learner's open copy and leaves no trace of anyone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.i18n import active_language


def run_notes(content_dir: Path | None) -> int:
    """Run the notes window until the facilitator quits; returns the exit code."""
    root = content_dir if content_dir is not None else builtin_content_dir()
    if not root.is_dir():
        print(f"The content folder {root} does not exist.", file=sys.stderr)
        return 1
    # The notes are in this window's language, whatever the slides' (present --notes --lang en
    # beside a room shown in Spanish): lesson ids, pages and question ids are the same in both.
    course = load_course(root, active_language())
    from iop_course.ui.present.notes_app import NotesApp  # the UI waits until needed

    app = NotesApp(course)
    app.run()
    return app.return_code or 0
