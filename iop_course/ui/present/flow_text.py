"""Author Markdown drawn the way slides draw it, for text that may scroll (the presenter's notes).

A ``Static`` showing styled text wraps a list item's second line under its bullet, which makes a
group plan of long steps hard to scan while a group waits. This widget wraps the text itself, to
its own width, with each bullet or number hanging left of its item's lines: the slides' own
wrapping (``unit_lines``), so notes and slides read the same Markdown the same way. Nothing in
the text is read as markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from iop_course.present.flow import markdown_units
from iop_course.ui.present.slide_cutter import flow_lines


class FlowText(Widget):
    """A run of author Markdown whose list items keep a hanging indent at any width."""

    DEFAULT_CSS = "FlowText { height: auto; }"

    def __init__(self, markdown: str, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self._units = markdown_units(markdown)
        self._lines_at: dict[int, list[Content]] = {}

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the text takes at ``width``."""
        return len(self._lines(width))

    def render(self) -> Content:
        """The text wrapped to the widget's width."""
        return Content("\n").join(self._lines(self.content_size.width))

    def _lines(self, width: int) -> list[Content]:
        if width not in self._lines_at:
            self._lines_at[width] = flow_lines(self._units, max(1, width))
        return self._lines_at[width]
