"""A quiz question as the room sees it: lettered choices, the show of hands, then the answer.

Choices keep the author's order (True before False), lettered A, B, C..., so the notes view and
the room agree on what "B" means. Before the reveal nothing says which choice is right. The
reveal marks the right choice(s) in words and a symbol ("✓ right", never colour alone), then
shows what each choice means, the explanation and the question's prompt for the group.
"""

from __future__ import annotations

from iop_course.content.model import CHOICE_LETTERS, Choice, Question
from iop_course.present.flow import Role, Span, Unit, markdown_units, plain_unit
from iop_course.present.tally import Tally

WORDS = {
    "number": "Question {number} of {count}",
    "pick_one": "Pick one.",
    "select_all": "Select all that apply.",
    "hands": "Show of hands",
    "counting": "◀ counting",
    "right": "✓ right",
    "meanings": "What each choice means",
    "why": "Why",
    "talk": "Talk about it",
}


def lettered_choices(question: Question) -> tuple[tuple[str, Choice], ...]:
    """The choices in the order the room sees them, each with its letter."""
    choices = question.natural_order()
    letters = CHOICE_LETTERS[: len(choices)]  # the checker allows no more choices
    return tuple(zip(letters, choices, strict=True))


def empty_tally(question: Question) -> Tally:
    """No hands yet for any of the question's choices."""
    return Tally.for_letters(tuple(letter for letter, _ in lettered_choices(question)))


def question_units(
    question: Question, number: int, count: int, tally: Tally, revealed: bool
) -> tuple[Unit, ...]:
    """The question's slide, from its number to (once revealed) the talk prompt.

    The choices, and the show of hands once counting starts, are kept on one slide: when the
    question does not fit on one, its story goes on the slide before them.
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
    choices = lettered_choices(question)
    charted = bool(tally.total) or tally.picked is not None
    for index, (letter, choice) in enumerate(choices):
        right = revealed and choice.correct
        spans = (
            (Span(choice.text), Span(f"   {WORDS['right']}", "bold"))
            if right
            else (Span(choice.text),)
        )
        units.append(
            Unit(
                spans,
                Role.RIGHT if right else Role.CHOICE,
                marker=f"{letter}.",
                gap_before=True,
                keep_with_next=charted or index + 1 < len(choices),
            )
        )
    if charted:
        units.append(plain_unit(WORDS["hands"], Role.BOX_LABEL, keep_with_next=True))
        entries = tally.entries()
        for index, (letter, hands) in enumerate(entries):
            note = WORDS["counting"] if index == tally.picked else ""
            units.append(
                Unit(
                    (Span(note),),
                    Role.BAR,
                    marker=letter,
                    gap_before=False,
                    bar=(hands, tally.top),
                    keep_with_next=index + 1 < len(entries),
                )
            )
    if revealed:
        units.extend(_answer_units(question, choices))
    return tuple(units)


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
