"""The neutral screen shown after presenting from a learner's own app.

The projector may still be on when a facilitator ends present mode, so the learner's home (its
lessons, progress and scores) must not appear by itself. This screen says presenting has
ended and shows nothing of anyone; Enter opens the course again.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from iop_course.i18n import N_, Words
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "ended": N_("Presenting has ended."),
        "how": N_(
            "Turn off the projector or switch screens, then press Enter to open your course."
        ),
    }
)


class PresentingEndedScreen(Screen[None]):
    """Covers the learner's screens after presenting; Enter goes back to them."""

    BINDINGS = [
        get_help_binding(),
        Binding("enter", "back", N_("Open my course"), tooltip=N_("Back to your own course.")),
    ]
    DEFAULT_CSS = """
    PresentingEndedScreen { align: center middle; }
    PresentingEndedScreen Static { width: auto; max-width: 70; padding: 0 2; margin-bottom: 1; }
    PresentingEndedScreen #ended { text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        """Two lines and the keys."""
        yield Static(literal(WORDS["ended"]), id="ended")
        yield Static(literal(WORDS["how"]))
        yield FittingFooter()

    def action_back(self) -> None:
        """Back to the learner's screens."""
        self.dismiss()
