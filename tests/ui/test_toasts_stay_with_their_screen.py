"""A toast raised on one screen goes when the learner moves on: to another screen, or to the next
question; a warning that saving failed stays (issue 15, point 8)."""

from __future__ import annotations

from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.quiz import QuizScreen
from tests.ui.conftest import compact, screen_text
from tests.ui.quiz_helpers import press_choices

LESSON_ID = "01-first-steps/01-noticing"
TICK_FIRST = "Tick at least one choice first"


async def test_a_quiz_toast_goes_with_its_question_and_its_screen(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("c")  # nothing ticked
        await pilot.pause()
        assert next(n.message for n in app._notifications).startswith(TICK_FIRST)
        await pilot.press("l")  # to the lesson: the quiz's note does not follow
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert compact(TICK_FIRST) not in compact(screen_text(app))
        assert not app._notifications


async def test_an_error_about_saving_stays_across_screens(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.notify("Your progress could not be saved.", severity="error")
        app.notify("A passing note.")
        await pilot.pause()
        assert len(app._notifications) == 2
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["Your progress could not be saved."]
