"""A tick box whose ticked and unticked states differ without colour: ✓ or an empty box.

Textual's Checkbox draws the same X either way and tells the two apart by colour alone, which a
learner with colour blindness, a faint screen or a light theme cannot see.
"""

from __future__ import annotations

from textual.widgets import Checkbox

TICKED = "✓"
UNTICKED = " "


class TickBox(Checkbox):
    """A Checkbox that shows ✓ when ticked and nothing when not."""

    BUTTON_INNER = TICKED

    def watch_value(self) -> None:
        """Draw the mark for the new state, then tell listeners as Checkbox does."""
        self.BUTTON_INNER = TICKED if self.value else UNTICKED
        super().watch_value()

    def on_mount(self) -> None:
        """Draw the mark for the starting state."""
        self.BUTTON_INNER = TICKED if self.value else UNTICKED
        self.refresh()
