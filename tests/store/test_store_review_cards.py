"""The review-cards table: kept whole across a reopen, checked like every table, never damaged.

Spaced review keeps one fsrs card per question here (schema version 3). A damaged card must be
treated like any damaged record (the file kept aside, the backup used), and the store must refuse
to write a card it would later call damaged.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from iop_course.store import ProgressStore
from iop_course.store.review_cards import ReviewCardRecord, ReviewState
from iop_course.store.schema import SCHEMA_VERSION

CARD = ReviewCardRecord(
    lesson_id="m/l",
    question_id="q1",
    state=ReviewState.RELEARNING,
    step=0,
    stability=1.25,
    difficulty=6.5,
    due="2026-03-04T12:00:00+00:00",
    last_review="2026-03-03T12:00:00+00:00",
    reviews=2,
)
CARD_DOCUMENT = {
    "learner": "me",
    "lesson_id": "m/l",
    "question_id": "q1",
    "state": "relearning",
    "step": 0,
    "stability": 1.25,
    "difficulty": 6.5,
    "due": "2026-03-04T12:00:00+00:00",
    "last_review": "2026-03-03T12:00:00+00:00",
    "reviews": 2,
}


def version_3_file(card: dict[str, Any]) -> str:
    """A valid progress file of this version with one lesson and one review card."""
    return json.dumps(
        {
            "meta": {"1": {"schema_version": SCHEMA_VERSION}},
            "lessons": {
                "1": {
                    "learner": "me",
                    "lesson_id": "m/l",
                    "status": "done",
                    "page": 2,
                    "where": "lesson",
                    "updated_at": "2026-01-02T03:04:05.000006+00:00",
                }
            },
            "review_cards": {"1": card},
        }
    )


def test_cards_round_trip_and_replace_each_other(open_store, data_dir: Path) -> None:
    store = open_store()
    store.save_review_card(CARD)
    store.save_review_card(replace(CARD, question_id="q2", state=ReviewState.REVIEW, step=None))
    later = replace(CARD, reviews=3, stability=9.5, due="2026-03-13T12:00:00+00:00")
    store.save_review_card(later)
    store.close()
    with ProgressStore.open(data_dir) as reopened:
        cards = reopened.review_cards()
    assert cards == [later, replace(CARD, question_id="q2", state=ReviewState.REVIEW, step=None)]
    on_disk = json.loads((data_dir / "progress.json").read_text("utf-8"))
    assert on_disk["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 3
    assert len(on_disk["review_cards"]) == 2


def test_a_good_card_file_opens_without_recovery(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "progress.json").write_text(version_3_file(CARD_DOCUMENT), "utf-8")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
        assert store.review_cards() == [CARD]


DAMAGED_CARDS = {
    "state unknown": ("state", "forgotten"),
    "state as fsrs's number": ("state", 3),
    "step that is text": ("step", "0"),
    "step below zero": ("step", -1),
    "stability zero": ("stability", 0),
    "stability negative": ("stability", -2.0),
    "stability huge": ("stability", 1e300),
    "difficulty true": ("difficulty", True),
    "difficulty null": ("difficulty", None),
    "due without offset": ("due", "2026-03-04T12:00:00"),
    "due in year 9999": ("due", "9999-01-01T00:00:00+00:00"),
    "last review null": ("last_review", None),
    "reviews a float": ("reviews", 1.5),
    "question id a number": ("question_id", 7),
    "a missing field": ("reviews", KeyError),
}


@pytest.mark.parametrize("field, value", DAMAGED_CARDS.values(), ids=DAMAGED_CARDS.keys())
def test_a_damaged_card_counts_as_damage(data_dir: Path, field: str, value: object) -> None:
    """The damaged file is kept aside and the backup (the last good file) used."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    progress.write_text(version_3_file(CARD_DOCUMENT), "utf-8")
    ProgressStore.open(data_dir).close()
    card = dict(CARD_DOCUMENT)
    if value is KeyError:
        del card[field]
    else:
        card[field] = value
    progress.write_text(version_3_file(card), "utf-8")
    with ProgressStore.open(data_dir) as store:
        notice = store.recovery
        assert notice is not None and notice.restored_from_backup, notice
        assert store.review_cards() == [CARD]


def test_a_version_2_file_gains_the_table_without_losing_anything(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "progress.json").write_text(
        json.dumps(
            {
                "meta": {"1": {"schema_version": 2}},
                "settings": {"1": {"learner": "me", "key": "theme", "value": "x"}},
            }
        ),
        "utf-8",
    )
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
        assert store.get_setting("theme") == "x" and store.review_cards() == []
        store.save_review_card(CARD)
    with ProgressStore.open(data_dir) as store:
        assert store.review_cards() == [CARD]


@pytest.mark.parametrize(
    "change",
    [
        {"stability": float("nan")},
        {"stability": 0.0},
        {"difficulty": float("inf")},
        {"due": "yesterday"},
        {"reviews": -1},
        {"step": 1.5},
    ],
)
def test_the_store_never_writes_a_card_it_would_call_damaged(
    open_store, change: dict[str, Any]
) -> None:
    store = open_store()
    with pytest.raises((ValueError, TypeError)):
        store.save_review_card(replace(CARD, **change))
    assert store.review_cards() == []


def test_review_answers_count_as_progress_so_an_older_backup_never_wins(open_store) -> None:
    """The backup rule compares progress amounts: a review answered is progress too."""
    from iop_course.store.schema import progress_amount

    before = {"review_cards": {"1": dict(CARD_DOCUMENT)}}
    after = {"review_cards": {"1": {**CARD_DOCUMENT, "reviews": 3}}}
    assert progress_amount(after) > progress_amount(before)
