"""One choice of a quiz question: a marker column, then the choice's words wrapped beside it.

The marker holds the choice's number, its box in "select all" (``[x]`` / ``[ ]``), the ``▸`` of
the marked choice and, once answered, ``✓`` or ``✗``; the words wrap under themselves (a hanging
indent) at any width. Every state is in symbols or words, so none depends on colour.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Static


class ChoiceRow(Horizontal):
    """A choice on screen; its words and marks are changed in place for each question."""

    class Clicked(Message):
        """The learner clicked this row."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int) -> None:
        super().__init__(classes="choice-row")
        self.index = index
        self.marker = Static(classes="choice-marker")
        self.words = Static(classes="choice-words")

    def compose(self) -> ComposeResult:
        """The marker column and the words beside it."""
        yield self.marker
        yield self.words

    def paint(self, marker: str, words: Content, state: str, highlighted: bool) -> None:
        """Show new marks and words; ``state`` is "", "right" or "wrong" (for colour only)."""
        self.marker.update(Content(marker))
        self.words.update(words)
        self.set_class(highlighted, "-highlighted")
        self.set_class(state == "right", "-right")
        self.set_class(state == "wrong", "-wrong")

    def on_click(self, event: events.Click) -> None:
        """A click picks (or ticks) this choice."""
        event.stop()
        self.post_message(self.Clicked(self.index))
