"""A screen laid out once when it opens, and again only when something on it changes.

Textual lays a screen out a second time just after its first layout, for nothing: every widget
the first layout sized asks for another layout because its size changed (from none to the one
it was just given), widgets mounted with the screen ask again for the layout they just had, and
the screen lays itself out again on every resize event, even one of the size it was just laid
out at (the event its own first layout sends it, and the terminal's first report of its size).
On a long lesson page each pass took as long as the first, and a key pressed the moment the page
appeared (Get help now) waited behind them (benchmarks/long_pages.py). The first layout places
every widget with the screen's real size, so here it is the only one; later changes (a page
turn, new keys in the footer, a scroll bar) are laid out as usual.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget

from iop_course.ui.widgets.sized_in_layout import keep_layout_sizes


class OneLayoutScreen(Screen[None]):
    """A screen whose first layout is final: its widgets keep the sizes it gives them.

    A scrollable area on it should keep room for its scroll bar (``scrollbar-gutter:
    stable``), or a bar appearing after the first layout narrows the text and lays it out again.
    """

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        """Before the first layout, the widgets' pending requests for one are its own."""
        if not self._compositor.size:
            widgets = [self, *self.walk_children(Widget)]
            keep_layout_sizes(widgets)
            for widget in widgets:
                widget._layout_required = False
        super()._refresh_layout(size, scroll)

    def _screen_resized(self, size: Size) -> None:
        """Lay the screen out again only for a new size."""
        if size != self._compositor.size:
            super()._screen_resized(size)
