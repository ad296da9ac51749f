"""Defects a QA pass found in the quiz keys (issue 15): a number that ticks a "select all"
choice marks it, so ↓ goes on from there; held Space never stacks notices over the quiz; and
the footer names the numbers the question really has."""

from __future__ import annotations

from iop_course.ui.answer_keys import NOTHING_MARKED
from iop_course.ui.screens.quiz import QuizScreen
from iop_course.ui.widgets.choice_list import ChoiceList
from tests.ui.conftest import screen_text
from tests.ui.quiz_helpers import press_choices

LESSON_ID = "01-first-steps/01-noticing"


async def _to_the_select_all_question(app, pilot) -> ChoiceList:
    await pilot.pause()
    app.open_lesson(LESSON_ID, quiz=True)
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    await press_choices(pilot, "Feelings")
    await pilot.press("n")
    await pilot.pause()
    choices = app.screen.query_one(ChoiceList)
    assert choices.select_all
    return choices


async def test_down_after_ticking_by_number_goes_on_from_the_ticked_choice(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        choices = await _to_the_select_all_question(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        assert choices.highlighted == 1  # the ticked choice is the marked one
        await pilot.press("down")
        await pilot.pause()
        assert choices.highlighted == 2
        await pilot.press("up", "up")
        assert choices.highlighted == 0


async def test_space_held_at_the_lessons_end_leaves_one_notice_at_most(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        for _ in range(40):  # a key held down: the lesson's end, then on into the quiz
            await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        told = [n for n in app._notifications if n.message == NOTHING_MARKED]
        assert len(told) == 1
        assert screen_text(app).count("Press a choice's number") <= 1


async def test_the_footer_names_the_numbers_the_question_has(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "1-2 Pick" in footer and "1-9" not in footer and "1-7" not in footer
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "1-3 Pick" in footer
