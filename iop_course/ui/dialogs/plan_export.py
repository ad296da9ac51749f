"""Choosing which parts of the recovery plan go into the printable file.

A learner may want a wallet copy with only their people and the help numbers, or a full copy
for their counselor. Every part starts ticked; the folder it goes to is named
before saving, and the plan screen says where it went.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.content.worksheet_model import ALL_PLAN_CHOICES, PlanChoice
from iop_course.i18n import N_, _
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.tick_box import TickBox

TITLE = N_("Save my plan to print")
INTRO = N_(
    "Choose what goes in the file. Space or Enter ticks or clears a part; Tab moves on. "
    "The file is saved on this computer, where only you can open it, in this folder:"
)
NOTHING_CHOSEN = N_("Tick at least one part.")
SAVE_LABEL = N_("Save")
CANCEL_LABEL = N_("Cancel (Esc)")


class PlanExportDialog(TextDialog[tuple[PlanChoice, ...] | None]):
    """Dismissed with the chosen parts in plan order, or None when the learner cancels."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding(
            "escape", "dismiss", N_("Cancel"), tooltip=N_("Go back to your plan; nothing is saved.")
        ),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    PlanExportDialog .dialog-buttons { height: auto; margin-top: 1; }
    PlanExportDialog #cancel { margin-left: 2; }
    PlanExportDialog TickBox, PlanExportDialog TickBox:focus { border: none; padding: 0; }
    PlanExportDialog TickBox:focus { text-style: bold reverse; }
    PlanExportDialog #nothing-chosen { color: $text-error; }
    PlanExportDialog #plan-folder {
        text-wrap: nowrap; text-overflow: fold; height: auto; margin-bottom: 1;
    }
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def body(self) -> Iterable[Widget]:
        """The intro and a tick box for each part."""
        yield Static(literal(_(INTRO)), classes="help-text")
        yield Static(literal(str(self.folder)), id="plan-folder")
        for choice in ALL_PLAN_CHOICES:
            yield TickBox(literal(choice.label), True, name=choice.value)
        yield Static(literal(""), id="nothing-chosen")

    def compose(self) -> ComposeResult:
        """The choices and two buttons."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(_(self.dialog_title))
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(_(SAVE_LABEL)), id="save", variant="primary", compact=True)
                yield Button(literal(_(CANCEL_LABEL)), id="cancel", compact=True)
        yield FittingFooter()

    def focus_first(self) -> None:
        """Start on the first tick box (not on a button, as the shared dialog does)."""
        self.query(TickBox).first().focus(scroll_visible=False)

    def chosen(self) -> tuple[PlanChoice, ...]:
        """The ticked parts, in plan order."""
        ticked = {box.name for box in self.query(TickBox) if box.value}
        return tuple(choice for choice in ALL_PLAN_CHOICES if choice.value in ticked)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save with the ticked parts, or cancel."""
        event.prevent_default()
        if event.button.id != "save":
            self.dismiss(None)
            return
        chosen = self.chosen()
        if not chosen:
            self.query_one("#nothing-chosen", Static).update(literal(_(NOTHING_CHOSEN)))
            return
        self.dismiss(chosen)
