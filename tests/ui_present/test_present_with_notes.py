"""The real presenting window and the real notes window, side by side in one test: the notes
follow the room's slide, show the group plan the room never sees, and the answer key with the
hands counted, and say so when presenting ends."""

from __future__ import annotations

import time

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.present.deck import build_deck
from iop_course.present.settings import PresentSettings
from iop_course.present.state import SlideKind
from iop_course.ui.present.notes_app import NotesApp
from iop_course.ui.present.present_app import PresentApp
from tests.ui.conftest import compact, screen_text
from tests.ui_present.conftest import REAL_LESSON

GIVE_UP_SECONDS = 5.0


async def notes_show(pilot, app, words: str) -> None:
    """Wait until ``words`` are in the notes window (fail after a generous wait): the notes
    draw a new slide's parts over a frame or two, so nothing is read from them without waiting."""
    start = time.monotonic()
    while compact(words) not in compact(screen_text(app)):
        assert time.monotonic() - start < GIVE_UP_SECONDS, screen_text(app)
        await pilot.pause(0.05)


async def test_the_notes_follow_the_real_presenter_through_a_lesson_and_its_quiz(beacon):
    course = load_course(builtin_content_dir())
    presenter = PresentApp(course, PresentSettings(), build_deck(course, REAL_LESSON), beacon)
    notes = NotesApp(course, beacon)
    async with notes.run_test(size=(100, 30)) as notes_pilot:
        await notes_show(notes_pilot, notes, "Nobody is presenting")
        async with presenter.run_test(size=(80, 24)) as room:
            await room.pause()
            screen = presenter.screen
            await notes_show(notes_pilot, notes, "Title slide: High-risk situations")
            await notes_show(notes_pilot, notes, "For the group")
            assert "For the group" not in screen_text(presenter)
            while screen.current_state().slide.kind is not SlideKind.QUESTION:
                await room.press("right")
            await room.pause()
            state = screen.current_state()
            await notes_show(notes_pilot, notes, f"Slide {state.position} of {state.total}")
            question = screen.part.question
            right = [index for index, choice in enumerate(question.choices) if choice.correct]
            letter = "ABCDEFG"[right[0]]
            await notes_show(notes_pilot, notes, f"Right answer: {letter}")
            await notes_show(notes_pilot, notes, "Not shown to the room yet.")
            assert "✓ right" not in screen_text(presenter)
            await room.press("a", "4", "r")
            await notes_show(notes_pilot, notes, "The room sees the answer now.")
            await notes_show(notes_pilot, notes, "4 hands")
            await room.pause()
            assert "✓ right" in screen_text(presenter)
            await room.press("q")
            await room.pause()
        await notes_show(notes_pilot, notes, "Nobody is presenting")
