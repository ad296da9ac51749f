"""Get help now answers at once over a long page, even the instant it appears: the page is laid
out once when it opens (a second pass made the key wait), and a lesson too long to parse in a
blink is parsed in a thread while the learner can already press g. Timings are in
benchmarks/long_pages.py; these tests hold the mechanism."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual import events
from textual import widget as textual_widget
from textual._arrange import arrange
from textual.screen import Screen
from textual.widget import Widget

from iop_course.content.page_parts import PART_ITEMS
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.widgets.page_view import PageView
from tests.ui.conftest import FIXTURE_COURSE, screen_text, wait_until

LESSON_ID = "01-first-steps/09-long"
HEAD = "---\ntitle: A long list\nsummary: Very many steps.\n---\n\n## Steps\n\n"


def _course(tmp_path: Path, items: int) -> Path:
    root = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, root)
    body = "\n".join(f"- Item {number} to try when a craving comes" for number in range(items))
    (root / "lessons" / "01-first-steps" / "09-long.md").write_text(HEAD + body, "utf-8")
    return root


def _above_the_footer(app) -> str:
    """The screen's text but its last line (Textual fills the footer in after the first frame)."""
    return screen_text(app).rstrip("\n").rsplit("\n", 1)[0]


class LessonLayouts:
    """Counts the layout passes of every lesson screen, and how often the widgets of its page
    were arranged (placed, not taken from the last pass), from before its first pass."""

    def __init__(self, monkeypatch) -> None:
        self.passes: list[int] = []  # for each pass, how many of the page's widgets it arranged
        self.page_arranged = 0
        lay_out = Screen._refresh_layout

        def counted(screen: Screen, *args: object, **kwargs: object) -> None:
            before = self.page_arranged
            lay_out(screen, *args, **kwargs)
            if isinstance(screen, LessonScreen):
                self.passes.append(self.page_arranged - before)

        def arranged(widget: Widget, *args: object, **kwargs: object) -> object:
            if isinstance(widget, PageView) or any(
                isinstance(above, PageView) for above in widget.ancestors
            ):
                self.page_arranged += 1
            return arrange(widget, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        monkeypatch.setattr(textual_widget, "arrange", arranged)

    async def settle(self, pilot, quiet: float = 0.3) -> list[int]:
        """Wait until no pass has come for ``quiet`` seconds; the passes since the last call,
        each as the number of the page's widgets it arranged."""
        while True:
            before = len(self.passes)
            await pilot.pause(quiet)
            if len(self.passes) == before:
                passes, self.passes = self.passes, []
                return passes


async def test_a_long_page_is_laid_out_once_and_not_again_for_the_same_size(
    open_app, tmp_path, monkeypatch
):
    """The first layout made room for a scroll bar only after it had placed the text, and
    the screen's own resize event (sent by that first layout), then the terminal's first size
    report, each laid the whole page out again: Get help now waited behind both."""
    app = open_app(_course(tmp_path, 1000), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None)
        layouts = LessonLayouts(monkeypatch)
        app.open_lesson(LESSON_ID, intro=False)
        await wait_until(pilot, lambda app: "Item 0 to try" in screen_text(app))
        shown = _above_the_footer(app)
        first, *later = await layouts.settle(pilot)
        assert first > 2 * PART_ITEMS  # the page's list, paragraphs and items, placed once
        # Later passes (the footer's keys, filled in after the first frame, and the scroll bar)
        # find the page's text where it was: at most the view itself is placed again.
        assert max(later, default=0) <= 1, later
        assert _above_the_footer(app) == shown  # the first frame showed the page as it stays
        app.post_message(events.Resize(app.size, app.size))  # a terminal telling its size again
        assert await layouts.settle(pilot) == []
        await pilot.resize_terminal(70, 24)  # a real change is laid out
        assert sum(await layouts.settle(pilot)) > 2 * PART_ITEMS
        assert "Item 0 to try" in screen_text(app)
