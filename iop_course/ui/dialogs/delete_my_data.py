"""Asked before deleting everything the course keeps about the learner: what goes, what stays.

Deleting cannot be undone, so nothing happens by accident: Cancel has the focus (Enter or Esc
keeps everything), and deleting needs the word DELETE typed in the box. The files listed are the
real ones in the data folder right now (store.kept_files, as ``iop-course paths`` lists them).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Static

from iop_course.store.kept_files import FoundFile
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.literal import literal

TITLE = "Delete my data"
WHAT_GOES = (
    "This deletes everything IOP Course keeps about you on this computer, and it "
    "cannot be undone: the course then starts over, as for someone new. These files "
    "in {folder} go:"
)
NOTHING_THERE = "There are no files of yours there right now."
ONE_FILE = "• {name}: {meaning}"
WHAT_STAYS = (
    "These stay: files you exported yourself (such as a handout or your printed "
    "plan), wherever you saved them, and the course itself, its lessons and quizzes."
)
HOW_TO_CONFIRM = "Type DELETE and press Enter:"
CONFIRM_WORD = "DELETE"
NOT_YET = "Type DELETE to delete, or press Esc to keep everything."
CANCEL_LABEL = "Cancel (Esc)"
DELETE_LABEL = "Delete my data"


class DeleteMyDataDialog(TextDialog):
    """Dismissed with True to delete, or False to keep everything (the default)."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding(
            "escape", "cancel", "Cancel", key_display="Esc", tooltip="Keep everything and go back."
        ),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    #files-that-go { padding-left: 2; margin-bottom: 1; }
    #confirm-controls { dock: bottom; height: auto; margin-top: 1; }
    #confirm-line, .dialog-buttons { height: auto; }
    #how-to-confirm { width: auto; margin-right: 1; }
    #confirm-word { width: 12; background: $primary-muted; }
    #not-yet { color: $text-warning; }
    #delete-my-data { margin: 1 0 1 2; }
    """

    def __init__(self, folder: Path, files: list[FoundFile]) -> None:
        super().__init__()
        self.folder = folder
        self.files = files

    def body(self) -> Iterable[Widget]:
        """That it cannot be undone, what goes (each real file) and what stays."""
        yield Static(literal(WHAT_GOES.format(folder=self.folder)))
        lines = [ONE_FILE.format(name=file.path.name, meaning=file.meaning) for file in self.files]
        yield Static(literal("\n".join(lines) or NOTHING_THERE), id="files-that-go")
        yield Static(literal(WHAT_STAYS))

    def compose(self) -> ComposeResult:
        """The text, then (always in view, below it) the box for the word and two buttons;
        Cancel is focused."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(self.dialog_title)
            with Vertical(id="confirm-controls"):
                with Horizontal(id="confirm-line"):
                    yield Static(literal(HOW_TO_CONFIRM), id="how-to-confirm")
                    yield Input(id="confirm-word", compact=True, max_length=20)
                not_yet = Static(literal(NOT_YET), id="not-yet")
                not_yet.display = False
                yield not_yet
                with Horizontal(classes="dialog-buttons"):
                    yield Button(literal(CANCEL_LABEL), id="close", variant="primary", compact=True)
                    yield Button(
                        literal(DELETE_LABEL),
                        id="delete-my-data",
                        variant="error",
                        compact=True,
                        disabled=True,
                    )
            yield from self.body()
        yield Footer()

    def on_input_changed(self, event: Input.Changed) -> None:
        """The delete button works only once the word is typed."""
        self.query_one("#delete-my-data", Button).disabled = not _confirmed(event.value)
        self.query_one("#not-yet", Static).display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the box deletes once the word is there; otherwise say what is needed."""
        if _confirmed(event.value):
            self.dismiss(True)
        else:
            self.query_one("#not-yet", Static).display = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Delete, or cancel (instead of the shared dialog's plain close)."""
        event.prevent_default()
        self.dismiss(event.button.id == "delete-my-data")

    def action_cancel(self) -> None:
        """Keep everything."""
        self.dismiss(False)


def _confirmed(typed: str) -> bool:
    return typed.strip().upper() == CONFIRM_WORD
