"""Slides cut to the screen: a long page becomes several slides, never a scrollbar."""

from __future__ import annotations

from textual.widget import Widget

from iop_course.content.loader import open_lesson
from iop_course.present.state import SlideKind
from iop_course.ui.present.present_screen import PresentScreen
from iop_course.ui.present.slide_view import SlideText
from tests.ui.conftest import compact, screen_text
from tests.ui_present.conftest import REAL_LESSON

LONG_PAGE = 1  # "Common high-risk situations": taller than a 60x20 screen


def shows_a_scrollbar(widget: Widget) -> bool:
    """A scrollbar a room would see (the footer's own has no size, so it draws nothing)."""
    styles = widget.styles
    return (widget.show_vertical_scrollbar and styles.scrollbar_size_vertical > 0) or (
        widget.show_horizontal_scrollbar and styles.scrollbar_size_horizontal > 0
    )


async def slides_of_page(app, pilot, page: int) -> list[str]:
    """Go through the lesson and return the screen text of each slide of ``page``."""
    screen = app.screen
    assert isinstance(screen, PresentScreen)
    shown = []
    for _ in range(screen.current_state().total):
        state = screen.current_state()
        if state.slide.kind is SlideKind.PAGE and state.slide.page == page:
            shown.append(screen_text(app))
            assert not [widget for widget in screen.query(Widget) if shows_a_scrollbar(widget)]
        await pilot.press("right")
    return shown


async def test_a_long_page_is_cut_into_several_slides_at_60x20(present_app):
    app = present_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        slides = await slides_of_page(app, pilot, LONG_PAGE)
    assert len(slides) >= 2
    page = open_lesson(app.course.lesson(REAL_LESSON))[0].pages[LONG_PAGE]
    shown = compact("".join(slides))
    for block in page.learner_blocks():
        for line in block.markdown.replace("**", "").splitlines():
            words = compact(line.lstrip("-0123456789. "))
            assert words in shown, line
    assert "continues →" in slides[0] and "continues →" not in slides[-1]


async def test_the_same_page_is_one_slide_that_uses_the_space_at_160x45(present_app):
    app = present_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        slides = await slides_of_page(app, pilot, LONG_PAGE)
    assert len(slides) == 1
    lines = slides[0].splitlines()
    assert max(len(line.rstrip()) for line in lines[:-2]) > 110
    assert sum(bool(line.strip()) for line in lines) >= 15


async def test_every_slide_fits_at_60x20_and_80x24_with_tallies_and_reveals(present_app):
    for size in ((60, 20), (80, 24)):
        app = present_app("06-health-and-healing/06-depression-and-anxiety")
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            if type(app.screen).__name__ == "AskDialog":
                await pilot.press("n")  # the first size's session is offered: start afresh
            screen = app.screen
            while screen.current_state().position < screen.current_state().total:
                if screen.part.question is not None and not screen.current_state().revealed:
                    await pilot.press("a", "1", "2", "b", "3", "r")  # shows the chart's slide
                await pilot.press("right")
            await pilot.press("home")  # every question counted and revealed: walk it all
            seen = 0
            while True:
                slide = screen.query_one(SlideText)
                assert slide.line_count <= slide.content_size.height, seen
                assert slide.region.bottom <= screen.query_one("#slide-bar").region.y
                assert not [widget for widget in screen.query(Widget) if shows_a_scrollbar(widget)]
                seen += 1
                state = screen.current_state()
                if state.position == state.total:
                    break
                await pilot.press("right")
            assert seen == state.total > 20


async def test_resizing_keeps_the_room_on_the_same_page(present_app):
    app = present_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("right")
        before = app.screen.current_state().slide
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        after = app.screen.current_state().slide
    assert (after.kind, after.page, after.part) == (before.kind, before.page, 0)
