"""Checking a translated quiz against its English: the same questions in the same order, each
with the same choices in the same order and the same ``[x]`` keys, a hint where the English has
one, ``> Order: fixed`` where the English has it, the same facilitator boxes and pass_percent.
Each difference is a mistake at the translation's line that names the English line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from iop_course.content.loader import read_source
from iop_course.content.model import Problem
from iop_course.content.pair_lesson import compare_links, place
from iop_course.content.question_draft import QuestionDraft
from iop_course.content.quiz_model import says_true_or_false
from iop_course.content.quiz_parser import (
    DEFAULT_PASS_PERCENT,
    parse_quiz,
    question_id,
    read_questions,
)
from iop_course.content.source import SourceFile
from iop_course.i18n import N_, Later

Add = Callable[[int, str], None]
# Whether the English question is a true-or-false one (True) or not (False), and this one differs.
TRUE_OR_FALSE = {
    True: N_(
        "the English question ({where}) is a true-or-false one and this one is not the same: "
        "a true-or-false question's choices are 'Verdadero' and 'Falso' (shown in that "
        "order), any other question's are not."
    ),
    False: N_(
        "the English question ({where}) is not a true-or-false one and this one is not the "
        "same: a true-or-false question's choices are 'Verdadero' and 'Falso' (shown in that "
        "order), any other question's are not."
    ),
}
# Whether the English question has (True) or lacks (False) what this one lacks or has.
KEEP_IT = {
    True: N_(
        "the English question ({where}) has {what} and this one does not: keep it as the "
        "English (the keywords Hint and Order stay in English)."
    ),
    False: N_(
        "the English question ({where}) does not have {what} and this one does: keep it as "
        "the English (the keywords Hint and Order stay in English)."
    ),
}


def check_quiz_pair(source: SourceFile, english: Path, problems: list[Problem], add: Add) -> None:
    """Compare a translated quiz (``source``) with its ``english`` file; its own mistakes too.

    Each file is parsed as few times as it can be (the app runs this in the background): the
    English once, the translation for its mistakes and once for its markup.
    """
    lesson_id = f"{english.parent.name}/{english.name.removesuffix('.md')}"
    english_source = read_source(english, front_matter_required=False)
    if isinstance(english_source, Problem) or english_source.problems:
        problems.extend(parse_quiz(lesson_id, source)[1])
        return  # the English's own mistakes are reported with it
    english_questions = read_questions(english_source, [])
    ids = [question_id(question.prompt) for question in english_questions]
    quiz, quiz_problems = parse_quiz(lesson_id, source, ids)
    problems.extend(quiz_problems)
    pass_percent = english_source.front_matter.get("pass_percent", DEFAULT_PASS_PERCENT)
    if quiz.pass_percent != pass_percent:
        add(
            source.field_line("pass_percent"),
            Later.gettext(
                "pass_percent is {mine} here and {theirs} in the English: a translation keeps it.",
                mine=quiz.pass_percent,
                theirs=pass_percent,
            ),
        )
    _compare_questions(read_questions(source, []), english_questions, source, english, add)
    compare_links(source, english_source, add)


def _keys(question: QuestionDraft) -> str:
    return "".join("x" if choice.correct else " " for choice in question.choices)


def _compare_questions(
    questions: Sequence[QuestionDraft],
    english_questions: Sequence[QuestionDraft],
    source: SourceFile,
    english: Path,
    add: Add,
) -> None:
    if len(questions) != len(english_questions):
        index = next(
            (
                n
                for n, (a, b) in enumerate(zip(questions, english_questions, strict=False))
                if _keys(a) != _keys(b)
            ),
            min(len(questions), len(english_questions)) - 1,
        )
        index = max(index, 0)
        line = questions[index].line if questions else source.body_line
        english_line = english_questions[index].line if english_questions else 0
        add(
            line,
            Later.ngettext(
                "this translation has {n} question and the English has {theirs} ({where} is "
                "the English question this one should match): translate each ## question, in "
                "the same order.",
                "this translation has {n} questions and the English has {theirs} ({where} is "
                "the English question this one should match): translate each ## question, in "
                "the same order.",
                len(questions),
                theirs=len(english_questions),
                where=place(english, english_line),
            ),
        )
        return
    for question, theirs in zip(questions, english_questions, strict=True):
        where = place(english, theirs.line)
        _compare_question(question, theirs, where, add)


def _compare_question(question: QuestionDraft, theirs: QuestionDraft, where: str, add: Add) -> None:
    if len(question.choices) != len(theirs.choices):
        add(
            question.line,
            Later.ngettext(
                "this question has {n} choice and the English ({where}) has {theirs}: "
                "translate each choice, in the same order.",
                "this question has {n} choices and the English ({where}) has {theirs}: "
                "translate each choice, in the same order.",
                len(question.choices),
                where=where,
                theirs=len(theirs.choices),
            ),
        )
        return
    for number, (choice, english_choice) in enumerate(
        zip(question.choices, theirs.choices, strict=True), start=1
    ):
        if choice.correct != english_choice.correct:
            mark, english_mark = ("[x]", "[ ]") if choice.correct else ("[ ]", "[x]")
            add(
                choice.line,
                Later.gettext(
                    "choice {number} is marked {mine} here and {theirs} in the English "
                    "({where}): keep each choice in its place with its key.",
                    number=number,
                    mine=mark,
                    theirs=english_mark,
                    where=where,
                ),
            )
            return
    if says_true_or_false(question.choices) != says_true_or_false(theirs.choices):
        add(
            question.line,
            Later.gettext(TRUE_OR_FALSE[says_true_or_false(theirs.choices)], where=where),
        )
    for what, mine, english_value in (
        (Later.gettext("a '> Hint:' line"), bool(question.hint), bool(theirs.hint)),
        ("'> Order: fixed'", question.fixed_order, theirs.fixed_order),
        (
            Later.gettext("a ::: facilitator box"),
            bool(question.facilitator),
            bool(theirs.facilitator),
        ),
    ):
        if mine != english_value:
            add(question.line, Later.gettext(KEEP_IT[english_value], where=where, what=what))
