"""A one-line field a learner types in: the cursor starts after what is there, and the footer
names ctrl+g and ctrl+q (g and q are letters here) for help and quitting.

Textual's Input selects everything on focus, so the next key typed would replace it all (a name
saved in "people I can call", say); here the cursor goes to the end instead.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from iop_course.ui.keys import typing_bindings


class TypingField(Input):
    """An Input that keeps what is written when the learner comes back to it."""

    BINDINGS = [*typing_bindings()]

    def __init__(self, value: str = "", **options: object) -> None:
        super().__init__(value, select_on_focus=False, **options)  # type: ignore[arg-type]

    def _on_focus(self, event: events.Focus) -> None:
        """Start after what is already written."""
        self.cursor_position = len(self.value)
