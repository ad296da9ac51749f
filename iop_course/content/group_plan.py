"""Reading a lesson's group plan (a ``::: group-plan`` box) into timed steps.

Each top-level list item of the box is one step of the session, written as
``- **Teach (15 min, slides):** what to do``: a name, its minutes, and optionally what it runs
on the projector (``slides`` or ``quiz``). The notes window turns the steps into a run sheet, so
a facilitator sees which phase the group is in and how far ahead or behind it is. Text of the
box outside the list (a safety note) belongs to the whole session. The reader is lenient: a
step it cannot time is reported as a warning and left out of the timeline, never of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from iop_course.content.lesson_model import GroupPlan, PlanStep, StepCovers
from iop_course.content.markdown import markdown_parser
from iop_course.i18n import N_, Later

STEP_HEAD = re.compile(
    r"^\*\*(?P<name>[^*()]+?)\s*\((?P<minutes>[0-9]{1,3})\s*min(?:utes)?"
    r"(?:\s*,\s*(?P<covers>[^)]*?))?\s*\)\s*:?(?P<bold_rest>[^*]*)\*\*:?\s*(?P<text>.*)$",
    re.DOTALL,
)
COVERS = {covers.value: covers for covers in StepCovers}
EXAMPLE = "'- **Teach (15 min, slides):** ...'"
WORDS = {
    "no_time": N_(
        "this step of the group plan has no time, so the run sheet leaves it out: start it "
        "like {example} (a name in bold, then its minutes in brackets)."
    ),
    "unknown_covers": N_(
        "unknown step kind '{covers}': write 'slides' for the step that shows the lesson's "
        "pages, 'quiz' for the step that runs its quiz, or nothing for any other step."
    ),
    "twice": N_(
        "the group plan has two '{covers}' steps (see line {line}): only one step can run the "
        "{covers}; make it one step."
    ),
    "no_steps": N_(
        "this group plan has no timed steps: write each step as a list item like {example}."
    ),
    "no_quiz": N_(
        "this group plan has no quiz step: add one like '- **Quiz (5 min, quiz):** Count "
        "hands for each question.' that says when the room answers the quiz and for how long."
    ),
    "no_slides": N_(
        "this group plan has no slides step: mark the step that shows the lesson's pages, "
        "like {example}."
    ),
}


def _words(name: str, **values: object) -> Later:
    """The problem ``name`` of ``WORDS``, to be said in the learner's language."""
    return Later.gettext(WORDS[name], example=EXAMPLE, **values)


Report = Callable[[int, str], None]


def parse_group_plan(markdown: str, box_line: int, warn: Report) -> GroupPlan:
    """The plan written in a ``::: group-plan`` box opened at file line ``box_line`` (its text
    starts on the next line); ``warn(line, message)`` hears each problem an author should fix."""
    lines = markdown.split("\n")
    steps: list[PlanStep] = []
    note_lines: list[str] = []
    covered: dict[StepCovers, int] = {}
    tokens = markdown_parser().parse(markdown)
    taken_until = 0
    for index, token in enumerate(tokens):
        if token.type != "list_item_open" or token.level != 1 or not token.map:
            continue
        start, end = token.map
        note_lines.extend(lines[taken_until:start])
        taken_until = max(taken_until, end)
        inline = next((t for t in tokens[index:] if t.type == "inline"), None)
        head = STEP_HEAD.match(inline.content) if inline is not None else None
        line = box_line + 1 + start
        if head is None:
            warn(line, _words("no_time"))
            continue
        covers_word = (head["covers"] or "").strip().lower()
        covers = COVERS.get(covers_word) if covers_word else None
        if covers_word and covers is None:
            warn(line, _words("unknown_covers", covers=covers_word))
        if covers is not None and covers in covered:
            warn(line, _words("twice", covers=covers.value, line=covered[covers]))
            covers = None
        if covers is not None:
            covered[covers] = line
        steps.append(
            PlanStep(
                name=head["name"].strip(),
                minutes=int(head["minutes"]),
                markdown=_step_text(head["bold_rest"], lines[start:end]),
                covers=covers,
                line=line,
            )
        )
    note_lines.extend(lines[taken_until:])
    if not steps:
        warn(box_line, _words("no_steps"))
    else:
        if StepCovers.QUIZ not in covered:
            warn(box_line, _words("no_quiz"))
        if StepCovers.SLIDES not in covered:
            warn(box_line, _words("no_slides"))
    return GroupPlan(tuple(steps), "\n".join(note_lines).strip("\n"), box_line)


def _step_text(bold_rest: str, item_lines: list[str]) -> str:
    """A step's instructions as Markdown: the words after its bold head and any lines under it."""
    first = item_lines[0].lstrip()
    first = first[1:].lstrip() if first[:1] in "-*+" else first
    after_head = first.split("**", 2)[2] if first.count("**") >= 2 else ""
    after_head = after_head.lstrip(":").strip()
    rest_of_bold = bold_rest.strip()
    opening = " ".join(
        part for part in (f"**{rest_of_bold}**" if rest_of_bold else "", after_head) if part
    )
    more = [line.strip() for line in item_lines[1:] if line.strip()]
    return "\n".join([opening, *more]).strip()
