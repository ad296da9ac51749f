"""The title bar, where "Page 2 of 5" or "Question 1 of 6" is never the part that is cut.

Textual's Header shows "title — subtitle" and cuts the end when it is too wide, so at 60
columns a long lesson title left "Depression and anxiety in recovery — Page…". Here the
subtitle (where the learner is) stays whole and the title gives way, ending in "…".
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.visual import VisualType
from textual.widgets import Header
from textual.widgets._header import HeaderClockSpace, HeaderIcon, HeaderTitle

SEPARATOR = " \u2014 "
MORE = "\u2026"
SHORTEST_TITLE = 6  # below this many cells a title says nothing: the subtitle shows alone


class FittingHeaderTitle(HeaderTitle):
    """Lays out the title and subtitle for its width each time it is drawn."""

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """A new title or subtitle: drawn again, never laid out. The words come from the screen
        at each paint (``render``) in a line as wide as the bar, so a new title needs no layout;
        Textual's asked for one each time (on a long lesson page, a whole pass just after its
        first frame, which a key pressed then waited for)."""
        super().update(content, layout=False)

    def render(self) -> Content:
        """The subtitle whole; as much of the title as fits before it."""
        header = self.parent
        if not isinstance(header, Header):
            return Content("")
        return fitted_title(header.screen_title, header.screen_sub_title, self.content_size.width)


class FittingHeader(Header):
    """A ``Header`` whose subtitle is never cut to make room for the title."""

    def compose(self) -> ComposeResult:
        """The icon, the fitted title and the clock's space, as Header has them."""
        yield HeaderIcon().data_bind(Header.icon)
        yield FittingHeaderTitle()
        yield HeaderClockSpace()


def fitted_title(title: str, sub_title: str, width: int) -> Content:
    """``title — sub_title`` in ``width`` cells, the title cut with "…" (or left out) first."""
    whole = Content(title)
    if not sub_title:
        return whole
    sub = Content(sub_title).stylize("dim")
    room = width - sub.cell_length - len(SEPARATOR)
    if width <= 0 or whole.cell_length <= room:
        return Content.assemble(whole, (SEPARATOR, "dim"), sub)
    if room < SHORTEST_TITLE:
        return sub
    cut = whole.truncate(room - 1).rstrip()
    return Content.assemble(cut, MORE, (SEPARATOR, "dim"), sub)
