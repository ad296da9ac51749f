"""The slide as the room sees it: its words in one widget, and the counter line under it.

A slide turn changes only their words, never their size: the slide's widget fills the room the
screen leaves for it (its margins are set when the screen is laid out, at each new size) and
the counter line is one line as wide as the screen. So a turn draws these two widgets again
and lays nothing out (``update(layout=False)``): a layout of the whole screen (a heading and a
body sized to their text, a counter sized to its words) was most of a turn's own time. A title
slide is centred by the blank lines above it, for the same reason.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from iop_course.ui.widgets.sized_in_layout import SizedInLayout

BAR_PADDING = 2  # blank columns at each end of the counter line, and between its two parts
COUNTER_STYLE = "bold $foreground"


class SlideText(SizedInLayout, Static):
    """A slide's heading and text, already wrapped and cut to fit (never a scrollbar)."""

    line_count = 0
    """How many lines the slide shown has (a test checks they fit the widget)."""

    def show(self, lines: list[Content], height: int, centred: bool = False) -> None:
        """Show ``lines`` at the top of the ``height`` lines there are, or in their middle."""
        above = max(0, (height - len(lines)) // 2) if centred else 0
        shown = [Content("")] * above + lines
        self.line_count = len(shown)
        self.update(Content("\n").join(shown), layout=False)


class SlideBar(SizedInLayout, Static):
    """The counter ("Slide 4 of 18") on the left, the lesson's title on the right (cut with
    "…" when the line is too short for it)."""

    def show(self, counter: str, title: str, width: int) -> None:
        """Say ``counter`` and ``title`` on a line ``width`` cells wide."""
        gap = " " * BAR_PADDING
        line = Content.assemble(gap, (counter, COUNTER_STYLE), gap)
        room = width - line.cell_length - 2 * BAR_PADDING
        if room > 0:
            shown = Content(title).truncate(room, ellipsis=True)
            line = Content.assemble(line, " " * (BAR_PADDING + room - shown.cell_length), shown)
        self.update(Content.assemble(line, gap), layout=False)
