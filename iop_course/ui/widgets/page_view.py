"""One lesson page on screen: its heading, its text and its boxes, in order.

Text goes to Textual's ``Markdown`` widget one block at a time (a page, never a whole lesson,
because that widget slows down on long documents). Boxes are widgets of their own, since the
Markdown widget cannot show container tokens. Links are never opened: the learner is shown the
address, because a link must never crash or leave the app.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
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

    async def show(self, page: Page, objectives: tuple[str, ...] = (),
                   sources: tuple[str, ...] = ()) -> None:
        """Replace what is shown with this page's learner blocks.

        The first page also lists what the lesson teaches, and the last page names the sources
        it rests on, so a learner can see where the facts come from.
        """
        await self.remove_children()
        widgets: list[Widget] = [Static(literal(page.title), classes="page-title")]
        if objectives:
            widgets.append(_listing("In this lesson you will learn to:", objectives, "objectives"))
        for block in page.learner_blocks():
            if isinstance(block, Box):
                widgets.append(BoxView(block))
            else:
                widgets.append(Markdown(block.markdown, open_links=False))
        if sources:
            widgets.append(_listing("Sources", sources, "sources"))
        await self.mount_all(widgets)
        self.scroll_home(animate=False)

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Show the link's address instead of opening it."""
        event.stop()
        self.notify(literal(f"This link goes to {event.href}. Open it in your web browser "
                            "if you want to visit it."), title="Link")


def _listing(heading: str, items: tuple[str, ...], classes: str) -> Static:
    """A heading and a bulleted list, shown exactly as written."""
    return Static(literal("\n".join([heading, *(f"• {item}" for item in items)])),
                  classes=classes)
