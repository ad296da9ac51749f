"""Going to the next question lays the quiz screen out once, not three times.

The question, its choices, the feedback and the footer's keys all change size on each step;
Textual used to lay the screen out again for every size that changed, which made the next
question much slower than a bare app's (benchmarks/learning_loop.py measures the time).
"""

from __future__ import annotations

from iop_course.ui.screens.quiz import QuizScreen
from tests.ui.conftest import LayoutCounter
from tests.ui.quiz_helpers import press_choices

LESSON_ID = "01-first-steps/01-noticing"


async def test_the_next_question_is_laid_out_in_one_pass(open_app, monkeypatch):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await press_choices(pilot, "Feelings")
        layouts = LayoutCounter(screen, monkeypatch)
        await layouts.settle(pilot)
        first_prompt = screen.query_one("#question").render()
        await pilot.press("n")
        next_layouts = await layouts.settle(pilot)
        assert screen.query_one("#question").render() != first_prompt, "a new question shows"
        assert next_layouts == 1
