"""A yes-or-no question asked in present mode (end the lesson? go back to where we were?).

The safe answer has the focus, so Enter never ends a group's lesson by accident. ``q`` does
nothing here (it sits next to ``a``, a counting key); ``y`` and ``n`` answer, Esc is no.
Where the two answers do not fit side by side (60 columns, in Spanish), one goes under the
other, each whole with its key.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from iop_course.i18n import N_
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal


class AskDialog(ModalScreen[bool]):
    """Dismissed with True for yes, False for no; ``focus_yes`` makes yes the Enter answer."""

    CSS_PATH = "../dialogs/text_dialog.tcss"
    BINDINGS = [
        get_help_binding("app."),
        Binding("y", "answer(True)", N_("Yes"), tooltip=N_("Answer yes.")),
        Binding("n,escape", "answer(False)", N_("No"), key_display="n", tooltip=N_("Answer no.")),
    ]
    DEFAULT_CSS = """
    AskDialog { align: center middle; }
    AskDialog .dialog-buttons { height: auto; margin-top: 1; }
    AskDialog .dialog-buttons.-stacked { layout: vertical; }
    AskDialog #yes { margin-right: 2; }
    AskDialog .-stacked #yes { margin-bottom: 1; }
    """

    def __init__(self, title: str, text: str, yes: str, no: str, focus_yes: bool = False) -> None:
        super().__init__()
        self.dialog_title = title
        self.text = text
        self.yes_label = yes
        self.no_label = no
        self.focus_yes = focus_yes

    def compose(self) -> ComposeResult:
        """The question, its two answers as buttons, and the keys."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(self.dialog_title)
            yield Static(literal(self.text), classes="help-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(self.yes_label), id="yes", variant="primary", compact=True)
                yield Button(literal(self.no_label), id="no", compact=True)
        yield FittingFooter()

    def on_mount(self) -> None:
        """The safe answer has the focus."""
        self.query_one("#yes" if self.focus_yes else "#no", Button).focus()

    def on_resize(self) -> None:
        """A new width: the answers side by side if they fit, else one under the other."""
        self.call_after_refresh(self._fit_answers)

    def _fit_answers(self) -> None:
        row = self.query_one(".dialog-buttons", Horizontal)
        needed = sum(
            button.outer_size.width + button.styles.margin.width
            for button in row.query_children(Button)
        )
        row.set_class(needed > row.content_region.width, "-stacked")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on a button answers."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """y or n answers."""
        self.dismiss(yes)
