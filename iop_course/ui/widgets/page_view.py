"""One lesson page on screen: its heading, its text and its boxes, in order.

Text goes to Textual's ``Markdown`` widget one block at a time (a page, never a whole lesson,
because that widget slows down on long documents). Boxes are widgets of their own, since the
Markdown widget cannot show container tokens. Links are never opened: the learner is shown the
address, because a link must never crash or leave the app.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Markdown, Static

from iop_course.content.model import Box, Page
from iop_course.ui.widgets.literal import literal


class BoxView(Vertical):
    """A tip, practice or warning, set apart with a border and a label."""

    def __init__(self, box: Box) -> None:
        super().__init__(classes=f"box box-{box.kind.value}")
        self.box = box
        self.border_title = literal(box.kind.label)

    def compose(self) -> ComposeResult:
        """The box's own Markdown."""
        yield Markdown(self.box.markdown, open_links=False)


class PageView(VerticalScroll):
    """Shows one page; ``show`` swaps in another without rebuilding the screen."""

    async def show(self, page: Page) -> None:
        """Replace what is shown with this page's learner blocks."""
        await self.remove_children()
        widgets = [Static(literal(page.title), classes="page-title")]
        for block in page.learner_blocks():
            if isinstance(block, Box):
                widgets.append(BoxView(block))
            else:
                widgets.append(Markdown(block.markdown, open_links=False))
        await self.mount_all(widgets)
        self.scroll_home(animate=False)

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Show the link's address instead of opening it."""
        event.stop()
        self.notify(literal(f"This link goes to {event.href}. Open it in your web browser "
                            "if you want to visit it."), title="Link")
