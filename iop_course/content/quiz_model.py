"""A lesson's quiz as plain data: its questions, their choices and the feedback for each.

Parsed once by quiz_parser.py; the quiz, review and present screens, the handout and the plain
mode read these frozen dataclasses and never the Markdown. Kept apart from model.py (the
lessons) so each stays small. No Textual and no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from iop_course.content.languages import language_of

# The most choices a question may have: the checker refuses more, so every part of the app can
# show and take all of them. The quiz and review screens answer with number keys 1 to
# MAX_CHOICES; present mode counts hands with each choice's letter key. The letters skip G:
# g stays "Get help now" on every screen, so no key both counts a choice and opens the crisis
# lines (a seventh choice is H). The handout's answer key letters the choices the same way.
MAX_CHOICES = 7
CHOICE_LETTERS = "ABCDEFHIJKLMNOPQRSTUVWXYZ"[:MAX_CHOICES]  # A, B, C... one for each choice


@dataclass(frozen=True)
class Choice:
    """One answer to a quiz question, with the feedback written for it and its line."""

    id: str
    text: str
    correct: bool
    feedback: str
    line: int = field(default=0, compare=False)


def _plain_word(text: str) -> str:
    """A choice's text reduced to compare it with "true" or "false"."""
    return text.strip().rstrip(".!").strip().lower()


# A true-or-false question's two choices, sorted, in each language of the course.
TRUE_FALSE_WORDS = (["false", "true"], ["falso", "verdadero"])
TRUE_WORDS = ("true", "verdadero")


def says_true_or_false(choices: Iterable[Choice]) -> bool:
    """True when the choices are only True and False (Verdadero and Falso): such a question is
    shown True first, never shuffled."""
    return sorted(_plain_word(choice.text) for choice in choices) in TRUE_FALSE_WORDS


@dataclass(frozen=True)
class Question:
    """One quiz question: pick one choice, or select all that apply."""

    id: str
    prompt: str
    line: int
    choices: tuple[Choice, ...]
    scenario: str = ""
    hint: str = ""
    explanation: str = ""
    facilitator_prompt: str = ""
    fixed_order: bool = False

    @property
    def true_false(self) -> bool:
        """True for a true-or-false question: its two choices say only True and False
        (Verdadero and Falso in Spanish)."""
        return says_true_or_false(self.choices)

    @property
    def shuffled(self) -> bool:
        """Choices are shown shuffled, unless the author pinned the order or it is true/false."""
        return not (self.fixed_order or self.true_false)

    def natural_order(self) -> tuple[Choice, ...]:
        """The order of a question that is not shuffled: True before False, else as written."""
        if self.true_false:
            return tuple(sorted(self.choices, key=lambda c: _plain_word(c.text) not in TRUE_WORDS))
        return self.choices

    @property
    def select_all(self) -> bool:
        """True when two or more choices are right, so the learner selects all that apply."""
        return sum(choice.correct for choice in self.choices) >= 2

    def is_right(self, picked: set[str] | frozenset[str]) -> bool:
        """A pick is right when it is exactly the set of correct choices."""
        return set(picked) == {choice.id for choice in self.choices if choice.correct}


@dataclass(frozen=True)
class Quiz:
    """The questions that follow a lesson and the score needed to pass."""

    lesson_id: str
    path: Path
    questions: tuple[Question, ...]
    pass_percent: int = 80

    @property
    def language(self) -> str:
        """The language the quiz is written in: its file's."""
        return language_of(self.path)
