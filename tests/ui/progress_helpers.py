"""A course with two modules and a store with progress in both, for the progress screen and
"Delete my data" tests."""

from __future__ import annotations

from pathlib import Path

from iop_course.store import ProgressStore

TWO_MODULES = Path(__file__).resolve().parent.parent / "fixtures" / "two_modules"
NOTICING = "01-first-steps/01-noticing"
SLEEP = "02-staying-well/01-sleep"
PEOPLE = "02-staying-well/02-people"
NOTICING_SCORES = (40, 60, 100, 80, 100, 20, 70, 90, 100, 100, 50, 60)


def fill_with_progress(store: ProgressStore) -> None:
    """Two lessons done (one per module), one in progress, and scores for three quizzes."""
    store.mark_lesson_done(NOTICING)
    store.mark_lesson_done(SLEEP)
    store.set_page(PEOPLE, 0)
    for percent in NOTICING_SCORES:
        store.record_quiz_score(NOTICING, percent, 80)
    store.record_quiz_score(SLEEP, 50, 80)
    store.record_quiz_score(PEOPLE, 70, 80)
    store.record_quiz_score(PEOPLE, 90, 80)
    store.set_setting("screen", "home")
