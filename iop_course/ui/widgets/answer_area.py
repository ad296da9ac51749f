"""The field a learner writes a worksheet answer in: any paste is taken, up to the answer limit.

A long paste (a journal entry, or a whole web page copied by mistake) must never close the app:
every change to the text passes through ``edit``, so text past the store's limit is cut there,
before it reaches the screen or the store, and the field says so (``Cut``). Coming back into a
field puts the cursor after what is there, so new words follow the old instead of running into
them; a click still puts it where the learner clicked. The footer names ctrl+g and ctrl+q here,
since g and q are letters.
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

from iop_course.store.worksheet_answers import LARGEST_ANSWER, visible_answer
from iop_course.ui.keys import typing_bindings


class AnswerArea(TextArea):
    """A soft-wrapped TextArea that holds at most ``limit`` characters."""

    BINDINGS = [*typing_bindings()]

    class Cut(Message):
        """Text past the limit was left out; the field holds what fits."""

        def __init__(self, area: AnswerArea) -> None:
            super().__init__()
            self.area = area

        @property
        def control(self) -> AnswerArea:
            """The field that cut the text."""
            return self.area

    def __init__(self, text: str = "", limit: int = LARGEST_ANSWER, classes: str = "") -> None:
        super().__init__(
            text[:limit],
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            classes=classes,
        )
        self.limit = limit

    def edit(self, edit: Edit) -> EditResult:
        """Make the change, with any text past the limit left out (and say so), and every
        control character in it (a pasted escape, a direction override) as its visible
        picture, as the store keeps it, so none reaches the terminal while shown."""
        edit.text = visible_answer(edit.text)
        replaced = len(self.get_text_range(edit.from_location, edit.to_location))
        room = max(self.limit - (len(self.text) - replaced), 0)
        if len(edit.text) > room:
            edit.text = edit.text[:room]
            self.post_message(self.Cut(self))
        return super().edit(edit)

    def _on_focus(self, event: events.Focus) -> None:
        """Start after what is already written (a click then moves the cursor as usual)."""
        self.move_cursor(self.document.end)
