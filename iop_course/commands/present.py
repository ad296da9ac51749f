"""``iop-course present [LESSON]``: project a lesson to a group, with nothing personal on it.

No progress store is opened here, ever: present mode reads the course and present mode's own
settings, so it runs on a machine that never ran the course and beside a learner's open copy.
``--list`` prints the lesson ids LESSON accepts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.content.model import Course
from iop_course.i18n import active_language
from iop_course.present.settings import settings_path

NO_SUCH_LESSON = "There is no lesson '{lesson}' in {root}. Lessons you can present:"
NO_FOLDER = "The content folder {root} does not exist."


def present_folder() -> Path:
    """Present mode's own folder: its settings, and the details of an unexpected error."""
    return settings_path().parent


def run_present(lesson_id: str | None, list_lessons: bool, content: Path | None) -> int:
    """List the lessons, or present one (or the picker) until the facilitator ends."""
    root = content if content is not None else builtin_content_dir()
    if not root.is_dir():
        print(NO_FOLDER.format(root=root), file=sys.stderr)
        return 1
    # The slides are in the language asked for (--lang, else the locale); a notes window
    # started with its own --lang shows the same slides' notes in its language.
    course = load_course(root, active_language())
    if list_lessons:
        _print_lessons(course, sys.stdout)
        return 0
    from iop_course.present.deck import DeckUnavailable, build_deck
    from iop_course.present.settings import PresentSettings

    deck = None
    if lesson_id is not None:
        wanted = lesson_id.strip().strip("/").removesuffix(".md")
        if course.lesson(wanted) is None:
            print(NO_SUCH_LESSON.format(lesson=lesson_id, root=root), file=sys.stderr)
            _print_lessons(course, sys.stderr)
            return 1
        try:
            deck = build_deck(course, wanted)
        except DeckUnavailable as problem:
            print(problem, file=sys.stderr)
            return 1
    from iop_course.ui.present.present_app import PresentApp

    app = PresentApp(course, PresentSettings(), deck)
    try:
        app.run()
    finally:
        app.beacon.withdraw()
    return app.return_code or 0


def _print_lessons(course: Course, stream) -> None:
    for module in course.modules:
        print(f"{module.title}:", file=stream)
        for lesson in module.lessons:
            print(f"  {lesson.id}  ({lesson.title})", file=stream)
