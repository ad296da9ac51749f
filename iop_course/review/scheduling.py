"""How fsrs is set up for a course, and how a learner's answer becomes an fsrs rating.

fsrs is built for flashcards studied many times a day, with learning steps of minutes. A course
learner comes back once a day at most, so every step here is in days: a missed question comes
back tomorrow, not in ten minutes. Intervals stop at a year, which keeps every date far inside
what the progress file accepts. Fuzzing (fsrs's small random spread of intervals, so cards
learned together do not stay together) is on in the app and off in tests.
"""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from iop_course.store.review_cards import ReviewCardRecord, ReviewState

LEARNING_STEPS = (timedelta(days=1),)
RELEARNING_STEPS = (timedelta(days=1),)
MAXIMUM_INTERVAL_DAYS = 365
DESIRED_RETENTION = 0.9

_STATES = {
    State.Learning: ReviewState.LEARNING,
    State.Review: ReviewState.REVIEW,
    State.Relearning: ReviewState.RELEARNING,
}
_FSRS_STATES = {words: state for state, words in _STATES.items()}


def make_scheduler(fuzzing: bool = True) -> Scheduler:
    """The course's fsrs scheduler: steps of one day, intervals of at most a year."""
    return Scheduler(
        desired_retention=DESIRED_RETENTION,
        learning_steps=LEARNING_STEPS,
        relearning_steps=RELEARNING_STEPS,
        maximum_interval=MAXIMUM_INTERVAL_DAYS,
        enable_fuzzing=fuzzing,
    )


def rating_for(right: bool, helped: bool) -> Rating:
    """Wrong is Again; right is Good, or Hard when it took a hint or a second try."""
    if not right:
        return Rating.Again
    return Rating.Hard if helped else Rating.Good


def card_number(lesson_id: str, question_id: str) -> int:
    """A stable id for a question's card (fsrs would otherwise use the clock and sleep)."""
    return zlib.crc32(f"{lesson_id}\0{question_id}".encode())


def new_card(lesson_id: str, question_id: str, due: datetime) -> Card:
    """A card never reviewed, due at ``due`` (a UTC moment)."""
    return Card(card_id=card_number(lesson_id, question_id), due=due)


def card_from_record(record: ReviewCardRecord) -> Card:
    """The fsrs card a stored record describes."""
    return Card(
        card_id=card_number(record.lesson_id, record.question_id),
        state=_FSRS_STATES[record.state],
        step=record.step,
        stability=record.stability,
        difficulty=record.difficulty,
        due=datetime.fromisoformat(record.due),
        last_review=datetime.fromisoformat(record.last_review),
    )


def record_from_card(
    lesson_id: str, question_id: str, card: Card, reviews: int
) -> ReviewCardRecord:
    """What the store keeps of a card the scheduler has just reviewed."""
    if card.stability is None or card.difficulty is None or card.last_review is None:
        raise ValueError("only a card that has been reviewed can be kept")
    return ReviewCardRecord(
        lesson_id=lesson_id,
        question_id=question_id,
        state=_STATES[card.state],
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due.isoformat(),
        last_review=card.last_review.isoformat(),
        reviews=reviews,
    )
