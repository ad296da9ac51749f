"""``iop-course export handout LESSON``: write a lesson as one printable HTML file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from iop_course.content.lesson_names import find_lesson
from iop_course.content.loader import ContentUnreadable, load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.i18n import N_, _, active_language

PDF_NOTE = N_(
    "Note: {target} is an HTML page, not a PDF. To make a PDF, open it in a web browser and "
    'print it with "Save as PDF" as the printer.'
)


def run_export_handout(
    lesson_id: str, output: Path | None, facilitator: bool, content: Path | None
) -> int:
    """Write the handout and say where it went; 1 with a reason when it cannot be made.

    ``-o`` may name a folder (the file goes into it) or a file; a ``.pdf`` name gets HTML and a
    line on how to print it to PDF. Messages name the lesson, never where the course is installed.
    The file is written as ``write_export`` writes: never into a planted file or through a link.
    """
    from iop_course.export.export_file import write_export
    from iop_course.export.handout import build_handout  # HTML rendering waits until needed

    root = content if content is not None else builtin_content_dir()
    course = load_course(root, active_language())  # a Spanish handout from the Spanish lesson
    info, could_be = find_lesson(course, lesson_id)
    if info is None:
        where = " " + _("in {root}").format(root=root) if content is not None else ""
        listed = could_be or list(course.lessons())
        heading = (
            _("'{lesson}' could be more than one lesson{where}:")
            if could_be
            else _("There is no lesson '{lesson}'{where}. Lessons you can export:")
        ).format(lesson=lesson_id, where=where)
        print(heading, file=sys.stderr)
        for each in listed:
            print(f"  {each.id}", file=sys.stderr)
        return 1
    try:
        lesson = open_lesson(info)[0]
        opened = open_quiz(info) if facilitator else None
    except ContentUnreadable as error:
        print(
            _("This lesson could not be read: {problem}").format(problem=_(error.problem.message)),
            file=sys.stderr,
        )
        return 1
    quiz = opened[0] if opened else None
    suffix = "facilitator" if facilitator else "handout"
    name = f"{info.path.stem}-{suffix}.html"
    target = Path(name) if output is None else output / name if output.is_dir() else output
    try:
        written = write_export(target, build_handout(lesson, quiz, facilitator))
    except OSError as error:
        print(
            _("The handout could not be written to {path}: {reason}.").format(
                path=target, reason=error.strerror or error
            ),
            file=sys.stderr,
        )
        return 1
    print(_("Handout written to {path}").format(path=written))
    if target.suffix.lower() == ".pdf":
        print(_(PDF_NOTE).format(target=target), file=sys.stderr)
    return 0


def run_export_plan(
    output: Path | None,
    part_names: list[str] | None,
    data_dir: Path | None,
    content: Path | None,
    card: bool = False,
    force: bool = False,
) -> int:
    """Write the learner's recovery plan (the chosen parts, all by default), or its wallet
    card, and say where in one line. What is at the name already (an earlier plan) is left as
    it is and the next free name is taken (-2, -3...), unless ``force`` says to replace it."""
    from iop_course.content.worksheet_model import ALL_PLAN_CHOICES
    from iop_course.export.plan import (
        DEFAULT_CARD_NAME,
        DEFAULT_FILE_NAME,
        build_card_html,
        build_plan_html,
    )
    from iop_course.export.recovery_plan import gather_plan, parse_choices
    from iop_course.store.opening import load_without_saving
    from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir
    from iop_course.store.progress_store import DEFAULT_LEARNER
    from iop_course.store.worksheet_answers import answers_from_tables

    try:
        choices = parse_choices(part_names) if part_names else ALL_PLAN_CHOICES
    except ValueError as error:
        print(f"{error}.", file=sys.stderr)
        return 1
    root = content if content is not None else builtin_content_dir()
    # Read without the store's lock, changing nothing: the app may be open at the same time.
    tables = load_without_saving(resolve_data_dir(data_dir) / PROGRESS_FILE_NAME)[0]
    answers = answers_from_tables(tables, DEFAULT_LEARNER)
    plan = gather_plan(load_course(root, active_language()), answers)
    html = build_card_html(plan) if card else build_plan_html(plan, choices)
    default_name = DEFAULT_CARD_NAME if card else DEFAULT_FILE_NAME
    wanted = (output or Path(default_name)).expanduser()
    if wanted.is_dir() and not wanted.is_symlink():
        wanted = wanted / default_name
    try:
        written = _write_unless_taken(wanted, html, force)
    except OSError as error:
        print(
            _("Your plan could not be written to {path}: {reason}.").format(
                path=wanted, reason=error.strerror or error
            ),
            file=sys.stderr,
        )
        return 1
    if written != Path(os.path.abspath(wanted)):
        print(
            _("{path} is there already and was left as it is (--force replaces it).").format(
                path=wanted
            )
        )
    if card:
        print(_("Your wallet card was written to {path}").format(path=written))
    else:
        print(_("Your recovery plan was written to {path}").format(path=written))
    print(_("Only you can open it on this computer; print it or keep it somewhere safe."))
    return 0


def _write_unless_taken(wanted: Path, html: str, force: bool) -> Path:
    """Write at ``wanted`` (over what is there only if ``force``), else at its next free name;
    a name taken by another save in the meantime moves on to the next."""
    from iop_course.export.plan import write_plan_at_a_free_name, write_plan_file

    if force:
        return write_plan_file(wanted, html, replace=True)
    return write_plan_at_a_free_name(wanted, html)
