"""Asked when a plan saved earlier is at the name the new one would take.

A printed plan holds a learner's own words, and the copy saved earlier today may be the one they
changed by hand or mean to keep: it is never written over without a yes. "Keep both" is where
the cursor starts, so Enter loses nothing; the new file then takes the next free name (-2, -3...).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.i18n import N_
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

TITLE = "A file with this name is there already"
THERE = "This file is there already, perhaps a plan you saved earlier:"
ASK = "Keep both (the new one is saved as {name}), replace the old one, or cancel?"
KEEP_LABEL = "Keep both (k)"
REPLACE_LABEL = "Replace it (r)"
CANCEL_LABEL = "Cancel (Esc)"


class SameName(Enum):
    """What the learner chose to do about the file at the name."""

    KEEP_BOTH = "keep"
    REPLACE = "replace"


class ReplacePlanDialog(TextDialog[SameName | None]):
    """Dismissed with KEEP_BOTH, REPLACE, or None when the learner cancels (nothing is saved)."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding(
            "k", "choose('keep')", N_("Keep both"), tooltip=N_("Save the new one under a new name.")
        ),
        Binding(
            "r", "choose('replace')", N_("Replace"), tooltip=N_("Write the new one over the old.")
        ),
        Binding("escape", "dismiss", N_("Cancel"), tooltip=N_("Save nothing; the old file stays.")),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    ReplacePlanDialog .dialog-buttons { height: auto; margin-top: 1; }
    ReplacePlanDialog .dialog-buttons Button { margin-right: 2; }
    ReplacePlanDialog #taken-path {
        text-wrap: nowrap; text-overflow: fold; height: auto; margin-bottom: 1;
    }
    """

    def __init__(self, taken: Path, free_name: str) -> None:
        super().__init__()
        self.taken = taken
        self.free_name = free_name

    def body(self) -> Iterable[Widget]:
        """The file that is there, whole on its own line, and the question."""
        yield Static(literal(THERE), classes="help-text")
        yield Static(literal(str(self.taken)), id="taken-path")
        yield Static(literal(ASK.format(name=self.free_name)), classes="help-text")

    def compose(self) -> ComposeResult:
        """The question and three buttons; keeping both is the first, focused one."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(self.dialog_title)
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(KEEP_LABEL), id="keep", variant="primary", compact=True)
                yield Button(literal(REPLACE_LABEL), id="replace", compact=True)
                yield Button(literal(CANCEL_LABEL), id="cancel", compact=True)
        yield FittingFooter()

    def focus_first(self) -> None:
        """Keep both: Enter then loses nothing."""
        self.query_one("#keep", Button).focus(scroll_visible=False)

    def action_choose(self, choice: str) -> None:
        """Close with the learner's choice."""
        self.dismiss(SameName(choice))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Keep both, replace, or cancel."""
        event.prevent_default()
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.dismiss(SameName(event.button.id or "keep"))
