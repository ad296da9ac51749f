"""``iop-course present [LESSON]``: project a lesson to a group, with nothing personal on it.

No progress store is opened here, ever: present mode reads the course and present mode's own
settings, so it runs on a machine that never ran the course and beside a learner's open copy.
``--list`` prints the lesson ids LESSON accepts; LESSON may also be the end of an id when that
names one lesson (as ``export handout`` takes it). Messages never name where the course is
installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.lesson_names import find_lesson
from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.content.model import Course, LessonInfo
from iop_course.i18n import N_, _, active_language
from iop_course.present.settings import settings_path

NO_SUCH_LESSON = N_("There is no lesson '{lesson}'{where}. Lessons you can present:")
MORE_THAN_ONE = N_("'{lesson}' could be more than one lesson{where}:")
NAME_ONE = N_("Name one of them whole, as in: iop-course present {lesson}")
NO_FOLDER = N_("The content folder {root} does not exist.")


def present_folder() -> Path:
    """Present mode's own folder: its settings, and the details of an unexpected error."""
    return settings_path().parent


def run_present(lesson_id: str | None, list_lessons: bool, content: Path | None) -> int:
    """List the lessons, or present one (or the picker) until the facilitator ends."""
    root = content if content is not None else builtin_content_dir()
    if not root.is_dir():
        print(_(NO_FOLDER).format(root=root), file=sys.stderr)
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
        info, could_be = find_lesson(course, lesson_id)
        if info is None:
            # The folder is named only when the facilitator gave it (never the installed course).
            where = " " + _("in {root}").format(root=root) if content is not None else ""
            _tell_not_found(course, lesson_id, could_be, where)
            return 1
        try:
            deck = build_deck(course, info.id)
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


def _tell_not_found(course: Course, lesson: str, could_be: list[LessonInfo], where: str) -> None:
    """The lessons ``lesson`` could mean, or every lesson there is, on standard error."""
    if not could_be:
        print(_(NO_SUCH_LESSON).format(lesson=lesson, where=where), file=sys.stderr)
        _print_lessons(course, sys.stderr)
        return
    print(_(MORE_THAN_ONE).format(lesson=lesson, where=where), file=sys.stderr)
    for info in could_be:
        print(f"  {info.id}  ({info.title})", file=sys.stderr)
    print(_(NAME_ONE).format(lesson=could_be[0].id), file=sys.stderr)


def _print_lessons(course: Course, stream) -> None:
    for module in course.modules:
        print(f"{module.title}:", file=stream)
        for lesson in module.lessons:
            print(f"  {lesson.id}  ({lesson.title})", file=stream)
