"""One screen only: a key shows the facilitator's notes on the presenting window too, off by
default, and the footer says whether they are on."""

from __future__ import annotations

from iop_course.present.state import SlideKind
from iop_course.ui.present.present_screen import PresentScreen
from tests.ui.conftest import compact, screen_text


def footer(app) -> str:
    return compact(screen_text(app).splitlines()[-1])


async def go_to(app, pilot, kind: SlideKind) -> None:
    screen = app.screen
    while screen.current_state().slide.kind is not kind:
        await pilot.press("right")


async def test_notes_are_off_until_asked_for_and_the_footer_says_so(present_app):
    app = present_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        assert "tNotes:off" in footer(app)
        assert "For the group" not in screen_text(app)
        await go_to(app, pilot, SlideKind.PAGE)
        assert compact("For the group") not in compact(screen_text(app))
        await pilot.press("t")
        await pilot.pause()
        assert "tNotes:on" in footer(app)
        text = compact(screen_text(app))
        assert compact("On the projector:") in text and compact("Next:") in text
        await pilot.press("t")
        await pilot.pause()
        assert "tNotes:off" in footer(app)
        assert compact("On the projector:") not in compact(screen_text(app))


async def test_notes_here_follow_the_slide_and_show_the_answer_key(present_app):
    app = present_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await go_to(app, pilot, SlideKind.QUESTION)
        await pilot.pause()
        screen = app.screen
        question = screen.part.question
        right = [choice for choice in question.choices if choice.correct]
        text = compact(screen_text(app))
        assert compact("Right answer") in text
        assert compact("(right)") in text
        assert "✓" in screen_text(app) and len(right) >= 1


async def test_with_notes_on_the_slide_still_fits_beside_them(present_app):
    app = present_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        total_without = app.screen.current_state().total
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        body = screen.query_one("#slide-body")
        notes = screen.query_one("#room-notes")
        assert body.region.right <= notes.region.x
        assert screen.current_state().total >= total_without
