"""A page turn puts the new text into the widgets on screen, in one layout.

Textual's Markdown widget removes and mounts every paragraph and list on each update, and each
size change after a layout asked for another, so a turn drew the page twice
(benchmarks/learning_loop.py measures the time). The widgets are now reused; these tests prove
it, and that a page shown in reused widgets reads exactly as the same page opened afresh.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._markdown import MarkdownBlock

from iop_course.ui.widgets.page_view import PageView
from tests.ui.conftest import LayoutCounter, steady_screen_text

REAL_COURSE = Path(__file__).resolve().parents[2]
HOW_IOP_WORKS = "01-getting-started/01-how-iop-works"
PAGES = 6


async def _turn(pilot, key: str) -> None:
    """Go to the page's end (or top), then turn the page with ``key``."""
    await pilot.press("end" if key == "right" else "home")
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()


async def test_a_page_turn_reuses_the_text_widgets_and_is_laid_out_once(open_app, monkeypatch):
    app = open_app(REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS, intro=False)
        await pilot.pause()
        screen = app.screen
        for key in ["right"] * (PAGES - 1) + ["left"] * (PAGES - 1):
            await _turn(pilot, key)  # every page once: the widgets for each kind of block exist
        await _turn(pilot, "right")  # page 2: from here on, no key changes its meaning
        assert screen.sub_title == f"Page 2 of {PAGES}"
        blocks = set(map(id, screen.query_one(PageView).query(MarkdownBlock)))
        await pilot.press("end")
        layouts = LayoutCounter(screen, monkeypatch)
        await layouts.settle(pilot)
        await pilot.press("right")
        turn_layouts = await layouts.settle(pilot)
        assert screen.sub_title == f"Page 3 of {PAGES}"
        assert set(map(id, screen.query_one(PageView).query(MarkdownBlock))) == blocks
        assert turn_layouts == 1


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_page_in_reused_widgets_reads_as_the_page_opened_afresh(open_app, size):
    app = open_app(REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        afresh = []
        for page in range(PAGES):  # each page in a new lesson screen: every widget is new
            app.store.set_page(HOW_IOP_WORKS, page)
            app.open_lesson(HOW_IOP_WORKS, intro=False)
            afresh.append(await steady_screen_text(app, pilot))
            assert app.screen.sub_title == f"Page {page + 1} of {PAGES}"
            app.pop_screen()
            await pilot.pause()
        app.store.set_page(HOW_IOP_WORKS, 0)
        app.open_lesson(HOW_IOP_WORKS, intro=False)
        await pilot.pause()
        for key in ["right"] * (PAGES - 1) + ["left"] * (PAGES - 1):
            await _turn(pilot, key)
        for page in range(PAGES):
            await pilot.press("home")
            assert await steady_screen_text(app, pilot) == afresh[page], f"page {page + 1} differs"
            await _turn(pilot, "right")
