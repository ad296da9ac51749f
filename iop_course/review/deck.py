"""Spaced review for one learner and one course: today's questions, and each answer's effect.

``ReviewDeck`` joins the store (quiz answers and review cards), the course (which lessons and
questions still exist) and a clock. It reads the cards afresh each time, so the home screen and
the review screen always agree, and it writes only review cards: a lesson's status, its Done
and its quiz scores are never touched by a review.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from fsrs import Card, Scheduler

from iop_course.content.model import Course, LessonInfo
from iop_course.review.clock import Clock, as_utc, utc_now
from iop_course.review.daily import DueQuestion, in_review, todays_questions
from iop_course.review.enrolment import first_card, missed_since
from iop_course.review.quiz_shelf import QuizShelf
from iop_course.review.scheduling import (
    card_from_record,
    make_scheduler,
    rating_for,
    record_from_card,
)
from iop_course.store.records import AnswerOutcome
from iop_course.store.review_cards import ReviewCardRecord

if TYPE_CHECKING:
    from iop_course.content.quiz_model import Choice, Question
    from iop_course.store.progress_store import ProgressStore

SECONDS_PER_QUESTION = 30
"""A review question, read and answered with its feedback, takes about half a minute."""


class Candidate(NamedTuple):
    """A question in spaced review: its lesson and id, its card, and its place in the course.

    ``reviews`` counts answers given in spaced review (0 for a card derived from the quiz) and
    ``reviewed_at`` is when the latest was given (None before any); a quiz answer does not
    change either, so it never uses up a day's review.
    """

    lesson_id: str
    question_id: str
    card: Card
    course_order: int
    reviews: int = 0
    reviewed_at: datetime | None = None


class ReviewItem(NamedTuple):
    """One question of today's review, with the lesson it comes from."""

    lesson: LessonInfo
    question: Question
    candidate: Candidate

    def choices_in_order(self, rng: random.Random) -> tuple[Choice, ...]:
        """The question's choices as the quiz would show them: in a fresh order from ``rng``,
        unless the author pinned it (or it is true/false)."""
        if not self.question.shuffled:
            return self.question.natural_order()
        choices = list(self.question.choices)
        rng.shuffle(choices)
        return tuple(choices)


def minutes_for(questions: int) -> int:
    """About how long a review of ``questions`` questions takes, in whole minutes (1 at least)."""
    return max(1, -(-questions * SECONDS_PER_QUESTION // 60))


class ReviewDeck:
    """Today's spaced review, read from the store, and the answers given to it."""

    def __init__(
        self,
        store: ProgressStore,
        course: Course,
        clock: Clock = utc_now,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.store = store
        self.course = course
        self.clock = clock
        self.scheduler = scheduler if scheduler is not None else make_scheduler()
        self.quizzes = QuizShelf()

    def now(self) -> datetime:
        """The clock's time, in UTC."""
        return as_utc(self.clock())

    def candidates(self) -> list[tuple[LessonInfo, Candidate]]:
        """Every question in review whose lesson the course still has, in course order, with
        its card (``todays_questions.in_review``).

        A question answered in a review has its stored card (missed again in the quiz since,
        it is rated Again as of that answer); any other question that entered review has the
        card its quiz answer gives it.
        """
        found = in_review(self.course, self.store.answer_outcomes(), self.store.review_cards())
        return [
            (lesson, self._candidate(answer, kept, order))
            for order, (lesson, answer, kept) in enumerate(found)
        ]

    def todays_questions(self) -> list[DueQuestion]:
        """Today's questions, most useful first, before any quiz is read or any card made: at
        most DAILY_LIMIT a day, none once today's share is answered, and only questions the
        course still has (what the home screen shows; ``items_for`` makes them the review)."""
        return todays_questions(
            self.course,
            self.store.answer_outcomes(),
            self.store.review_cards(),
            self.now(),
            self.scheduler,
            self.quizzes.question_ids,
        )

    def items_for(self, questions: list[DueQuestion]) -> list[ReviewItem]:
        """The review of ``questions`` (``todays_questions``): each question read from its quiz,
        with its card; one the quiz no longer has since it was counted is left out."""
        items = []
        for due in questions:
            question = self.quizzes.question(due.lesson, due.answer.question_id)
            if question is not None:
                candidate = self._candidate(due.answer, due.kept, due.course_order)
                items.append(ReviewItem(due.lesson, question, candidate))
        return items

    def todays_review(self) -> list[ReviewItem]:
        """Today's questions, most useful first, ready to ask (``todays_questions``, then
        ``items_for``)."""
        return self.items_for(self.todays_questions())

    def _candidate(
        self, answer: AnswerOutcome, kept: ReviewCardRecord | None, course_order: int
    ) -> Candidate:
        if kept is None:
            card = first_card(answer, self.scheduler)
            return Candidate(answer.lesson_id, answer.question_id, card, course_order)
        card = missed_since(card_from_record(kept), answer, self.scheduler)
        reviewed_at = as_utc(datetime.fromisoformat(kept.last_review))
        return Candidate(
            answer.lesson_id, answer.question_id, card, course_order, kept.reviews, reviewed_at
        )

    def answer(self, item: ReviewItem, right: bool, helped: bool = False) -> Card:
        """Schedule the item's card after an answer (``helped``: a hint or a second try) and
        keep it; returns the card as now scheduled."""
        candidate = item.candidate
        card, _ = self.scheduler.review_card(
            candidate.card, rating_for(right, helped), review_datetime=self.now()
        )
        self.store.save_review_card(
            record_from_card(
                candidate.lesson_id, candidate.question_id, card, candidate.reviews + 1
            )
        )
        return card
