"""The real presenting window and the real notes window, side by side in one test: the notes
follow the room's slide, show the group plan the room never sees, and the answer key with the
hands counted, and say so when presenting ends."""

from __future__ import annotations

import time

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.present.deck import build_deck
from iop_course.present.room_question import lettered_choices
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
            order = screen.room_order(screen._slides[screen._position].part)
            letter = next(
                letter for letter, choice in lettered_choices(question, order) if choice.correct
            )
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


PLAN = """
::: group-plan
- **Open (5 min):** Check in, one word each.
- **Teach (10 min, slides):** Go through the slides.
- **Quiz (5 min, quiz):** Count hands for each question.
- **Close (5 min):** Remind the group of 988.

**Safety:** If someone talks about suicide, talk with them after group.
:::

::: notes
Ask: what did you notice this week?
:::
"""


async def test_the_notes_show_each_pages_own_notes_and_where_the_group_is_in_its_plan(
    beacon, tmp_path
):
    import shutil

    from tests.ui_present.conftest import FIXTURE_COURSE

    content = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, content)
    lesson = content / "lessons" / "01-first-steps" / "01-noticing.md"
    text = lesson.read_text(encoding="utf-8").replace("\n## Second page", PLAN + "\n## Second page")
    lesson.write_text(text, encoding="utf-8")
    course = load_course(content)
    deck = build_deck(course, "01-first-steps/01-noticing")
    presenter = PresentApp(course, PresentSettings(), deck, beacon)
    notes = NotesApp(course, beacon)
    async with (
        notes.run_test(size=(100, 40)) as notes_pilot,
        presenter.run_test(size=(80, 24)) as room,
    ):
        await room.pause()
        screen = presenter.screen
        while screen.current_state().slide.kind is not SlideKind.PAGE:
            await room.press("right")
        await notes_show(notes_pilot, notes, "Notes for this slide")
        await notes_show(notes_pilot, notes, "Ask: what did you notice this week?")
        await notes_show(notes_pilot, notes, "Now: Teach 0:05-0:15")
        await notes_show(notes_pilot, notes, "Group plan · 25 min")
        await notes_show(notes_pilot, notes, "Safety: If someone talks about suicide")
        shown = screen_text(presenter)
        assert "Ask: what did you notice" not in shown and "Teach" not in shown
        await room.press("right")
        await notes_show(notes_pilot, notes, "This page has no notes of its own.")
        await notes_show(notes_pilot, notes, "Now: Teach 0:05-0:15")
        while screen.current_state().slide.kind is not SlideKind.QUESTION:
            await room.press("right")
        await notes_show(notes_pilot, notes, "Now: Quiz 0:15-0:20")
        await room.press("q")
        await room.pause()
