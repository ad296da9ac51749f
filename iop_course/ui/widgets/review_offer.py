"""The home screen's line offering today's review, in kind words; a click starts it.

A line of text rather than a second big button: it wraps at any width (the offer is a sentence,
not a label), and it leaves Continue the one obvious next step. The r key does the same.
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Static


class ReviewOffer(Static):
    """ "A short review is ready: ...", hidden when there is nothing to review today."""

    words = ""
    """What the offer says now ("" when hidden)."""

    class Chosen(Message):
        """The learner clicked the offer."""

    def on_click(self, event: events.Click) -> None:
        """A click anywhere on the offer starts the review."""
        event.stop()
        self.post_message(self.Chosen())
