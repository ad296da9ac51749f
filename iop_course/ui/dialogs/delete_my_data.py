"""Asked before deleting everything the course keeps about the learner: what goes, what stays.

Deleting cannot be undone, so nothing happens by accident: deleting needs the word DELETE typed
in the box, which has the focus and is drawn in the text's own colour so it shows on every theme.
Enter with anything else says that nothing was deleted (it never closes the dialog in silence),
and Esc keeps everything. The files listed are the real ones in the data folder right now
(store.kept_files, as ``iop-course paths`` lists them), less a save under way; the plans the app
saved elsewhere are named, since they hold the learner's own words and stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from iop_course.i18n import N_, _
from iop_course.store.kept_files import FoundFile
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.ink import clearest_ink
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.typing_field import TypingField

TITLE = N_("Delete my data")
CANNOT_UNDO = N_(
    "This deletes everything IOP Course keeps about you on this computer, and it "
    "cannot be undone: the course then starts over, as for someone new."
)
WHAT_GOES = N_("These files in {folder} go:")
NOTHING_THERE = N_("There are no files of yours there right now.")
ONE_FILE = N_("• {name}: {meaning}")
WHAT_STAYS = N_(
    "These stay: files you exported yourself (such as a handout or your printed "
    "plan), wherever you saved them, and the course itself, its lessons and quizzes."
)
SAVED_PLANS = N_(
    "The plans you saved to print also stay, and they hold your own words. Delete them "
    "yourself if you want them gone:"
)
HOW_TO_CONFIRM = N_("Type DELETE and press Enter:")
CONFIRM_WORD = "DELETE"  # typed the same in every language, as the keys are
NOT_YET = N_(
    "Nothing was deleted. Type DELETE in the box to delete, or press Esc to keep everything."
)
CANCEL_LABEL = N_("Cancel (Esc)")
DELETE_LABEL = N_("Delete my data")


class DeleteMyDataDialog(TextDialog[bool]):
    """Dismissed with True to delete, or False to keep everything (the default)."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            key_display="Esc",
            tooltip=N_("Keep everything and go back."),
        ),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    #files-that-go { padding-left: 2; margin-bottom: 1; }
    #what-goes { margin-top: 1; }
    #confirm-controls { dock: bottom; height: auto; margin-top: 1; }
    #confirm-line, .dialog-buttons { height: auto; }
    #how-to-confirm { width: auto; margin: 1 1 0 0; }
    #saved-plans { margin-top: 1; }
    DeleteMyDataDialog #confirm-word, DeleteMyDataDialog #confirm-word:focus {
        width: 16;
        border: round $foreground;
        background: $surface;
        padding: 0 1;
    }
    #not-yet { color: $text-warning; }
    .saved-plan { padding-left: 2; text-wrap: nowrap; text-overflow: fold; }
    #delete-my-data { margin: 1 0 1 2; }
    """

    def __init__(
        self, folder: Path, files: list[FoundFile], saved_plans: Iterable[Path] = ()
    ) -> None:
        """``saved_plans``: the printable plans the app saved, that are still there."""
        super().__init__()
        self.folder = folder
        self.files = files
        self.saved_plans = tuple(saved_plans)

    def body(self) -> Iterable[Widget]:
        """That it cannot be undone, the saved plans that stay (first: they hold the
        learner's own words and are outside the folder, so a small window still shows them
        above the box), what goes (each real file) and what else stays."""
        yield Static(literal(_(CANNOT_UNDO)))
        if self.saved_plans:
            yield Static(literal(_(SAVED_PLANS)), id="saved-plans")
            for path in self.saved_plans:
                yield Static(literal(f"• {path}"), classes="saved-plan")
        yield Static(literal(_(WHAT_GOES).format(folder=self.folder)), id="what-goes")
        lines = [
            _(ONE_FILE).format(name=file.path.name, meaning=file.meaning) for file in self.files
        ]
        yield Static(literal("\n".join(lines) or _(NOTHING_THERE)), id="files-that-go")
        yield Static(literal(_(WHAT_STAYS)))

    def compose(self) -> ComposeResult:
        """The text, then (always in view, below it) the box for the word and two buttons."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(_(self.dialog_title))
            with Vertical(id="confirm-controls"):
                with Horizontal(id="confirm-line"):
                    yield Static(literal(_(HOW_TO_CONFIRM)), id="how-to-confirm")
                    yield TypingField(id="confirm-word", max_length=20)
                not_yet = Static(literal(_(NOT_YET)), id="not-yet")
                not_yet.display = False
                yield not_yet
                with Horizontal(classes="dialog-buttons"):
                    yield Button(
                        literal(_(CANCEL_LABEL)), id="close", variant="primary", compact=True
                    )
                    yield Button(
                        literal(_(DELETE_LABEL)),
                        id="delete-my-data",
                        variant="error",
                        compact=True,
                        disabled=True,
                    )
            yield from self.body()
        yield FittingFooter()

    def focus_first(self) -> None:
        """Start in the box, so what the learner types shows there (not on Cancel)."""
        self.query_one("#confirm-word", Input).focus(scroll_visible=False)

    def on_mount(self) -> None:
        """Draw the box's edge for this theme, and again whenever the theme changes."""
        self._draw_box()
        self.app.theme_changed_signal.subscribe(self, lambda _: self._draw_box())

    def _draw_box(self) -> None:
        """Draw the box's edge and text in black or white, whichever shows on this theme's
        surface (the theme's own text colour is too faint on some)."""
        surface = Color.parse(self.app.theme_variables["surface"])
        ink = clearest_ink(surface)
        box = self.query_one("#confirm-word", Input)
        box.styles.border = ("round", ink)
        box.styles.color = ink

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

    async def action_dismiss(self, result: object = None) -> None:
        """Enter away from the box and the buttons (on the text, say): say that nothing was
        deleted and what to do, instead of closing as the other dialogs do."""
        self.query_one("#not-yet", Static).display = True


def _confirmed(typed: str) -> bool:
    return typed.strip() == CONFIRM_WORD  # exactly, as iop-course forget asks
