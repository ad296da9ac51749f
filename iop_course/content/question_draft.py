"""A quiz question as written (``QuestionDraft``), and the checks that make it a ``Question``.

``quiz_parser`` reads each ``##`` question of a quiz into a draft, mistakes and all (the pair
checker compares a translation's drafts with its English's); a draft becomes a question only
when it has words, at least two choices (at most ``MAX_CHOICES``), a right one, and feedback
under each. What an author must fix is said at its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iop_course.content.model import Problem, Severity
from iop_course.content.quiz_model import CHOICE_LETTERS, MAX_CHOICES, Choice, Question
from iop_course.content.source import SourceFile
from iop_course.i18n import Later


@dataclass
class QuestionDraft:
    """A question as written, while its tokens are read; becomes a ``Question`` once checked."""

    prompt: str
    line: int
    scenario: list[str] = field(default_factory=list)
    hint: str = ""
    fixed_order: bool = False
    choices: list[Choice] = field(default_factory=list)
    choice_lines: list[int] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    facilitator: list[str] = field(default_factory=list)
    broken: bool = False
    id: str = ""  # the English question's id, for a translated question


def finish_question(
    source: SourceFile, draft: QuestionDraft, problems: list[Problem]
) -> Question | None:
    """The question a draft makes, or None when it has a mistake that leaves it out;
    ``problems`` hears each mistake and warning, at its line."""
    found_before = len(problems)
    if not draft.prompt:
        problems.append(
            source.problem(draft.line, Later.gettext("a question heading (##) has no words."))
        )
    if not draft.choices and not draft.broken:
        problems.append(
            source.problem(
                draft.line,
                Later.gettext(
                    "this question has no choices: add a list of '- [ ]' and '- [x]' lines "
                    "under it."
                ),
            )
        )
    elif draft.choices and len(draft.choices) < 2:
        problems.append(
            source.problem(draft.line, Later.gettext("a question needs at least two choices."))
        )
    elif len(draft.choices) > MAX_CHOICES:
        problems.append(
            source.problem(
                draft.choice_lines[MAX_CHOICES],
                Later.gettext(
                    "this question has {count} choices; a question can have at most {most} "
                    "(keys 1-{most} in the quiz, letters {first}-{last} when presenting): "
                    "remove some or split the question in two.",
                    count=len(draft.choices),
                    most=MAX_CHOICES,
                    first=CHOICE_LETTERS[0],
                    last=CHOICE_LETTERS[-1],
                ),
            )
        )
    if draft.choices and not any(choice.correct for choice in draft.choices):
        problems.append(
            source.problem(
                draft.line,
                Later.gettext("this question has no correct choice: mark the right one with [x]."),
            )
        )
    for choice, line in zip(draft.choices, draft.choice_lines, strict=True):
        if not choice.feedback:
            problems.append(
                source.problem(
                    line,
                    Later.gettext(
                        "this choice has no feedback: add a line under it, indented two spaces, "
                        "starting with '> ' that says why it is right or not."
                    ),
                )
            )
        if not choice.text:
            problems.append(
                source.problem(line, Later.gettext("this choice has no words after its [ ] box."))
            )
    if draft.choices and not draft.explanation and not draft.broken:
        problems.append(
            source.problem(
                draft.line,
                Later.gettext(
                    "this question has no explanation: add a short paragraph after the choices."
                ),
                severity=Severity.WARNING,
            )
        )
    errors = [p for p in problems[found_before:] if p.severity is Severity.ERROR]
    if draft.broken or errors:
        return None
    return Question(
        id=draft.id,
        prompt=draft.prompt,
        line=draft.line,
        choices=tuple(draft.choices),
        scenario="\n\n".join(draft.scenario),
        hint=draft.hint,
        explanation="\n\n".join(draft.explanation),
        facilitator_prompt="\n\n".join(draft.facilitator),
        fixed_order=draft.fixed_order,
    )
