"""Get help now: crisis lines and helplines, one key away on every screen.

The numbers and the date they were checked live in ``iop_course.content.help_lines``, shared
with printed handouts, so they are changed (and checked again) in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.content.help_lines import CHECKED_ON, HELP_LINES
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal

CHECKED_LINE = f"Numbers checked {CHECKED_ON}"
NOT_ALONE = "You are not alone: your care team can help too."


class GetHelpDialog(TextDialog):
    """Crisis lines and helplines, shown over whatever the learner was doing."""

    dialog_title = "Get help now"
    dialog_subtitle = CHECKED_LINE
    dialog_classes = "help-now"

    def body(self) -> Iterable[Widget]:
        """The lines, in the order a person in trouble needs them."""
        for heading, text in HELP_LINES:
            yield Static(literal(heading), classes="help-heading")
            yield Static(literal(text), classes="help-text")
        yield Static(literal(NOT_ALONE), classes="help-checked")
