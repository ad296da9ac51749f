"""A heading over a bulleted list whose wrapped lines keep a hanging indent.

Lesson objectives and sources are long sentences: at 60 columns they wrap, and a wrapped line
that starts under the bullet makes the list hard to scan. A two-column grid keeps each item's
text in its own column. Items are shown exactly as written (brackets are not markup).
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

BULLET = "•"


class Listing(Static):
    """A heading and bulleted items; hidden while there are no items."""

    def show(self, heading: str, items: tuple[str, ...]) -> None:
        """Show these items under this heading, or hide the listing when there are none."""
        self.display = bool(items)
        if items:
            self.update(hanging_list(heading, items))


def hanging_list(heading: str, items: tuple[str, ...]) -> Group:
    """The heading, then one row per item: the bullet in a column of its own, then the text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(BULLET, Text(item))
    return Group(Text(heading), grid)
