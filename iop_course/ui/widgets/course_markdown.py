"""Course text as Markdown: one parser made once, and links shown instead of opened.

Lesson pages and module intros both show author Markdown; this widget gives them the same
parser and the same answer to a clicked link, because a link must never crash or leave the app.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from textual.widgets import Markdown

from iop_course.ui.widgets.literal import literal

LINK_NOTICE = "This link goes to {href}. Open it in your web browser if you want to visit it."


@lru_cache(maxsize=1)
def course_markdown_parser() -> MarkdownIt:
    """The parser every course Markdown widget shares, made once (Textual makes a new one for
    every update otherwise). CommonMark with tables and strikethrough, like Textual's own
    "gfm-like" minus linkify: addresses are shown, never opened, and linkify doubles the time
    a page takes to parse. Boxes never reach it (the page splits them out)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


class CourseMarkdown(Markdown):
    """Textual's ``Markdown`` with the shared parser; a clicked link shows its address."""

    def __init__(self, markdown: str, *, classes: str | None = None) -> None:
        super().__init__(markdown, open_links=False, classes=classes,
                         parser_factory=course_markdown_parser)

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Show the link's address instead of opening it."""
        event.stop()
        self.notify(literal(LINK_NOTICE.format(href=event.href)), title="Link")
