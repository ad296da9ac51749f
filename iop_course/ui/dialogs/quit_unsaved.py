"""Asked when the learner quits while saves are failing: what will be lost, and a way back.

Before, quitting then lost the unsaved changes in silence. Now the learner reads what was not
saved and why, and can stay (perhaps to free disk space so the next save works) or quit anyway.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.i18n import N_, _
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

TITLE = N_("Your progress is not being saved")
PROBLEM = N_("Saving has failed: {error}.")
LOST = N_("If you quit now, this will be lost: {what}.")
ADVICE = N_(
    "If your disk is full, free some space and stay: the course tries again with each change."
)
STAY_LABEL = N_("Stay (Esc)")
QUIT_LABEL = N_("Quit anyway")


class QuitUnsavedDialog(TextDialog[bool]):
    """Dismissed with True to quit anyway, or False to stay in the course ("Stay" has the
    focus, so Enter never loses anything by accident)."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding("escape", "dismiss(False)", N_("Stay"), tooltip=N_("Go back to the course.")),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    .dialog-buttons { height: auto; }
    #quit-anyway { margin: 1 0 1 2; }
    """

    def __init__(self, error: BaseException, what: str) -> None:
        super().__init__()
        self.error = error
        self.what = what

    def body(self) -> Iterable[Widget]:
        """Why saving fails, what would be lost, what may help."""
        reason = getattr(self.error, "strerror", None) or str(self.error)
        yield Static(literal(_(PROBLEM).format(error=reason)), classes="help-text")
        yield Static(literal(_(LOST).format(what=self.what)), classes="help-text")
        yield Static(literal(_(ADVICE)), classes="help-text")

    def compose(self) -> ComposeResult:
        """The text and two buttons; staying is the first, focused one."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(_(self.dialog_title))
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(_(STAY_LABEL)), id="close", variant="primary", compact=True)
                yield Button(
                    literal(_(QUIT_LABEL)), id="quit-anyway", variant="error", compact=True
                )
        yield FittingFooter()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Quit anyway, or stay (instead of the shared dialog's plain close)."""
        event.prevent_default()
        self.dismiss(event.button.id == "quit-anyway")
