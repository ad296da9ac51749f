"""Welcome back: a returning learner who reopens on a lesson, with a review ready, is told so in
one line with its keys, and no count of anything missed or overdue (issue 15, point 10)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.welcome_back import WelcomeBackDialog
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.recovery_plan import RecoveryPlanScreen
from iop_course.ui.screens.review import ReviewScreen
from tests.ui.conftest import FIXTURE_COURSE, compact, screen_text

LESSON_ID = "01-first-steps/01-noticing"
NEXT_ID = "01-first-steps/02-next-step"


def returning_app(data_dir, days: float = 3, on_lesson: bool = True) -> CourseApp:
    store = ProgressStore.open(data_dir)
    store.set_setting("welcome_seen", True)
    store.record_answer(LESSON_ID, "which-comes-first-usually", ["a"], False, "first")
    store.record_quiz_score(LESSON_ID, 0, 50)
    store.mark_lesson_done(LESSON_ID)
    if on_lesson:
        store.set_page(NEXT_ID, 0)
        store.set_setting("screen", "lesson")
    later = datetime.now(timezone.utc) + timedelta(days=days)
    return CourseApp(load_course(FIXTURE_COURSE), store, review_clock=lambda: later)


@pytest.mark.parametrize(
    ("key", "lands_on"), [("r", ReviewScreen), ("m", RecoveryPlanScreen), ("c", LessonScreen)]
)
async def test_reopening_on_a_lesson_with_a_review_ready_says_so(data_dir, key, lands_on):
    app = returning_app(data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(60):  # today's review is built a moment after the lesson shows
                await pilot.pause(0.05)
                if isinstance(app.screen, WelcomeBackDialog):
                    break
            assert isinstance(app.screen, WelcomeBackDialog)
            for _ in range(10):  # drawn a frame after it is pushed
                await pilot.pause(0.05)
                if "review" in screen_text(app):
                    break
            text = compact(screen_text(app))
            assert compact("A short review is ready, about 1 minute.") in text
            for words in ("Review (r)", "Carry on (c)", "My plan (m)"):
                assert compact(words) in text
            assert not re.search(r"missed|overdue|late|\d+ questions?", screen_text(app))
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, lands_on)
    finally:
        app.store.close()


async def test_nothing_is_said_when_no_review_is_ready(data_dir):
    app = returning_app(data_dir, days=0)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(6):
                await pilot.pause(0.05)
            app.todays_review.build()
            await pilot.pause(0.5)
            assert isinstance(app.screen, LessonScreen)
    finally:
        app.store.close()


async def test_its_three_buttons_sit_on_one_row(data_dir):
    """Found retrying point 10 in tmux: Review (r) sat a row below Carry on and My plan (the
    shared dialogs' margin for their one button), so it read as a separate line."""
    from textual.app import App, ComposeResult
    from textual.widgets import Button

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            return iter(())

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(WelcomeBackDialog(2))
        await pilot.pause()
        rows = {button.id: button.region.y for button in app.screen.query(Button)}
        assert len(rows) == 3 and len(set(rows.values())) == 1, rows
