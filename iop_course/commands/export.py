"""``iop-course export handout LESSON``: write a lesson as one printable HTML file."""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.loader import ContentUnreadable, load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir


def run_export_handout(lesson_id: str, output: Path | None, facilitator: bool,
                       content: Path | None) -> int:
    """Write the handout and say where it went; 1 with a reason when it cannot be made."""
    from iop_course.export.handout import build_handout  # HTML rendering waits until needed

    root = content if content is not None else builtin_content_dir()
    course = load_course(root)
    info = course.lesson(lesson_id.strip().strip("/").removesuffix(".md"))
    if info is None:
        print(f"There is no lesson '{lesson_id}' in {root}. Lessons you can export:",
              file=sys.stderr)
        for lesson in course.lessons():
            print(f"  {lesson.id}", file=sys.stderr)
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
        target.write_text(build_handout(lesson, quiz, facilitator), encoding="utf-8")
    except OSError as error:
        print(f"The handout could not be written to {target}: {error.strerror or error}.",
              file=sys.stderr)
        return 1
    print(f"Handout written to {target.resolve()}")
    return 0
