"""Markdown block widgets that keep the size a layout gives them (see ``SizedInLayout``).

A page turn changes the height of nearly every block on the page: each paragraph, each list row
and its column, the list, the Markdown widget and its slot. Each of those sizes, stored after
the layout that computed it, used to ask for one more layout, which drew the page a second time
about 40 ms later (benchmarks/learning_loop.py, "page turn"). These are Textual's own block
classes with ``SizedInLayout`` mixed in, under the same names, so the same CSS applies to them
and the screen looks exactly the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Markdown
from textual.widgets._markdown import (
    MarkdownBlock, MarkdownBullet, MarkdownBulletList, MarkdownOrderedList,
)

from iop_course.ui.widgets.sized_in_layout import SizedInLayout, sized


def _sized_rows(rows: Iterable[Widget]) -> Iterable[Widget]:
    """A list's rows (a bullet beside a column of the item's blocks), as sized widgets.

    The rows come from the list's own ``compose`` (Textual's bullets and numbering) and are not
    mounted yet, so what they hold is still their pending children.
    """
    for row in rows:
        bullet, column = row._pending_children
        sized_bullet = sized(MarkdownBullet)()
        sized_bullet.symbol = bullet.symbol
        yield sized(Horizontal)(sized_bullet, sized(Vertical)(*column._pending_children))


def _sized_list(list_class: type[MarkdownBlock]) -> type[MarkdownBlock]:
    """A list whose rows and columns are sized too."""

    def compose(self: MarkdownBlock) -> Iterable[Widget]:
        return _sized_rows(list_class.compose(self))

    return type(list_class.__name__, (SizedInLayout, list_class),
                {"__module__": list_class.__module__, "compose": compose})


SIZED_BLOCKS: dict[str, type[MarkdownBlock]] = {
    **{name: sized(block_class) for name, block_class in Markdown.BLOCKS.items()},
    "bullet_list_open": _sized_list(MarkdownBulletList),
    "ordered_list_open": _sized_list(MarkdownOrderedList),
}
"""Every kind of Markdown block, for ``Markdown.BLOCKS``."""
