"""Pause the room: a calm grounding screen with 988 and nothing else, one key away.

When someone in the group becomes distressed, the facilitator presses ``.`` and the projector
shows only this; the same key (or Esc) brings back the same slide with its tallies, which stay
underneath untouched. No footer, no counter, no lesson title: nothing else reaches the room.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from iop_course.i18n import N_, Words
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "pause": N_("Let's take a pause."),
        "breathe": N_("Breathe in slowly. Hold it for a moment. Breathe out slowly."),
        "feet": N_("Feel your feet on the floor. Notice three things you can see."),
        "step_out": N_("You can step out if you need to. You can come back when you are ready."),
        "help": N_("If you are in crisis: call or text 988, any time, day or night."),
    }
)
PAUSE_KEYS = "full_stop,escape"


class PauseScreen(ModalScreen[None]):
    """The room's pause: grounding words and 988; ``.`` or Esc goes back to the slide."""

    BINDINGS = [
        get_help_binding("app."),
        Binding(PAUSE_KEYS, "dismiss", N_("Back to the slide"), show=False),
    ]
    DEFAULT_CSS = """
    PauseScreen { background: $background; align: center middle; }
    PauseScreen #pause-words { width: 90%; max-width: 70; height: auto; padding: 0 2; }
    PauseScreen .pause-line { width: 100%; margin-bottom: 1; }
    PauseScreen .pause-title { text-style: bold; color: $text-primary; }
    PauseScreen .pause-help { text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        """The grounding words, centred, and the help line."""
        with Vertical(id="pause-words"):
            yield Static(literal(WORDS["pause"]), classes="pause-line pause-title")
            for key in ("breathe", "feet", "step_out"):
                yield Static(literal(WORDS[key]), classes="pause-line")
            yield Static(literal(WORDS["help"]), classes="pause-line pause-help")
