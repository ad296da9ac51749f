"""One learner, one record: plain mode and the full-screen app pick up where the other stopped.

Plain mode writes the page reached, the quiz in progress and the place to resume into the same
store, so the full-screen app (driven here through Textual's Pilot) opens where plain mode was,
and plain mode opens where the full-screen app was.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.quiz import QuizScreen
from tests.plain.conversation import run_plain, script
from tests.ui.conftest import FIXTURE_COURSE

LESSON_ID = "01-first-steps/01-noticing"


async def test_the_full_screen_app_reopens_the_page_plain_mode_reached(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _, said = run_plain(FIXTURE_COURSE, data, script("", "", "", "", "", "q"))
    assert "Page 3 of 3: Third page" in said
    store = ProgressStore.open(data)
    app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LessonScreen)
            assert app.screen.info.id == LESSON_ID and app.screen.page_index == 2
    finally:
        store.close()


async def test_the_full_screen_app_resumes_the_quiz_plain_mode_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    answers = script("", "", "", "", "", "", "", "2", "", "q")
    _, said = run_plain(FIXTURE_COURSE, data, answers)
    assert "Question 2 of 2." in said
    store = ProgressStore.open(data)
    app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QuizScreen)
            assert app.screen.session is not None and app.screen.session.position == 1
    finally:
        store.close()


def test_plain_mode_reopens_the_page_the_full_screen_app_reached(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.set_page(LESSON_ID, 1)
        store.set_setting("screen", "lesson")
    _, said = run_plain(FIXTURE_COURSE, data, script("q"))
    assert "Page 2 of 3: Second page" in said
    assert "Page 1 of 3" not in said
