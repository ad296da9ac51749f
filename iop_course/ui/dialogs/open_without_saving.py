"""Asked first when progress cannot be saved but can be read: go on without saving, or quit.

The learner is told what is wrong, where, and how to fix it (from the store's own words), and
decides; the course never silently throws away what they do.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.i18n import N_, _
from iop_course.store import SavingImpossible
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

TITLE = N_("Your progress cannot be saved")
CHOICE = N_(
    "You can still use the course now, but nothing you do will be saved: your place, "
    "your answers and your settings will be lost when you quit."
)
OPEN_LABEL = N_("Open without saving (o)")
QUIT_LABEL = N_("Quit (Esc)")


class OpenWithoutSavingDialog(TextDialog[bool]):
    """Dismissed with True to go on without saving, or False to quit."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding(
            "o",
            "open_without_saving",
            N_("Open without saving"),
            tooltip=N_("Use the course now; nothing will be saved."),
        ),
        Binding(
            "escape",
            "dismiss(False)",
            N_("Quit"),
            tooltip=N_("Close the course to fix the problem."),
        ),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    .dialog-buttons { height: auto; }
    #open-without-saving { margin: 1 2 1 0; }
    """

    def __init__(self, problem: SavingImpossible) -> None:
        super().__init__()
        self.problem = problem

    def body(self) -> Iterable[Widget]:
        """What is wrong and what to do (the store's words), then the choice."""
        yield Static(literal(str(self.problem)), classes="help-text")
        yield Static(literal(_(CHOICE)), classes="help-text")

    def compose(self) -> ComposeResult:
        """The text and two buttons; going on is the first, focused one."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(_(self.dialog_title))
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    literal(_(OPEN_LABEL)),
                    id="open-without-saving",
                    variant="primary",
                    compact=True,
                )
                yield Button(literal(_(QUIT_LABEL)), id="close", compact=True)
        yield FittingFooter()

    def focus_first(self) -> None:
        """Start on "Open without saving", so Enter goes on."""
        self.query_one("#open-without-saving", Button).focus(scroll_visible=False)

    def action_open_without_saving(self) -> None:
        """Go on without saving."""
        self.dismiss(True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Go on, or quit (instead of the shared dialog's plain close)."""
        event.prevent_default()
        self.dismiss(event.button.id == "open-without-saving")
