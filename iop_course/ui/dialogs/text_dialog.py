"""The shared shape of the app's dialogs: a titled, scrollable box of text and one button.

Welcome, get help now, how to use and notices all look and close the same way, so a tired
learner learns one pattern: read, then press Enter or Esc (or click the button) to go back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button

from iop_course.i18n import N_, _
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

DialogResult = TypeVar("DialogResult")


class TextDialog(ModalScreen[DialogResult]):
    """A modal with a title, a body of widgets and a single button that closes it.

    ``DialogResult`` is what it is dismissed with: ``None`` for a dialog that only tells, a
    ``bool`` for one that asks yes or no.
    """

    CSS_PATH = "text_dialog.tcss"

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding("escape,enter", "dismiss", N_("Close"), tooltip=N_("Go back to where you were.")),
    ]
    # In English, marked N_ by each dialog; said in the learner's language when shown.
    dialog_title = ""
    dialog_subtitle = ""
    button_label = N_("Close (Esc)")
    dialog_classes = ""

    def title_words(self) -> str:
        """The box's title in the learner's language (a dialog with numbers in it builds it)."""
        return _(self.dialog_title) if self.dialog_title else ""

    def subtitle_words(self) -> str:
        """The line under the box, in the learner's language."""
        return _(self.dialog_subtitle) if self.dialog_subtitle else ""

    def button_words(self) -> str:
        """The button's label, in the learner's language."""
        return _(self.button_label)

    def body(self) -> Iterable[Widget]:
        """The widgets between the title and the button."""
        return ()

    def compose(self) -> ComposeResult:
        """The box, its text and its button."""
        with VerticalScroll(id="dialog", classes=self.dialog_classes) as dialog:
            dialog.border_title = literal(self.title_words())
            dialog.border_subtitle = literal(self.subtitle_words())
            yield from self.body()
            yield Button(literal(self.button_words()), id="close", variant="primary", compact=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        """Put the cursor where the dialog starts, keeping the top of the text in view."""
        self.focus_first()

    def focus_first(self) -> None:
        """The button, so Enter closes the dialog (a dialog with a choice starts elsewhere)."""
        self.query_one("#close", Button).focus(scroll_visible=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close the dialog."""
        self.dismiss()
