"""Today's review: at most ten questions, the most useful first, and never a pile.

A card is due on the learner's calendar day it falls on (a question missed at 6 pm comes back
the next morning, not the next evening). Of the cards due, those the learner is most likely to
have forgotten come first (fsrs's retrievability: the chance of recalling it now), then the
longest waiting, then course order. At most DAILY_LIMIT a day, counting answers already given
today, so stopping halfway and coming back later never adds more.

After a long break nothing piles up: the cards waiting are not counted or shown anywhere, only
today's share is offered, and the rest come back on the following days, DAILY_LIMIT at most a
day, the most useful first. A missed card comes back one day later, so the waiting cards only
shrink when nothing new is learned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Scheduler

from iop_course.review.clock import as_utc, local_day

DAILY_LIMIT = 10


@dataclass(frozen=True)
class Candidate:
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


def is_due(card: Card, now: datetime) -> bool:
    """True when the card falls due on the learner's day of ``now``, or before."""
    return local_day(card.due) <= local_day(now)


def answered_today(candidates: Iterable[Candidate], now: datetime) -> int:
    """How many questions were answered in spaced review today (each card counts once)."""
    return sum(
        1
        for candidate in candidates
        if candidate.reviewed_at is not None and local_day(candidate.reviewed_at) == local_day(now)
    )


def todays_share(
    candidates: Iterable[Candidate], now: datetime, scheduler: Scheduler
) -> list[Candidate]:
    """Every due card, the most useful first; the caller takes what today still allows
    (``room_today``) after skipping questions the course no longer has."""
    moment = as_utc(now)
    due = [candidate for candidate in candidates if is_due(candidate.card, moment)]
    return sorted(
        due,
        key=lambda candidate: (
            scheduler.get_card_retrievability(candidate.card, moment),
            candidate.card.due,
            candidate.course_order,
        ),
    )


def room_today(candidates: Iterable[Candidate], now: datetime) -> int:
    """How many more questions today's review may ask: DAILY_LIMIT less those answered."""
    return max(DAILY_LIMIT - answered_today(candidates, now), 0)
