"""The yardstick for a slide turn: a bare Textual app that swaps one Static's text.

It shows the same slide texts as the presenter (read from a JSON file the benchmark writes, so
this app imports nothing of the course): Right shows the next one, Left the one before.
Usage: python benchmarks/bare_slide_app.py SLIDES.json
"""

from __future__ import annotations

import json
import sys

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static


class BareSlideApp(App[None]):
    """One Static; each slide replaces the last one's text."""

    BINDINGS = [Binding("right", "turn(1)"), Binding("left", "turn(-1)")]

    def __init__(self, slides: list[str]) -> None:
        super().__init__()
        self.slides = slides
        self.index = 0

    def compose(self) -> ComposeResult:
        """The first slide."""
        yield Static(self.slides[0], markup=False)

    def action_turn(self, step: int) -> None:
        """Swap in the next or previous slide's text."""
        self.index = max(0, min(len(self.slides) - 1, self.index + step))
        self.query_one(Static).update(self.slides[self.index])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as slides:
        BareSlideApp(json.load(slides)).run()
