"""Pictures of the key screens at 80x24, on a dark and a light theme, compared with saved SVGs.

Run ``pytest --snapshot-update`` after an intended change of look, and review the new SVGs.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import review_known
from tests.ui.quiz_helpers import press_choices, seed_quiz_order

SMALL = (80, 24)
TINY = (60, 20)
LESSON_ID = "01-first-steps/01-noticing"


@pytest.fixture
def snapshot_app(open_app):
    """An app past the welcome, on the given theme."""

    def make(theme: str = "textual-dark"):
        return open_app(welcome_seen=True, theme=theme)

    return make


def test_home_small_dark(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), terminal_size=SMALL)


def test_lesson_page_with_a_box_small_light(snap_compare, snapshot_app):
    app = snapshot_app("textual-light")

    async def open_page_two(pilot):
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=open_page_two)


def test_quiz_feedback_small_light(snap_compare, snapshot_app):
    app = snapshot_app("textual-light")
    seed_quiz_order(app, LESSON_ID, seed=1)

    async def answer_wrong(pilot):
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Using again")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=answer_wrong)


def test_quiz_question_with_its_story_tiny_dark(snap_compare, snapshot_app):
    app = snapshot_app()
    seed_quiz_order(app, LESSON_ID, seed=1)

    async def open_quiz(pilot):
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()

    assert snap_compare(app, terminal_size=TINY, run_before=open_quiz)


def test_quiz_select_all_ticked_and_marked_tiny_light(snap_compare, snapshot_app):
    app = snapshot_app("textual-light")
    seed_quiz_order(app, LESSON_ID, seed=1)

    async def tick_one(pilot):
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend")
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(app, terminal_size=TINY, run_before=tick_one)


def test_quiz_result_small_dark(snap_compare, snapshot_app):
    app = snapshot_app()
    seed_quiz_order(app, LESSON_ID, seed=1)

    async def finish(pilot):
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend")
        await pilot.press("c", "n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=finish)


def test_get_help_small_dark(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app(), terminal_size=SMALL, press=["g"])


def test_module_intro_small_dark(snap_compare, snapshot_app):
    app = snapshot_app()

    async def open_first_lesson(pilot):
        app.open_lesson(LESSON_ID)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=open_first_lesson)


def test_module_intro_tiny_light(snap_compare, snapshot_app):
    app = snapshot_app("textual-light")

    async def open_first_lesson(pilot):
        app.open_lesson(LESSON_ID)
        await pilot.pause()

    assert snap_compare(app, terminal_size=TINY, run_before=open_first_lesson)


def test_last_page_with_its_sources_tiny_dark(snap_compare, snapshot_app):
    app = snapshot_app()
    app.store.set_page(LESSON_ID, 2)

    async def open_the_last_page(pilot):
        app.open_lesson(LESSON_ID)
        await pilot.pause()

    assert snap_compare(app, terminal_size=TINY, run_before=open_the_last_page)


def test_how_to_use_over_a_lesson_small_dark(snap_compare, snapshot_app):
    app = snapshot_app()

    async def open_help_over_a_lesson(pilot):
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=open_help_over_a_lesson)


def missed_both_two_days_ago(app) -> None:
    """The learner missed both questions; spaced review's clock is two days on."""
    from datetime import datetime, timedelta, timezone

    for question_id in (
        "which-comes-first-usually",
        "select-all-that-apply-which-help-ride-out-a-craving",
    ):
        app.store.record_answer(LESSON_ID, question_id, ["x"], False, "first")
    later = datetime.now(timezone.utc) + timedelta(days=2)
    app.reviews.clock = lambda: later


def test_home_offering_a_review_tiny_dark(snap_compare, snapshot_app):
    app = snapshot_app()
    missed_both_two_days_ago(app)

    async def wait_for_the_offer(pilot):
        await review_known(app, pilot)

    assert snap_compare(app, terminal_size=TINY, run_before=wait_for_the_offer)


def test_review_feedback_small_light(snap_compare, snapshot_app):
    import random

    from iop_course.ui.screens.review import ReviewScreen

    app = snapshot_app("textual-light")
    missed_both_two_days_ago(app)

    async def answer_the_first(pilot):
        app.push_screen(ReviewScreen(app.reviews.todays_review(), rng=random.Random(1)))
        await pilot.pause()
        await press_choices(pilot, "Feelings")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SMALL, run_before=answer_the_first)
