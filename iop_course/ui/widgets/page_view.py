"""One lesson page on screen: its heading, its text and its boxes, in order.

Text goes to Textual's ``Markdown`` widget one block at a time (a page, never a whole lesson,
because that widget slows down on long documents). Boxes are widgets of their own, since the
Markdown widget cannot show container tokens. Turning a page updates these widgets in place
(no remove and mount of the whole page), so a turn costs little more than one Markdown update.
Links are never opened: the learner is shown the address, because a link must never crash or
leave the app.

The view is not focusable: the lesson screen owns every key, so scrolling and page turns are
one set of keys that the footer and the help list can tell truthfully.
"""

from __future__ import annotations

from asyncio import gather

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Markdown, Static

from iop_course.content.model import Box, Page, TextBlock
from iop_course.ui.widgets.listing import Listing
from iop_course.ui.widgets.literal import literal

OBJECTIVES_HEADING = "In this lesson you will learn to:"
SOURCES_HEADING = "Sources"
SCROLL_OVERLAP_LINES = 2  # lines kept in view when scrolling by a screenful, to keep one's place


class BoxView(Vertical):
    """A tip, practice or warning, set apart with a border and a label."""

    def __init__(self, box: Box) -> None:
        super().__init__(classes=f"box box-{box.kind.value}")
        self.box = box
        self.border_title = literal(box.kind.label)

    def compose(self) -> ComposeResult:
        """The box's own Markdown."""
        yield Markdown(self.box.markdown, open_links=False)

    async def show(self, box: Box) -> None:
        """Show another box in this one's place (its kind may differ)."""
        if box == self.box:
            return
        self.remove_class(f"box-{self.box.kind.value}")
        self.add_class(f"box-{box.kind.value}")
        self.border_title = literal(box.kind.label)
        self.box = box
        await self.query_one(Markdown).update(box.markdown)


class PageText(Markdown):
    """A run of a page's ordinary text."""

    async def show(self, block: TextBlock) -> None:
        """Show another run of text in this one's place."""
        if block.markdown != self.source:
            await self.update(block.markdown)


class PageView(VerticalScroll, can_focus=False):
    """Shows one page; ``show`` puts another page in the same widgets."""

    class Moved(Message):
        """The page scrolled, changed or was resized: whether text remains below may differ."""

    def compose(self) -> ComposeResult:
        """The page title, what the lesson teaches, the text (filled in by show), its sources."""
        yield Static(classes="page-title", id="page-title")
        yield Listing(classes="objectives", id="objectives")
        yield Listing(classes="sources", id="sources")

    keep_end = False
    """True while a page opened at its end must stay there as its text finishes its layout."""

    def on_mount(self) -> None:
        """Tell the screen whenever the part of the page in view changes."""
        self.watch(self, "scroll_y", self._moved, init=False)
        self.watch(self, "virtual_size", self._resized, init=False)

    def on_resize(self) -> None:
        """A new size can hide or reveal the end of the page."""
        self._resized()

    def _resized(self) -> None:
        if self.keep_end:
            self.scroll_end(animate=False, immediate=True)
        self._moved()

    def _moved(self) -> None:
        self.post_message(self.Moved())

    @property
    def more_below(self) -> bool:
        """True while part of the page is below the bottom edge."""
        return self.scroll_y < self.max_scroll_y

    @property
    def more_above(self) -> bool:
        """True while part of the page is above the top edge."""
        return self.scroll_y > 0

    def scroll_by_screen(self, direction: int) -> None:
        """Scroll one screenful down (1) or up (-1), keeping a couple of lines in view."""
        step = max(1, self.scrollable_content_region.height - SCROLL_OVERLAP_LINES)
        self.scroll_lines(direction * step)

    def scroll_lines(self, lines: int) -> None:
        """Scroll by ``lines`` (up when negative), at once."""
        self.keep_end = False
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def scroll_to_top(self) -> None:
        """The top of the page, at once."""
        self.keep_end = False
        self.scroll_home(animate=False, immediate=True)

    def scroll_to_end(self) -> None:
        """The end of the page, at once."""
        self.keep_end = False
        self.scroll_end(animate=False, immediate=True)

    async def show(self, page: Page, objectives: tuple[str, ...] = (),
                   sources: tuple[str, ...] = (), at_end: bool = False) -> None:
        """Put this page's learner blocks where the last page's were.

        The first page also lists what the lesson teaches, and the last page names the sources
        it rests on, so a learner can see where the facts come from. Widgets are reused when
        the kinds match, so a turn updates text in place; call it inside ``batch_update`` to
        show the whole new page in one frame. ``at_end`` opens the page scrolled to its end
        (for going back a page).
        """
        self.query_one("#page-title", Static).update(literal(page.title))
        self.query_one("#objectives", Listing).show(OBJECTIVES_HEADING, objectives)
        self.query_one("#sources", Listing).show(SOURCES_HEADING, sources)
        shown = [child for child in self.children if isinstance(child, (PageText, BoxView))]
        blocks = page.learner_blocks()
        reused = 0
        for widget, block in zip(shown, blocks):
            if isinstance(block, Box) != isinstance(widget, BoxView):
                break
            reused += 1
        # Every Markdown update parses off the event loop: let them overlap.
        await gather(*(widget.show(block) for widget, block in zip(shown, blocks[:reused])))
        if shown[reused:]:
            await self.remove_children(shown[reused:])
        new = [_block_widget(block) for block in blocks[reused:]]
        if new:
            await self.mount_all(new, before="#sources")
        self.keep_end = at_end
        if at_end:
            self.scroll_end(animate=False)
        else:
            self.scroll_home(animate=False, immediate=True)

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Show the link's address instead of opening it."""
        event.stop()
        self.notify(literal(f"This link goes to {event.href}. Open it in your web browser "
                            "if you want to visit it."), title="Link")


def _block_widget(block: TextBlock | Box) -> Widget:
    if isinstance(block, Box):
        return BoxView(block)
    return PageText(block.markdown, open_links=False)
