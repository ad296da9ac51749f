"""Answering ends calmly: no answer before the question is seen (point 5), select-all feedback
that never marks a right decision with ✗ (point 9), and a first-try score a learner who stops
half-way through practice still sees (point 11) — issue 15."""

from __future__ import annotations

import pytest

from iop_course.ui.screens import answering_screen
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.quiz import QuizScreen
from tests.ui.conftest import compact, screen_text
from tests.ui.quiz_helpers import choice_key, press_choices

LESSON_ID = "01-first-steps/01-noticing"


class Clock:
    """The screens' clock, moved by hand: a busy test machine must not decide what is soon."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """The real guard (the other UI tests shorten it to 0 s), on a clock the test moves."""
    fake = Clock()
    monkeypatch.setattr(answering_screen, "FRESH_QUESTION_SECONDS", 0.25)
    monkeypatch.setattr(answering_screen, "monotonic", fake)
    return fake


async def _open_quiz(app, pilot) -> QuizScreen:
    await pilot.pause()
    app.open_lesson(LESSON_ID, quiz=True)
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


@pytest.mark.parametrize("gap", [0.0, 0.1, 0.24])
async def test_a_key_just_after_a_new_question_is_not_an_answer(open_app, clock, gap):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        quiz = await _open_quiz(app, pilot)
        clock.now += 1
        await press_choices(pilot, "Using again")
        assert quiz.session.answered
        await pilot.press("n")
        await pilot.pause()
        clock.now += gap
        await pilot.press("1", "2", "enter", "c")  # typed ahead, meant for the question before
        await pilot.pause()
        assert not quiz.session.answered and not quiz.query_one("ChoiceList").ticked
        assert "Question 2 of 2" in screen_text(app)
        clock.now += 0.26 - gap  # after that, typing works as before
        await pilot.press(choice_key(app, "Call a friend"), choice_key(app, "Take a walk"), "c")
        await pilot.pause()
        assert quiz.session.answered


async def test_review_questions_are_guarded_too(open_app, clock):
    from iop_course.ui.screens.review import ReviewScreen
    from tests.ui.test_review import FIRST, SELECT_ALL

    app = open_app(welcome_seen=True)
    app.store.record_answer(LESSON_ID, FIRST, ["a"], False, "first")
    app.store.record_answer(LESSON_ID, SELECT_ALL, ["c"], False, "first")
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        from datetime import datetime, timedelta, timezone

        later = datetime.now(timezone.utc) + timedelta(days=3)
        app._review_clock = lambda: later
        app.use_store(app.store)
        app.open_review()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("1", "2")
        assert app.screen.picked is None and not app.screen.query_one("ChoiceList").ticked
        clock.now += 0.3
        await pilot.press("1")
        await pilot.pause()
        assert app.screen.picked is not None or app.screen.query_one("ChoiceList").ticked


async def test_select_all_feedback_marks_a_choice_rightly_left_unticked_as_right(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 40)) as pilot:
        await _open_quiz(app, pilot)
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c")
        await pilot.pause()
        text = compact(screen_text(app))
        assert compact("Keep some on hand (✓ not a right choice, and you rightly left it") in text
        assert compact("(not ticked, rightly)") in text
        assert compact("✗ not a right choice") not in text


async def test_a_learner_who_stops_half_way_through_practice_sees_the_first_try_score(
    open_app,
):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_quiz(app, pilot)
        await press_choices(pilot, "Using again")  # wrong
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()
        text = compact(screen_text(app))
        assert "Practice the ones you missed: 1 of 1" in screen_text(app)
        assert compact("On the first try you got 1 of 2 right (50%; 50% to pass).") in text
        assert compact("first try 50%") in text
        await pilot.press("escape")  # stops half-way
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert compact("quiz 50%, passed; practice left") in compact(screen_text(app))
        app.open_lesson(LESSON_ID, quiz=True)  # and comes back to it
        await pilot.pause()
        assert compact("first try 50%") in compact(screen_text(app))
