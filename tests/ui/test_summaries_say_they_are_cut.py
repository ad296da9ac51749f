"""Home's two-line summary ends in "…" when the lesson's summary is longer (found in a QA pass:
it stopped mid-sentence with nothing to say there was more)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from iop_course.content.locate import builtin_content_dir
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.widgets.shortened_text import fit_lines
from tests.ui.conftest import screen_text


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_long_summary_ends_with_an_ellipsis(open_app, size):
    app = open_app(content=builtin_content_dir(), welcome_seen=True)
    longest = max(app.course.lessons(), key=lambda lesson: len(lesson.summary))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        outline = app.screen.query_one(OptionList)
        outline.highlighted = outline.get_option_index(longest.id)
        await pilot.pause()
        summary = app.screen.query_one("#lesson-summary")
        lines = [line.rstrip() for line in screen_text(app).splitlines()]
        top = summary.content_region.y
        shown = lines[top : top + 2]
        assert shown[1].endswith("\u2026"), shown
        assert " ".join(line.strip() for line in shown)[:-1] in longest.summary


def test_fit_lines_keeps_short_text_and_cuts_long_text_at_a_word():
    assert fit_lines("Call a friend.", 40, 2) == "Call a friend."
    assert fit_lines("one two three four five six", 9, 2) == "one two\nthree…"
    assert fit_lines("x" * 30, 10, 1) == "x" * 9 + "\u2026"
