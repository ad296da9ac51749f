"""A mixin for widgets whose size changes on every step, so one layout pass is enough.

After each layout Textual stores every widget's new size in its ``virtual_size``, a reactive that
asks for one more layout whenever it changes. For the widgets that mix this in, that size was
just computed by the very layout that stores it (and scroll bars are updated from it at once),
so the extra pass, and the one it sets off in the container around it, only drew the same screen
again. On the quiz screen, where the question, its choices, the feedback and the footer's keys
change size on every step, those passes were a large share of going to the next question
(benchmarks/learning_loop.py measures it against a bare Textual app).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.geometry import Size
from textual.widget import Widget


class SizedInLayout:
    """Takes the size a layout gives it without asking for another layout.

    Put it first among the bases of a widget class: it is not a widget itself, so the widget
    still inherits the CSS of the widget class that follows it.
    """

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Store the new size; the layout that computed it has already placed everything."""
        return super()._size_updated(  # type: ignore[misc]
            size, virtual_size, container_size, layout=False
        )


def keep_layout_sizes(widgets: Iterable[Widget]) -> None:
    """Give these widgets ``SizedInLayout``'s behaviour, one by one.

    For widgets that Textual's own code makes (Markdown's paragraphs, lists and their rows),
    whose classes cannot take the mixin: the method is replaced on each widget instead.
    """
    for widget in widgets:
        if "_size_updated" not in vars(widget):
            vars(widget)["_size_updated"] = _sized_in_layout(widget._size_updated)


def _sized_in_layout(size_updated: Callable[..., bool]) -> Callable[..., bool]:
    def keep_size(
        size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return size_updated(size, virtual_size, container_size, layout=False)

    return keep_size
