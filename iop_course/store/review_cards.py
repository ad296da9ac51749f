"""The spaced-review cards table: one card per quiz question the learner has reviewed.

Spaced review (iop_course.review) brings missed questions back days later. Its scheduler (fsrs)
keeps a small state per question: where the card is (learning, review, relearning), its learning
step, its stability and difficulty, when it is next due and when it was last reviewed. That state
is kept here, one document per (learner, lesson_id, question_id), with every field checked on
reading like every other table (validation.py). A card is written only once the learner has
answered it in a review; until then the review package derives it from the quiz answers.

This module knows nothing of fsrs: the fields are plain JSON, so the file stays readable and the
store stays independent of the scheduler's library.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tinydb import Query
from tinydb.table import Table

from iop_course.store.json_limits import checked_json_copy

REVIEW_CARDS_TABLE = "review_cards"
LARGEST_SCHEDULER_NUMBER = 1e6
"""Far above any stability (days) or difficulty fsrs gives, far below what JSON can hold."""


class ReviewState(str, Enum):
    """Where a card is in spaced review; stored as its string value."""

    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"


@dataclass(frozen=True)
class ReviewCardRecord:
    """One question's spaced-review state, as the scheduler left it after the latest review.

    ``due`` and ``last_review`` are ISO 8601 UTC times; ``step`` is None in the review state;
    ``reviews`` counts the answers given to this card in spaced review.
    """

    lesson_id: str
    question_id: str
    state: ReviewState
    step: int | None
    stability: float
    difficulty: float
    due: str
    last_review: str
    reviews: int


def is_scheduler_number(value: Any) -> bool:
    """A finite number above 0 and at most LARGEST_SCHEDULER_NUMBER (never a bool)."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= LARGEST_SCHEDULER_NUMBER
    )


def card_from_document(document: Mapping[str, Any]) -> ReviewCardRecord:
    """A stored card (already checked field by field when the file was read)."""
    return ReviewCardRecord(
        lesson_id=document["lesson_id"],
        question_id=document["question_id"],
        state=ReviewState(document["state"]),
        step=document["step"],
        stability=float(document["stability"]),
        difficulty=float(document["difficulty"]),
        due=document["due"],
        last_review=document["last_review"],
        reviews=document["reviews"],
    )


def card_to_document(learner: str, card: ReviewCardRecord) -> dict[str, Any]:
    """The document for ``card``; ValueError or TypeError (nothing written) if a field could
    not be read back, so the store never writes what it would call damaged."""
    from iop_course.store.validation import REVIEW_CARD_FIELDS

    document = {
        "learner": learner,
        "lesson_id": card.lesson_id,
        "question_id": card.question_id,
        "state": ReviewState(card.state).value,
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": card.due,
        "last_review": card.last_review,
        "reviews": card.reviews,
    }
    for name, check in REVIEW_CARD_FIELDS.items():
        if not check(document[name]):
            raise ValueError(f"a review card's {name} cannot be {document[name]!r}")
    return checked_json_copy(document)


def all_cards(table: Table, learner: str) -> list[ReviewCardRecord]:
    """Every card of ``learner``, in the order first reviewed."""
    documents = table.search(Query().fragment({"learner": learner}))
    return [
        card_from_document(document)
        for document in sorted(documents, key=lambda document: document.doc_id)
    ]


def save_card(table: Table, learner: str, card: ReviewCardRecord) -> None:
    """Keep ``card`` in place of that question's previous card."""
    document = card_to_document(learner, card)
    table.upsert(
        document,
        Query().fragment(
            {"learner": learner, "lesson_id": card.lesson_id, "question_id": card.question_id}
        ),
    )
