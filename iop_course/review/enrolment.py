"""Which quiz questions enter spaced review, and the card each one starts with.

Every question the learner ever missed comes back, and so does about one in three of those they
got right on the first try: enough to keep good answers fresh without turning review into a
second quiz. The one in three is chosen from the question's ids, not at random, so the same
questions are chosen on every run and every machine.

Cards are derived from the quiz answers the store already keeps (``QuestionRecord``), not made
by the quiz screen: the quiz answer counts as the card's first review, at the time it was given,
so a question missed today is due tomorrow, and answers given before spaced review existed are
reviewed too. A card is written to the store only once it is answered in a review.
"""

from __future__ import annotations

import zlib
from datetime import datetime
from typing import Protocol

from fsrs import Card, Rating, Scheduler

from iop_course.review.clock import as_utc
from iop_course.review.scheduling import new_card

RIGHT_ANSWERS_KEPT_ONE_IN = 3


class Answered(Protocol):
    """What enrolment reads of a question's record: a ``QuestionRecord``, or the store's
    ``AnswerOutcome`` that today's review counts with."""

    @property
    def lesson_id(self) -> str: ...

    @property
    def question_id(self) -> str: ...

    @property
    def last_correct(self) -> bool: ...

    @property
    def first_try_correct(self) -> bool | None: ...

    @property
    def times_wrong(self) -> int: ...

    @property
    def last_answered(self) -> str: ...


def was_missed(record: Answered) -> bool:
    """True when the learner ever answered the question wrong, on a first try or later."""
    return record.first_try_correct is False or record.times_wrong > 0


def kept_though_right(lesson_id: str, question_id: str) -> bool:
    """The fixed one in RIGHT_ANSWERS_KEPT_ONE_IN of the questions answered right."""
    key = f"{lesson_id}\0{question_id}".encode()
    return zlib.crc32(key) % RIGHT_ANSWERS_KEPT_ONE_IN == 0


def enters_review(record: Answered) -> bool:
    """Every missed question, and the chosen few of those answered right."""
    # was_missed written out: this is asked of every answer kept, before the first paint
    missed = record.first_try_correct is False or record.times_wrong > 0
    return missed or kept_though_right(record.lesson_id, record.question_id)


def quiz_rating(record: Answered) -> Rating:
    """How the quiz went, as the card's first rating: missed on the latest first try is Again,
    right only after missing it is Hard, right every time is Good."""
    if record.first_try_correct is False:
        return Rating.Again
    return Rating.Hard if record.times_wrong > 0 else Rating.Good


def missed_since(card: Card, record: Answered, scheduler: Scheduler) -> Card:
    """A reviewed card, rated Again as of a quiz answer that missed it after its last review
    (a retake); otherwise the card as it is."""
    answered = as_utc(datetime.fromisoformat(record.last_answered))
    if record.last_correct or card.last_review is None or answered <= card.last_review:
        return card
    reviewed, _ = scheduler.review_card(card, Rating.Again, review_datetime=answered)
    return reviewed


def first_card(record: Answered, scheduler: Scheduler) -> Card:
    """The card of a question that entered review, as scheduled by its quiz answer."""
    answered = as_utc(datetime.fromisoformat(record.last_answered))
    card = new_card(record.lesson_id, record.question_id, due=answered)
    reviewed, _ = scheduler.review_card(card, quiz_rating(record), review_datetime=answered)
    return reviewed
