"""Welcome back: one line saying a short review is ready, and the three ways on from it.

A returning learner who reopens the course on a lesson would not see home's review offer until
they went back there. This says it on the first screen, in one line, with its keys: the review,
carrying on where they were, or their plan. It never counts anything missed or overdue: a gap
is not a failure.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.i18n import N_, _, ngettext
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

Choice = Literal["review", "plan"]

TITLE = N_("Welcome back")
READY = N_("A short review is ready, about {minutes}.")
REVIEW_LABEL = N_("Review (r)")
CARRY_ON_LABEL = N_("Carry on (c)")
PLAN_LABEL = N_("My plan (m)")


class WelcomeBackDialog(TextDialog[Choice | None]):
    """Dismissed with "review", "plan", or None to carry on where the learner was."""

    BINDINGS = [
        *app_wide_bindings("app."),
        Binding("r", "choose('review')", N_("Review"), tooltip=N_("Start today's short review.")),
        Binding(
            "c,escape",
            "choose('')",
            N_("Carry on"),
            key_display="c",
            tooltip=N_("Go on where you were; the review waits on the list of lessons."),
        ),
        Binding("m", "choose('plan')", N_("My plan"), tooltip=N_("Open My recovery plan.")),
    ]
    dialog_title = TITLE
    DEFAULT_CSS = """
    WelcomeBackDialog .dialog-buttons { height: auto; }
    /* In line with Review, which has the shared dialogs' margin for their one button (#close). */
    WelcomeBackDialog #carry-on, WelcomeBackDialog #plan { margin: 1 0 1 2; }
    """

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.minutes = minutes

    def body(self) -> Iterable[Widget]:
        """The one line."""
        how_long = ngettext("{minutes} minute", "{minutes} minutes", self.minutes).format(
            minutes=self.minutes
        )
        yield Static(literal(_(READY).format(minutes=how_long)), classes="help-text")

    def compose(self) -> ComposeResult:
        """The line and a button for each way on; Review has the focus."""
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = literal(_(self.dialog_title))
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal(_(REVIEW_LABEL)), id="close", variant="primary", compact=True)
                yield Button(literal(_(CARRY_ON_LABEL)), id="carry-on", compact=True)
                yield Button(literal(_(PLAN_LABEL)), id="plan", compact=True)
        yield FittingFooter()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The button's way on."""
        event.prevent_default()
        self.action_choose({"close": "review", "plan": "plan"}.get(event.button.id or "", ""))

    def action_choose(self, choice: str) -> None:
        """Close, saying where to go ("" to carry on)."""
        self.dismiss("review" if choice == "review" else "plan" if choice == "plan" else None)
