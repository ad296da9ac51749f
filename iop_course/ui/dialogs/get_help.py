"""Get help now: crisis lines and helplines, one key away on every screen.

The numbers and the date they were checked live in ``iop_course.content.help_lines``, shared
with printed handouts, so they are changed (and checked again) in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from iop_course.content.help_lines import CHECKED_ON, HELP_LINES, WHERE
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal

CHECKED_LINE = f"Numbers checked {CHECKED_ON}"
NOT_ALONE = "You are not alone: your care team can help too."


class GetHelpDialog(TextDialog[None]):
    """Crisis lines and helplines, shown over whatever the learner was doing."""

    dialog_title = f"Get help now. {WHERE}"
    dialog_subtitle = CHECKED_LINE
    dialog_classes = "help-now"

    def body(self) -> Iterable[Widget]:
        """The lines, in the order a person in trouble needs them.

        Each line starts with its heading in bold, on the same line as its numbers, so every
        number fits an 80x24 terminal without scrolling.
        """
        for heading, text in HELP_LINES:
            line = Content.assemble((f"{heading}: ", "bold"), (text, ""))
            yield Static(line, classes="help-line")
        yield Static(literal(NOT_ALONE), classes="help-checked")
