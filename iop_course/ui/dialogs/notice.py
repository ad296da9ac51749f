"""A short message the learner must read before going on, such as a progress file kept aside."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.i18n import N_
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal


class NoticeDialog(TextDialog[None]):
    """A titled message with one button to go on (both given in the learner's language)."""

    button_label = N_("OK")

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.dialog_title = title
        self.message = message

    def body(self) -> Iterable[Widget]:
        """The message itself."""
        yield Static(literal(self.message), classes="help-text")
