"""A quiz question as the room sees it: lettered choices, the show of hands, then the answer.

The choices are shuffled once per presentation (``room_order``), as a learner's are, so where the
right answer sits gives nothing away; true-or-false and pinned questions keep their order. They
are lettered A, B, C... in that order, skipping G (``g`` is Get help now on every screen, so no
key both counts a choice and opens the crisis lines); the notes view names the same letters.
Before the reveal nothing says which choice is right. The reveal marks the right choice(s) in
words and a symbol ("✓ right", never colour alone), marks their bars and dims the others, then
shows what each choice means, the explanation and the question's prompt for the group.

The show of hands is drawn in one of four ``Layout``s, from the roomiest: a chart under the
choices, each count beside its choice, the same with no blank lines between choices, and that
with shorter bars (the number carries the count). The screen picks the first in which the
choices and the counts fit on one slide.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from enum import Enum

from iop_course.content.quiz_model import CHOICE_LETTERS, Choice, Question
from iop_course.i18n import N_, Words
from iop_course.present.flow import Role, Span, Unit, markdown_units, plain_unit
from iop_course.present.tally import Tally

ROOM_LETTERS = CHOICE_LETTERS  # no G: g is Get help now
WORDS = Words(
    {
        "number": N_("Question {number} of {count}"),
        "pick_one": N_("Pick one."),
        "select_all": N_("Select all that apply."),
        "hands": N_("Show of hands"),
        "counting": N_("◀ counting"),
        "right": N_("✓ right"),
        "meanings": N_("What each choice means"),
        "why": N_("Why"),
        "talk": N_("Talk about it"),
    }
)


class Layout(str, Enum):
    """How the show of hands is drawn, from the roomiest to the most compact."""

    CHART = "chart"
    BESIDE = "beside"
    TIGHT = "tight"
    NARROW = "narrow"


BESIDE_ROOM = {Layout.BESIDE: 16, Layout.TIGHT: 16, Layout.NARROW: 11}


def room_order(question: Question, rng: random.Random) -> tuple[str, ...]:
    """The choice ids in the order this presentation shows them (shuffled once, unless the
    question is true-or-false or its author pinned the order)."""
    ids = [choice.id for choice in question.natural_order()]
    if question.shuffled:
        rng.shuffle(ids)
    return tuple(ids)


def lettered_choices(
    question: Question, order: Sequence[str] | None = None
) -> tuple[tuple[str, Choice], ...]:
    """The choices in the order the room sees them (``order`` of ids; the natural order when
    not given or when it no longer names the question's choices), each with its letter."""
    by_id = {choice.id: choice for choice in question.choices}
    if order is None or sorted(order) != sorted(by_id):
        chosen = question.natural_order()
    else:
        chosen = tuple(by_id[choice_id] for choice_id in order)
    return tuple(zip(ROOM_LETTERS, chosen, strict=False))


def empty_tally(question: Question) -> Tally:
    """No hands yet for any of the question's choices."""
    return Tally.for_letters(tuple(ROOM_LETTERS[: len(question.choices)]))


def question_units(
    question: Question,
    number: int,
    count: int,
    tally: Tally,
    revealed: bool,
    order: Sequence[str] | None = None,
    layout: Layout = Layout.CHART,
) -> tuple[Unit, ...]:
    """The question's slide, from its number to (once revealed) the talk prompt.

    The choices, and the show of hands once counting starts, are kept together: when the
    question does not fit on one slide, its story goes on the slide before them.
    """
    how = WORDS["select_all" if question.select_all else "pick_one"]
    units = [
        plain_unit(
            f"{WORDS['number'].format(number=number, count=count)} · {how}",
            Role.MUTED,
            gap_before=False,
        )
    ]
    units.extend(markdown_units(question.scenario))
    choices = lettered_choices(question, order)
    charted = bool(tally.total) or tally.picked is not None
    beside = charted and layout is not Layout.CHART
    counts = dict(tally.entries())
    for index, (letter, choice) in enumerate(choices):
        right = revealed and choice.correct
        spans = (
            (Span(choice.text), Span(f"   {WORDS['right']}", "bold"))
            if right and not (beside and layout is Layout.NARROW)  # its count says "✓ right"
            else (Span(choice.text),)
        )
        units.append(
            Unit(
                spans,
                Role.RIGHT if right else Role.CHOICE,
                marker=f"{letter}.",
                gap_before=layout in (Layout.CHART, Layout.BESIDE) or index == 0,
                keep_with_next=(charted and not beside) or index + 1 < len(choices),
                bar=(counts.get(letter, 0), tally.top) if beside else None,
                note=_note(tally, letter, revealed, choice.correct),
                dimmed=revealed and not choice.correct,
                beside_room=BESIDE_ROOM.get(layout, 0),
            )
        )
    if charted and not beside:
        units.append(plain_unit(WORDS["hands"], Role.BOX_LABEL, keep_with_next=True))
        right_letters = {letter for letter, choice in choices if choice.correct}
        entries = tally.entries()
        for index, (letter, hands) in enumerate(entries):
            right = revealed and letter in right_letters
            units.append(
                Unit(
                    (),
                    Role.RIGHT if right else Role.BAR,
                    marker=letter,
                    gap_before=False,
                    bar=(hands, tally.top),
                    keep_with_next=index + 1 < len(entries),
                    note=_note(tally, letter, revealed, right),
                    dimmed=revealed and not right,
                )
            )
    if revealed:
        units.extend(_answer_units(question, choices))
    return tuple(units)


def _note(tally: Tally, letter: str, revealed: bool, right: bool) -> str:
    """The word after a bar: "◀ counting" while counting, "✓" on a right bar once revealed."""
    if revealed:
        return WORDS["right"] if right else ""
    picked = tally.letters[tally.picked] if tally.picked is not None else None
    return WORDS["counting"] if letter == picked else ""


def _answer_units(question: Question, choices: tuple[tuple[str, Choice], ...]) -> list[Unit]:
    units = [plain_unit(WORDS["meanings"], Role.BOX_LABEL)]
    for letter, choice in choices:
        if choice.feedback.strip():
            mark = f"{WORDS['right']}: " if choice.correct else ""
            units.append(
                Unit(
                    (Span(mark, "bold"), Span(choice.feedback)),
                    marker=f"{letter}.",
                    gap_before=True,
                )
            )
    if question.explanation.strip():
        units.append(plain_unit(WORDS["why"], Role.BOX_LABEL))
        units.extend(markdown_units(question.explanation))
    if question.facilitator_prompt.strip():
        units.append(plain_unit(WORDS["talk"], Role.BOX_LABEL))
        units.extend(markdown_units(question.facilitator_prompt))
    return units
