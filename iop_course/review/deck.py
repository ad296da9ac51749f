"""Spaced review for one learner and one course: today's questions, and each answer's effect.

``ReviewDeck`` joins the store (quiz answers and review cards), the course (which lessons and
questions still exist) and a clock. It reads the cards afresh each time, so the home screen and
the review screen always agree, and it writes only review cards: a lesson's status, its Done
and its quiz scores are never touched by a review.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from fsrs import Card, Scheduler

from iop_course.content.model import Course, LessonInfo
from iop_course.content.quiz_model import Choice, Question
from iop_course.review.clock import Clock, as_utc, utc_now
from iop_course.review.daily import Candidate, room_today, todays_share
from iop_course.review.enrolment import enters_review, first_card, missed_since
from iop_course.review.quiz_shelf import QuizShelf
from iop_course.review.scheduling import (
    card_from_record,
    make_scheduler,
    rating_for,
    record_from_card,
)

if TYPE_CHECKING:
    from iop_course.store.progress_store import ProgressStore

SECONDS_PER_QUESTION = 30
"""A review question, read and answered with its feedback, takes about half a minute."""


@dataclass(frozen=True)
class ReviewItem:
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
        """Every question in review whose lesson the course still has, in course order.

        A question answered in a review has its stored card (missed again in the quiz since,
        it is rated Again as of that answer); any other question that entered review has the
        card its quiz answer gives it.
        """
        stored = {(card.lesson_id, card.question_id): card for card in self.store.review_cards()}
        answers = self.store.answers_by_lesson()
        found: list[tuple[LessonInfo, Candidate]] = []
        for lesson in self.course.lessons():
            for record in answers.get(lesson.id, ()):
                key = (lesson.id, record.question_id)
                kept = stored.get(key)
                if kept is not None:
                    card = missed_since(card_from_record(kept), record, self.scheduler)
                    reviews, reviewed_at = (
                        kept.reviews,
                        as_utc(datetime.fromisoformat(kept.last_review)),
                    )
                elif enters_review(record):
                    card, reviews, reviewed_at = first_card(record, self.scheduler), 0, None
                else:
                    continue
                found.append(
                    (
                        lesson,
                        Candidate(
                            lesson.id, record.question_id, card, len(found), reviews, reviewed_at
                        ),
                    )
                )
        return found

    def todays_review(self) -> list[ReviewItem]:
        """Today's questions, most useful first: at most DAILY_LIMIT a day, none once today's
        share is answered, and only questions the course still has."""
        now = self.now()
        found = self.candidates()
        lessons = {candidate.lesson_id: lesson for lesson, candidate in found}
        candidates = [candidate for _, candidate in found]
        room = room_today(candidates, now)
        items: list[ReviewItem] = []
        for candidate in todays_share(candidates, now, self.scheduler):
            if len(items) >= room:
                break
            lesson = lessons[candidate.lesson_id]
            question = self.quizzes.question(lesson, candidate.question_id)
            if question is not None:
                items.append(ReviewItem(lesson, question, candidate))
        return items

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
