"""``iop-course export handout LESSON``: write a lesson as one printable HTML file."""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.loader import ContentUnreadable, load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir


def run_export_handout(
    lesson_id: str, output: Path | None, facilitator: bool, content: Path | None
) -> int:
    """Write the handout and say where it went; 1 with a reason when it cannot be made."""
    from iop_course.export.export_file import write_export
    from iop_course.export.handout import build_handout  # HTML rendering waits until needed

    root = content if content is not None else builtin_content_dir()
    course = load_course(root)
    info = course.lesson(lesson_id.strip().strip("/").removesuffix(".md"))
    if info is None:
        print(
            f"There is no lesson '{lesson_id}' in {root}. Lessons you can export:", file=sys.stderr
        )
        for listed in course.lessons():
            print(f"  {listed.id}", file=sys.stderr)
        return 1
    try:
        lesson, _ = open_lesson(info)
        opened = open_quiz(info) if facilitator else None
    except ContentUnreadable as error:
        print(f"This lesson could not be read: {error.problem}", file=sys.stderr)
        return 1
    quiz = opened[0] if opened else None
    suffix = "facilitator" if facilitator else "handout"
    target = output if output is not None else Path(f"{info.path.stem}-{suffix}.html")
    try:
        written = write_export(target, build_handout(lesson, quiz, facilitator))
    except OSError as error:
        print(
            f"The handout could not be written to {target}: {error.strerror or error}.",
            file=sys.stderr,
        )
        return 1
    print(f"Handout written to {written}")
    return 0


def run_export_plan(
    output: Path | None, part_names: list[str] | None, data_dir: Path | None, content: Path | None
) -> int:
    """Write the learner's recovery plan (the chosen parts, all by default) and say where."""
    from iop_course.content.model import ALL_PLAN_CHOICES
    from iop_course.export.plan import DEFAULT_FILE_NAME, build_plan_html, write_plan_file
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
    tables, _ = load_without_saving(resolve_data_dir(data_dir) / PROGRESS_FILE_NAME)
    answers = answers_from_tables(tables, DEFAULT_LEARNER)
    html = build_plan_html(gather_plan(load_course(root), answers), choices)
    target = output if output is not None else Path(DEFAULT_FILE_NAME)
    try:
        written = write_plan_file(target, html)
    except OSError as error:
        print(
            f"Your plan could not be written to {target}: {error.strerror or error}.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Your recovery plan was written to {written}. Only you can open it on this "
        "computer; print it or keep it somewhere safe."
    )
    return 0
