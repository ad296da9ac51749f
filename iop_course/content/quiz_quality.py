"""Warnings about quizzes a test-wise reader could pass without reading the lesson.

A quiz teaches only when the answer cannot be guessed from its shape. These checks look at one
quiz's working questions and warn (never fail) when: the right choice is the longest in every
pick-one question; every true-or-false question has the same answer; a "select all" question has
fewer than two wrong choices, so ticking every box nearly passes; or a choice points at others by
their place ("all of the above") while the choices are shuffled, so "above" means nothing. Each
warning names the file and line an author must look at, in the words of the authoring guide.
"""

from __future__ import annotations

import re

from iop_course.content.model import Problem, Severity
from iop_course.content.quiz_model import Choice, Question, Quiz
from iop_course.i18n import N_, Later

MIN_WRONG_IN_SELECT_ALL = 2

POSITION_WORDS = re.compile(
    r"\b(?:all|both|none|neither|either|any|each|one|two|three) of the (?:above|below)\b"
    r"|\bthe (?:above|below|previous|preceding|following)\b"
    r"|\b(?:first|second|third|fourth|fifth|last|top|bottom|previous|next) "
    r"(?:choice|option|answer)s?\b"
    r"|\b(?:first|last|top|bottom) (?:two|three|four)(?: choices| options| answers)?"
    r"(?=\s*$|\s*[.,;:!?)]|\s+(?:are|is|only)\b)"
    r"|\b(?:choice|option|answer)s? [A-H1-9]\b",
    re.IGNORECASE,
)
CHOICE_LETTERS = set("ABCDEFGH")
LINKING_WORDS = {
    "both",
    "only",
    "just",
    "neither",
    "either",
    "nor",
    "and",
    "or",
    "but",
    "not",
    "choice",
    "choices",
    "option",
    "options",
    "answer",
    "answers",
    "are",
    "is",
    "right",
    "correct",
    "true",
    "false",
}


# True-or-false questions that all have the answer true (True) or all false (False).
ALL_ALIKE = {
    True: N_(
        "{all} true-or-false questions of this quiz have the answer {key}, so always answering "
        "{key} passes them: make some of them false."
    ),
    False: N_(
        "{all} true-or-false questions of this quiz have the answer {key}, so always answering "
        "{key} passes them: make some of them true."
    ),
}
# A 'select all' question with no wrong choice (0) or only one (1).
TOO_FEW_WRONG = {
    0: N_(
        "this 'select all' question has no wrong choice, so ticking every box (nearly) passes: "
        "add wrong choices until there are at least two, each a real mistake people make."
    ),
    1: N_(
        "this 'select all' question has only one wrong choice, so ticking every box (nearly) "
        "passes: add wrong choices until there are at least two, each a real mistake people make."
    ),
}


def quiz_warnings(quiz: Quiz) -> list[Problem]:
    """Every quality warning for one parsed quiz, each at the line an author should look at."""
    problems = _longest_is_always_right(quiz) + _true_false_all_alike(quiz)
    for question in quiz.questions:
        problems += _too_few_wrong_choices(quiz, question)
        problems += _position_words(quiz, question)
    return problems


def _all(count: int) -> Later:
    return Later.gettext("both") if count == 2 else Later.gettext("all {count}", count=count)


def _warn(quiz: Quiz, line: int, message: str) -> Problem:
    return Problem(quiz.path, line, message, Severity.WARNING)


def _pick_one(question: Question) -> bool:
    return not question.select_all and not question.true_false


def _right_is_longest(question: Question) -> bool:
    """True when the right choice is at least as long as every other (ties count)."""
    longest = max(len(choice.text) for choice in question.choices)
    return any(choice.correct and len(choice.text) == longest for choice in question.choices)


def _longest_is_always_right(quiz: Quiz) -> list[Problem]:
    pick_one = [question for question in quiz.questions if _pick_one(question)]
    if len(pick_one) < 2 or not all(_right_is_longest(question) for question in pick_one):
        return []
    return [
        _warn(
            quiz,
            pick_one[0].line,
            Later.gettext(
                "in {all} pick-one questions of this quiz the right choice is the longest, so "
                "picking the longest choice passes without reading: make some wrong choices as "
                "long and as detailed as the right one.",
                all=_all(len(pick_one)),
            ),
        )
    ]


def _true_false_all_alike(quiz: Quiz) -> list[Problem]:
    true_false = [question for question in quiz.questions if question.true_false]
    keys = {next(c.text.strip() for c in q.choices if c.correct) for q in true_false}
    if len(true_false) < 2 or len(keys) != 1:
        return []
    key = keys.pop().rstrip(".!")
    return [
        _warn(
            quiz,
            true_false[0].line,
            Later.gettext(
                ALL_ALIKE[key.lower() in ("true", "verdadero")], all=_all(len(true_false)), key=key
            ),
        )
    ]


def _too_few_wrong_choices(quiz: Quiz, question: Question) -> list[Problem]:
    if not question.select_all:
        return []
    wrong = sum(not choice.correct for choice in question.choices)
    if wrong >= MIN_WRONG_IN_SELECT_ALL:
        return []
    return [_warn(quiz, question.line, Later.gettext(TOO_FEW_WRONG[wrong]))]


def _position_words(quiz: Quiz, question: Question) -> list[Problem]:
    if not question.shuffled:
        return []
    return [
        _warn(
            quiz,
            choice.line or question.line,
            Later.gettext(
                "the choice '{choice}' points at other choices by their place, but choices are "
                "shown shuffled: name the choices it means instead, or add a line '> Order: "
                "fixed' before the choices to keep them in the order written.",
                choice=choice.text,
            ),
        )
        for choice in question.choices
        if _points_by_place(choice)
    ]


def _points_by_place(choice: Choice) -> bool:
    """True when the text only makes sense with the choices in a known order."""
    return bool(POSITION_WORDS.search(choice.text)) or _names_choices_by_letter(choice.text)


def _names_choices_by_letter(text: str) -> bool:
    """ "A and B", "Both A and C are right": letters and linking words, nothing else.

    "Hepatitis A and B" names viruses, not choices, so any other word clears the text.
    """
    words = re.findall(r"[A-Za-z]+", text)
    letters = [word for word in words if word in CHOICE_LETTERS]
    others = [word for word in words if word not in CHOICE_LETTERS]
    return len(letters) >= 2 and all(word.lower() in LINKING_WORDS for word in others)
