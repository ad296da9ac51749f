"""The facilitator keeps control of the room: no key spoils a question, the room can be paused,
ending asks first and a lesson comes back the same day, resizing keeps the place, and a window
too small for slides says so."""

from __future__ import annotations

import string

from iop_course.ui.present.ask_dialog import AskDialog
from iop_course.ui.present.pause_screen import PauseScreen
from iop_course.ui.present.present_screen import PresentScreen
from tests.ui.conftest import screen_text
from tests.ui_present.test_present_room_quiz import go_to_question

SPOILERS = ("✓", "Right answer", "Not shown to the room", "(right)")
LEAVING_KEYS = {"q", "escape", "r"}  # end (asked first), and the reveal itself
EVERY_KEY = [
    *string.ascii_letters,
    *string.digits,
    "full_stop",
    "comma",
    "plus",
    "minus",
    "equals_sign",
    "question_mark",
    "slash",
    "space",
    "enter",
    "tab",
    "up",
    "down",
    "left",
    "right",
    "home",
    "end",
    "pageup",
    "pagedown",
    "f1",
    "f2",
    "f3",
    "f5",
    "ctrl+p",
    "ctrl+t",
    "ctrl+s",
]


async def back_to_slides(pilot, app) -> None:
    """Close whatever a key opened over the slides (help, the pause, the palette)."""
    for _ in range(3):
        if isinstance(app.screen, PresentScreen):
            return
        await pilot.press("escape")
        await pilot.pause()


async def test_no_key_shows_the_answer_key_on_an_unrevealed_question(present_app):
    app = present_app("06-health-and-healing/06-depression-and-anxiety", shuffled=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        screen = app.screen
        for key in EVERY_KEY:
            if key in LEAVING_KEYS:
                continue
            await pilot.press(key)
            await pilot.pause()
            text = screen_text(app)
            assert not [word for word in SPOILERS if word in text], (key, text)
            await back_to_slides(pilot, app)
            if screen.part.question is None or screen.part.number != 2:
                await pilot.press("home")  # a moving key left the question: back to it
                await go_to_question(pilot, app, 2)
        assert not screen.current_state().revealed
        assert not screen.query("#room-notes"), "the notes live in the notes window only"


async def test_the_pause_shows_only_calm_words_and_988_then_the_same_slide(present_app, beacon):
    app = present_app("06-health-and-healing/06-depression-and-anxiety")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        await pilot.press("a", "4", "b", "2")
        before = app.screen.current_state()
        await pilot.press("full_stop")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        text = screen_text(app)
        assert "988" in text and "pause" in text
        for hidden in ("Slide", "Question", "Stella", "Get help now", "Depression"):
            assert hidden not in text, hidden
        assert beacon.read().paused, "the notes say the room is paused"
        await pilot.press("full_stop")
        await pilot.pause()
        after = app.screen.current_state()
        assert after == before and not after.paused


async def test_ending_asks_first_when_hands_were_counted(present_app):
    app = present_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 1)
        await pilot.press("a", "3", "q")
        await pilot.pause()
        assert isinstance(app.screen, AskDialog) and "End the lesson?" in screen_text(app)
        await pilot.press("enter")  # the safe answer has the focus
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen) and app.screen.current_state().tally
        await pilot.press("q", "y")
        await pilot.pause()
    assert not app.is_running


async def test_the_same_lesson_again_that_day_goes_back_to_its_slide_and_tallies(present_app):
    first = present_app(shuffled=True)
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, first, 2)
        await pilot.press("a", "5", "b", "2", "r")
        left = first.screen.current_state()
        await pilot.press("q", "y")
        await pilot.pause()
    again = present_app(shuffled=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, AskDialog)
        assert "Go back to where the group was?" in screen_text(again)
        await pilot.press("y")
        await pilot.pause()
        back = again.screen.current_state()
    assert (back.slide, back.tally, back.revealed, back.order) == (
        left.slide,
        left.tally,
        left.revealed,
        left.order,
    ), "the same slide, counts, reveal and order of the choices"
    assert back.started_at == left.started_at


async def test_resizing_keeps_the_slide_that_holds_what_was_shown(present_app):
    app = present_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        while not (
            screen.current_state().slide.kind.value == "page"
            and screen.current_state().slide.part == 1
        ):
            await pilot.press("right")
        first_line = screen._slides[screen._position].lines[0].plain.strip()
        for size in ((60, 20), (160, 45), (100, 30), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert first_line[:30] in " ".join(screen_text(app).split()), size
        assert screen.current_state().slide.part == 1


async def test_below_a_usable_size_a_plain_line_says_what_to_do(present_app):
    app = present_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "too small" in text and "font" in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "too small" not in screen_text(app) and "Slide 1 of" in screen_text(app)
