"""Text in a box of fixed height that shows it is cut: the last line that fits ends in "…".

The home screen's summary line has a fixed two rows, so the list above it does not jump as the
highlight moves; a longer summary used to stop mid-sentence with nothing to say there was more.
"""

from __future__ import annotations

import textwrap

from textual.content import Content, ContentType
from textual.visual import VisualType
from textual.widgets import Static

from iop_course.ui.widgets.literal import literal

MORE = "\u2026"


def fit_lines(text: str, width: int, rows: int) -> str:
    """``text`` wrapped at ``width``; when it needs more than ``rows`` lines, the last shown
    ends at a whole word with "…"."""
    if width <= 1 or rows <= 0:
        return text
    lines = textwrap.wrap(text, width)
    if len(lines) <= rows:
        return "\n".join(lines)
    rest = " ".join(lines[rows - 1 :])
    last = textwrap.shorten(rest, width, placeholder=MORE)
    if last == MORE:  # one word longer than the line: cut inside it
        last = rest[: width - 1] + MORE
    return "\n".join([*lines[: rows - 1], last])


class ShortenedText(Static):
    """A ``Static`` whose text (shown literally) is cut to its height with "…"."""

    def __init__(self, content: VisualType = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = _plain(content)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show new text (its words only: it is laid out here)."""
        self._text = _plain(content)
        self.refresh(layout=layout)

    def render(self) -> Content:
        """The text as much as fits, with "…" where it is cut."""
        size = self.content_size
        return literal(fit_lines(self._text, size.width, size.height))


def _plain(content: VisualType | ContentType) -> str:
    return content.plain if isinstance(content, Content) else str(content)
