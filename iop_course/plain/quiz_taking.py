"""Quizzes and today's review in plain mode: a question, its numbered choices, a verdict first.

A question is read as its story, its words, how to answer (pick one, or select all), then its
choices numbered from 1 in the order this learner sees them. A number answers; for "select all",
several numbers separated by spaces or commas. The verdict comes first ("Right." or "Not
quite."), then the feedback for each choice and why it matters. The quiz moves through
``QuizRun``, the same steps as the full-screen app (each answer saved at once); today's review
schedules each answer as it is given.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from iop_course.content.loader import ContentUnreadable, open_quiz
from iop_course.content.model import LessonInfo
from iop_course.content.quiz_model import Choice, Question
from iop_course.content.quiz_session import Phase, QuizSession
from iop_course.i18n import _
from iop_course.learning.quiz_run import QuizRun
from iop_course.learning.resume_place import HOME
from iop_course.plain import words
from iop_course.plain.plain_text import parts_of
from iop_course.plain.prompting import Navigate, Prompt, read_line

if TYPE_CHECKING:
    from iop_course.plain.plain_course import PlainCourse

NUMBERS = re.compile(r"^[\d\s,]+$")


def take_quiz(
    course: PlainCourse, info: LessonInfo, retake_after: QuizSession | None = None
) -> None:
    """The quiz from its saved question (or the first) to its result; after ``retake_after``
    (a finished session), a new try in a new order."""
    say = course.console.say
    try:
        opened = open_quiz(info)
        quiz = opened[0] if opened is not None and opened[0].questions else None
        why = words.QUIZ_NO_QUESTION
    except ContentUnreadable as error:
        quiz, why = None, _(error.problem.message)
    if quiz is None:
        say(words.QUIZ_CANNOT_RUN.format(why=why))
        return
    run = QuizRun(course.store, info, quiz)
    session = run.begin(retake_after=retake_after, rng=course.rng)
    say("")
    say(words.QUIZ_TITLE.format(title=info.title))
    while not session.mastered():
        question = run.question
        assert question is not None
        if session.phase is Phase.REVIEW and session.position == 0 and not session.answered:
            say(words.PRACTICE_START)
        template = words.QUESTION_OF if session.phase is Phase.FIRST else words.PRACTICE_OF
        say("")
        say(template.format(number=session.position + 1, total=len(session.round)))
        shown = run.choices()
        if not session.answered:
            picked, _hint_read = ask_question(course, question, shown)
            run.answer(picked)
        say_feedback(course, question, set(session.current_pick or ()), shown)
        next_step = words.SEE_SCORE if run.last_in_round else words.NEXT_QUESTION
        read_line(
            course, Prompt((next_step, words.LESSONS, words.HELP, words.QUIT), frozenset({""}))
        )
        run.advance()
    _result(course, info, run)


def _result(course: PlainCourse, info: LessonInfo, run: QuizRun) -> None:
    say = course.console.say
    session, quiz = run.session, run.quiz
    assert session is not None
    total = len(quiz.questions)
    right = session.right_first_time
    course.remember(HOME)
    say("")
    say(
        words.SCORE.format(
            right=right, total=total, percent=session.score_percent, pass_percent=quiz.pass_percent
        )
    )
    if not session.passed(quiz.pass_percent):
        say(words.NOT_PASSED)
    else:
        say(words.PASSED if right == total else words.PASSED_AFTER_PRACTICE)
    after = course.course.lesson_after(info.id)
    say(words.LAST_LESSON if after is None else words.NEXT_LESSON_IS.format(title=after.title))
    phrases = (words.NEXT_LESSON,) if after is not None else ()
    line = read_line(
        course,
        Prompt(
            (*phrases, words.AGAIN, words.LESSONS, words.HELP, words.QUIT),
            frozenset({"a", ""} if after is not None else {"a"}),
        ),
    )
    if line.strip().lower() == "a":
        raise Navigate(lambda: course.take_quiz(info, retake_after=session))
    if after is not None:
        raise Navigate(lambda: course.open_lesson(after.id))


def ask_question(
    course: PlainCourse, question: Question, shown: tuple[Choice, ...]
) -> tuple[set[str], bool]:
    """Read the question and its numbered choices; the ids picked, and whether a hint was read."""
    say = course.console.say

    def read_question() -> None:
        for text in (*parts_of(question.scenario), *parts_of(question.prompt)):
            say(text)
        how = words.SELECT_ALL if question.select_all else words.PICK_ONE
        if not question.prompt.lower().startswith(how.lower().rstrip(".")):
            say(how)
        for number, choice in enumerate(shown, start=1):
            text = " ".join(parts_of(choice.text)) or choice.text
            say(words.CHOICE_LINE.format(number=number, text=text))

    read_question()
    last = len(shown)
    answer = words.ANSWER_ALL if question.select_all else words.ANSWER_ONE.format(last=last)
    phrases = (
        (answer, words.HINT, words.HELP, words.QUIT)
        if question.hint
        else (answer, words.HELP, words.QUIT)
    )
    hinted = False
    while True:
        line = read_line(
            course,
            Prompt(
                phrases,
                frozenset({"h"}),
                takes=lambda typed: NUMBERS.match(typed) is not None,
                recap=read_question,
            ),
        )
        if line.strip().lower() == "h":
            say(words.HINT_TEXT.format(hint=question.hint) if question.hint else words.NO_HINT)
            hinted = hinted or bool(question.hint)
            continue
        numbers = [int(n) for n in re.split(r"[\s,]+", line.strip()) if n]
        if not numbers or any(not 1 <= n <= last for n in numbers):
            say(words.NUMBER_RANGE.format(last=last))
            continue
        if not question.select_all and len(set(numbers)) > 1:
            say(words.ONE_NUMBER.format(last=last))
            continue
        return {shown[n - 1].id for n in numbers}, hinted


def say_feedback(
    course: PlainCourse, question: Question, picked: set[str], shown: tuple[Choice, ...]
) -> None:
    """The verdict, then the feedback written for each choice that matters, then why."""
    say = course.console.say
    say("")
    say(words.RIGHT if question.is_right(picked) else words.NOT_RIGHT)
    for line in feedback_lines(question, picked, shown):
        say(line)
    if question.explanation:
        say(words.WHY.format(explanation=" ".join(parts_of(question.explanation))))


def feedback_lines(question: Question, picked: set[str], shown: tuple[Choice, ...]) -> list[str]:
    """The author's feedback, choice by choice in the order shown (every choice for "select
    all", where leaving a wrong choice unticked is a right decision too)."""

    def plain(markdown: str) -> str:
        return " ".join(parts_of(markdown))

    if question.select_all:
        templates = {
            (True, True): words.RIGHT_CHOICE_TICKED,
            (True, False): words.RIGHT_CHOICE_MISSED,
            (False, True): words.WRONG_CHOICE_TICKED,
            (False, False): words.WRONG_CHOICE_LEFT,
        }
        return [
            templates[(choice.correct, choice.id in picked)].format(
                text=plain(choice.text), feedback=plain(choice.feedback)
            )
            for choice in shown
        ]
    lines = [
        words.YOU_PICKED.format(text=plain(c.text), feedback=plain(c.feedback))
        for c in shown
        if c.id in picked
    ]
    if not question.is_right(picked):
        lines += [
            words.BEST_ANSWER.format(text=plain(c.text), feedback=plain(c.feedback))
            for c in shown
            if c.correct
        ]
    return lines


def take_review(course: PlainCourse) -> None:
    """Today's review: each question answered is scheduled at once; then a kind word."""
    from iop_course.review.deck import ReviewDeck

    say = course.console.say
    deck = ReviewDeck(course.store, course.course, clock=course.clock)
    items = deck.todays_review()
    say("")
    say(words.REVIEW_TITLE)
    for number, item in enumerate(items, start=1):
        say("")
        say(words.REVIEW_OF.format(number=number, total=len(items), lesson=item.lesson.title))
        shown = item.choices_in_order(course.rng)
        picked, hinted = ask_question(course, item.question, shown)
        right = item.question.is_right(picked)
        deck.answer(item, right, helped=hinted)
        say_feedback(course, item.question, picked, shown)
        if number < len(items):
            read_line(
                course,
                Prompt(
                    (words.NEXT_QUESTION, words.LESSONS, words.HELP, words.QUIT), frozenset({""})
                ),
            )
    say("")
    say(words.REVIEW_DONE)
