"""One choice limit: the checker refuses a question with more choices than the app can show.

The quiz keys, present mode's letters and the handout's answer key all take MAX_CHOICES choices
(their own tests show each one); here the checker keeps every course within it.
"""

from __future__ import annotations

from iop_course.content.model import Severity
from iop_course.content.quiz_model import CHOICE_LETTERS, MAX_CHOICES
from tests.content.conftest import assert_problems

QUIZ = "quizzes/01-coping/01-cravings.md"


def question_with(choices: int) -> str:
    """A question with ``choices`` choices (the first one right), each with its feedback."""
    lines = ["## Which of these helps?", ""]
    for number in range(choices):
        lines += [f"- [{'x' if number == 0 else ' '}] Way number {number + 1}", "  > Because."]
    return "\n".join([*lines, "", "Each one is a way.", ""])


def test_a_question_with_one_choice_too_many_is_refused_at_that_choice(check_one):
    errors, _ = check_one(QUIZ, question_with(MAX_CHOICES + 1))
    first_too_many = 3 + 2 * MAX_CHOICES  # the heading, a blank line, two lines a choice
    assert_problems(errors, [(first_too_many, f"at most {MAX_CHOICES}")])
    assert f"has {MAX_CHOICES + 1} choices" in errors[0].message


def test_a_question_with_as_many_choices_as_the_limit_passes(check_one):
    errors, _ = check_one(QUIZ, question_with(MAX_CHOICES))
    assert errors == []
    warnings, _ = check_one(QUIZ, question_with(MAX_CHOICES), Severity.WARNING)
    assert not any("choices" in warning.message for warning in warnings)


def test_every_choice_up_to_the_limit_has_its_own_letter():
    assert len(CHOICE_LETTERS) == MAX_CHOICES == len(set(CHOICE_LETTERS))
    assert CHOICE_LETTERS == "ABCDEFH"  # no G: g is "Get help now", so no letter counts G
