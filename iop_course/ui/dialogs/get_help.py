"""Get help now: crisis lines and helplines, one key away on every screen.

The numbers and the date they were checked live in ``iop_course.content.help_lines``, shared
with printed handouts, so they are changed (and checked again) in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from iop_course.content.help_lines import checked_on, help_lines, where
from iop_course.i18n import N_, _
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal

TITLE = N_("Get help now. {where}")
CHECKED_LINE = N_("Numbers checked {day}")
NOT_ALONE = N_("You are not alone: your care team can help too.")


class GetHelpDialog(TextDialog[None]):
    """Crisis lines and helplines, shown over whatever the learner was doing, in the learner's
    language (the same numbers in every language)."""

    dialog_classes = "help-now"

    def title_words(self) -> str:
        """Get help now, and that these are U.S. numbers."""
        return _(TITLE).format(where=where())

    def subtitle_words(self) -> str:
        """The day the numbers were checked."""
        return _(CHECKED_LINE).format(day=checked_on())

    def body(self) -> Iterable[Widget]:
        """The lines, in the order a person in trouble needs them.

        Each line starts with its heading in bold, on the same line as its numbers, so every
        number fits an 80x24 terminal without scrolling.
        """
        for heading, text in help_lines():
            line = Content.assemble((f"{heading}: ", "bold"), (text, ""))
            yield Static(line, classes="help-line")
        yield Static(literal(_(NOT_ALONE)), classes="help-checked")
