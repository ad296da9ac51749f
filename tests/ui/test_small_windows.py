"""Small windows say so: below the size the course needs, one line says how big the window must
be instead of empty boxes, and the course comes back once it is big enough (issue 15, point 7)."""

from __future__ import annotations

from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmallScreen
from tests.ui.conftest import compact, screen_text


async def test_a_40_by_12_window_says_how_big_it_must_be(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        text = compact(screen_text(app))
        line = f"Make the window at least {MIN_WIDTH} x {MIN_HEIGHT}."
        assert any(row.strip() == line for row in screen_text(app).splitlines())  # one line
        assert compact("It is 40 x 12.") in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.resize_terminal(45, 30)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert compact("It is 45 x 30.") in compact(screen_text(app))
        await pilot.press("g")  # help stays one key away
        await pilot.pause()
        assert "988" in screen_text(app)


async def test_the_smallest_window_allowed_still_shows_lessons(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(MIN_WIDTH, MIN_HEIGHT)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "First steps" in screen_text(app) or "Noticing" in screen_text(app)


async def test_a_window_made_bigger_under_get_help_shows_the_course_when_help_closes(open_app):
    """Found retrying point 7 in tmux: at 40 x 12, g, the window made bigger, then Esc, and the
    line still said "It is 40 x 12" over a window big enough for the course."""
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("g")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Make the window" not in screen_text(app)
