"""Course text as Markdown: one parser made once, text updated in place, links shown not opened.

Lesson pages and module intros both show author Markdown; this widget gives them the same
parser and the same answer to a clicked link, because a link must never crash or leave the app.
Its blocks are built with the widget (not mounted after it, a second pass), and new text reuses
the block widgets already on screen (see ``markdown_in_place``), so a page turn is one layout.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.widget import Widget
from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownBlock

from iop_course.i18n import N_, _
from iop_course.ui.widgets.markdown_in_place import put_blocks
from iop_course.ui.widgets.sized_in_layout import keep_layout_sizes

LINK_NOTICE = N_("This link goes to {href}. Open it in your web browser if you want to visit it.")


@lru_cache(maxsize=1)
def course_markdown_parser() -> MarkdownIt:
    """The parser every course Markdown widget shares, made once (Textual makes a new one for
    every update otherwise). CommonMark with tables and strikethrough, like Textual's own
    "gfm-like" minus linkify: addresses are shown, never opened, and linkify doubles the time
    a page takes to parse. Boxes never reach it (the page splits them out)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


class CourseMarkdown(Markdown):
    """Textual's ``Markdown`` with the shared parser; a clicked link shows its address.

    Once shown, the widget and its blocks keep the size a layout gives them, so new text is
    laid out once: each size stored after a layout used to ask for one more, which drew a
    turned page a second time a moment later (benchmarks/learning_loop.py). (Not before the
    first paint: there that second pass is what puts the text on screen.)
    """

    def __init__(self, markdown: str, *, classes: str | None = None) -> None:
        super().__init__(
            markdown, open_links=False, classes=classes, parser_factory=course_markdown_parser
        )

    def compose(self) -> ComposeResult:
        """The text's blocks, mounted with the widget (``Markdown`` mounts them a pass later).

        Markdown's own mount handler then finds the same text already shown and does nothing.
        """
        yield from self._blocks_for(self._initial_markdown or "")

    def _blocks_for(self, markdown: str) -> list[MarkdownBlock]:
        """Parse ``markdown`` (a page: about a millisecond) into unmounted block widgets."""
        self._markdown = markdown
        self._table_of_contents = None
        return list(self._parse_markdown(course_markdown_parser().parse(markdown)))

    def update(self, markdown: str) -> AwaitComplete:
        """Show ``markdown`` in the block widgets already here; await it for any new ones.

        Parsed at once, not in a thread as ``Markdown.update`` does, so the whole change is
        made in the caller's frame (see ``PageView.show``).
        """
        if markdown == self._markdown:
            return AwaitComplete()
        # Shown at least once, so laid out: from now on one layout pass is enough for them.
        keep_layout_sizes([self, *self.walk_children(Widget)])
        shown = list(self.query_children(MarkdownBlock))
        return AwaitComplete(*put_blocks(self, shown, self._blocks_for(markdown)))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Show the link's address instead of opening it."""
        event.stop()
        self.notify(_(LINK_NOTICE).format(href=event.href), markup=False, title=_("Link"))
