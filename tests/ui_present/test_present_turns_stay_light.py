"""A slide turn stays light (issue 16: within 1.5x a bare Textual app swapping one Static's text;
benchmarks/present_slides.py measures the time). These check the causes, which a merge once
undid without a test noticing: a turn lays nothing out again (the slide and its counter change
their words, not their sizes; the footer changes only when the keys that work change, and a
question's letters change in place), and waits for no disk (the notes window's state file and
today's session are written without fsync, as they live only while presenting).
"""

from __future__ import annotations

import os

import pytest
from textual.screen import Screen

from iop_course.ui.present.present_screen import PresentScreen


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every screen laid out from now on."""
    seen: list[str] = []
    original = Screen._refresh_layout

    def counted(screen: Screen, *args, **kwargs):
        seen.append(type(screen).__name__)
        return original(screen, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    return seen


async def test_a_turn_lays_nothing_out_but_into_and_out_of_the_quiz(present_app, layouts):
    app = present_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentScreen)
        laid_out = []
        while screen.current_state().position < screen.current_state().total:
            before = screen.part.question is not None
            layouts.clear()
            await pilot.press("right")
            await pilot.pause()
            after = screen.part.question is not None
            if before == after:  # the footer's keys change entering and leaving the quiz
                laid_out.append((screen.current_state().position, layouts.count("PresentScreen")))
        letters = {len(part.question.choices) for part in screen.deck.parts if part.question}
    assert len(letters) > 1, "the lesson's questions have different letters to count"
    assert len(laid_out) > 10
    assert [(slide, count) for slide, count in laid_out if count] == []


async def test_a_turn_waits_for_no_disk(present_app, monkeypatch):
    synced = []
    real_fsync = os.fsync
    app = present_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(os, "fsync", lambda descriptor: synced.append(descriptor))
        for _ in range(5):
            await pilot.press("right")
            await pilot.pause()
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert app.screen.current_state().position == 6
    assert synced == []
