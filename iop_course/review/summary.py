"""How much of spaced review is learned, for the progress screen ("12 learned, 5 learning").

A question counts as learned once fsrs has it in the review state with a stability above
LEARNED_STABILITY_DAYS: the learner would most likely still recall it a week from now. Every
other question in review is still being learned. No overdue counts, by design, and neither
number depends on today's date: a long break never makes the learned count fall.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fsrs import State

from iop_course.content.model import Course
from iop_course.review.deck import ReviewDeck

if TYPE_CHECKING:
    from iop_course.store.progress_store import ProgressStore

LEARNED_STABILITY_DAYS = 7.0


@dataclass(frozen=True)
class ReviewSummary:
    """Questions in spaced review that are learned, and those still being learned."""

    learned: int
    learning: int


def review_summary(store: ProgressStore, course: Course) -> ReviewSummary:
    """Count the questions in review (of lessons and questions the course still has)."""
    return summarise(ReviewDeck(store, course))


def summarise(deck: ReviewDeck) -> ReviewSummary:
    """``review_summary`` for an existing deck (the app's ``reviews``), whose quizzes' ids are
    read already."""
    learned = learning = 0
    for lesson, candidate in deck.candidates():
        ids = deck.quizzes.question_ids(lesson)
        if ids is None or candidate.question_id not in ids:
            continue
        card = candidate.card
        if card.state is State.Review and (card.stability or 0) > LEARNED_STABILITY_DAYS:
            learned += 1
        else:
            learning += 1
    return ReviewSummary(learned=learned, learning=learning)
