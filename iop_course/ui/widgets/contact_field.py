"""A name or phone number field in "people I can call": a paste is cut to fit, never refused
in silence (and, as every TypingField, the cursor starts after what is there).

Textual's Input drops a whole paste that would pass ``max_length``; here the paste's first line
is cut to the room left, and the field says so (``Cut``), as a worksheet answer does.
"""

from __future__ import annotations

from textual import events
from textual.message import Message

from iop_course.safe_text import make_visible
from iop_course.ui.widgets.typing_field import TypingField


class ContactField(TypingField):
    """An Input for a name or number that holds at most ``max_length`` characters."""

    class Cut(Message):
        """Text past the limit was left out."""

        def __init__(self, field: ContactField) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> ContactField:
            """The field that cut the text."""
            return self.field

    def __init__(self, value: str, placeholder: str, max_length: int, classes: str) -> None:
        super().__init__(
            value[:max_length], placeholder=placeholder, max_length=max_length, classes=classes
        )

    def _on_paste(self, event: events.Paste) -> None:
        """Paste what fits of the first line, and say when some was left out."""
        event.prevent_default()
        event.stop()
        if not event.text:
            return
        first = event.text.splitlines()[0] if event.text.strip("\r\n") else ""
        line = make_visible(first)  # a pasted escape is shown as its picture, never obeyed
        start, end = sorted(self.selection)
        kept = len(self.value) - (end - start)
        room = len(line) if self.max_length is None else max(self.max_length - kept, 0)
        if len(line) > room:
            line = line[:room]
            self.post_message(self.Cut(self))
        if start == end:
            self.insert_text_at_cursor(line)
        else:
            self.replace(line, start, end)
