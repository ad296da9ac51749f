"""The yardstick for reading: a bare Textual app with one Markdown widget updated in place.

It shows the same lesson pages as IOP Course (read from a JSON file the benchmark writes, so
this app imports nothing of the course). Right and End behave like the lesson screen when the
page fits: Right shows the next page, Left the previous one, End does nothing.
Usage: python benchmarks/bare_page_app.py PAGES.json
"""

from __future__ import annotations

import json
import sys

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Markdown


class BarePageApp(App[None]):
    """One Markdown widget; each page replaces the last one's text."""

    BINDINGS = [Binding("right", "turn(1)"), Binding("left", "turn(-1)")]

    def __init__(self, pages: list[dict[str, str]]) -> None:
        super().__init__()
        self.pages = pages
        self.index = 0

    def compose(self) -> ComposeResult:
        """The first page."""
        yield Markdown(self._text())

    def _text(self) -> str:
        page = self.pages[self.index]
        return (
            f"Page {self.index + 1} of {len(self.pages)}\n\n# {page['title']}\n\n{page['markdown']}"
        )

    async def action_turn(self, step: int) -> None:
        """Show the next or previous page in the same Markdown widget."""
        self.index = max(0, min(self.index + step, len(self.pages) - 1))
        await self.query_one(Markdown).update(self._text())


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as pages_file:
        BarePageApp(json.load(pages_file)).run()
