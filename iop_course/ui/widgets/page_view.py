"""One lesson page on screen: its heading, its text and its boxes, in order.

Text goes to Textual's ``Markdown`` widget one block at a time (a page, never a whole lesson,
because that widget slows down on long documents). Boxes are widgets of their own, since the
Markdown widget cannot show container tokens. Turning a page updates these widgets in place
(no remove and mount of the whole page), so a turn costs little more than one Markdown update:
each block slot can show text or any kind of box, and spare slots are hidden, not removed.
Links are never opened (see ``CourseMarkdown``): the learner is shown the address, because a link
must never crash or leave the app.

The view is not focusable: the lesson screen owns every key, so scrolling and page turns are
one set of keys that the footer and the help list can tell truthfully.
"""

from __future__ import annotations

from asyncio import gather
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from iop_course.content.model import Block, Box, BoxKind, Page, Worksheet
from iop_course.ui.widgets.course_markdown import CourseMarkdown
from iop_course.ui.widgets.listing import Listing
from iop_course.ui.widgets.literal import literal

OBJECTIVES_HEADING = "In this lesson you will learn to:"
SOURCES_HEADING = "Sources"
SCROLL_OVERLAP_LINES = 2  # lines kept in view when scrolling by a screenful, to keep one's place


class BlockView(Vertical):
    """One block of a page: a run of text, or a box (tip, practice, warning) set apart with a
    border and a label. Any block can show in any slot, so turning a page reuses every slot."""

    def __init__(self, block: Block, lesson_id: str = "") -> None:
        super().__init__()
        self.block = block
        self.lesson_id = lesson_id

    def compose(self) -> ComposeResult:
        """The block's Markdown, or a worksheet to write in."""
        self._style_for(self.block)
        yield self._content_for(self.block)

    def _content_for(self, block: Block) -> Widget:
        if isinstance(block, Worksheet):
            from iop_course.ui.widgets.worksheet_view import WorksheetView

            return WorksheetView(block, self.lesson_id)
        return CourseMarkdown(block.markdown)

    def _style_for(self, block: Block) -> None:
        kind = block.kind if isinstance(block, Box) else None
        self.set_class(kind is not None, "box")
        for each in BoxKind:
            self.set_class(each is kind, f"box-{each.value}")
        self.border_title = literal(kind.label) if kind is not None else None

    async def show(self, block: Block) -> None:
        """Show another block in this slot (text or a box of any kind)."""
        self.display = True
        if block == self.block:
            return
        self._style_for(block)
        if isinstance(block, Worksheet) or isinstance(self.block, Worksheet):
            self.block = block
            await self.remove_children()
            await self.mount(self._content_for(block))
            return
        changed = block.markdown != self.block.markdown
        self.block = block
        if changed:
            await self.query_one(CourseMarkdown).update(block.markdown)


class PageView(VerticalScroll, can_focus=False):
    """Shows one page of the lesson ``lesson_id`` (whose worksheet answers it shows);
    ``show`` puts another page in the same widgets."""

    def __init__(self, lesson_id: str = "", **options: str) -> None:
        super().__init__(**options)
        self.lesson_id = lesson_id

    class Moved(Message):
        """The page scrolled, changed or was resized: whether text remains below may differ."""

    def compose(self) -> ComposeResult:
        """The page title, what the lesson teaches, the text (filled in by show), its sources.

        They sit in a body at least as tall as the view, so a page opened at its end (anchored)
        never scrolls above its top when it is shorter than the screen.
        """
        with Vertical(id="page-body"):
            yield Static(classes="page-title", id="page-title")
            yield Listing(classes="objectives", id="objectives")
            yield Listing(classes="sources", id="sources")

    def on_mount(self) -> None:
        """Tell the screen whenever the part of the page in view changes."""
        self.watch(self, "scroll_y", self._moved, init=False)
        self.watch(self, "virtual_size", self._moved, init=False)

    def on_resize(self) -> None:
        """A new size can hide or reveal the end of the page."""
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
        self.anchor(False)
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def scroll_to_top(self) -> None:
        """The top of the page, at once."""
        self.anchor(False)
        self.scroll_home(animate=False, immediate=True)

    def scroll_to_end(self) -> None:
        """The end of the page, at once."""
        self.anchor(False)
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
        body = self.query_one("#page-body", Vertical)
        slots = list(body.query_children(BlockView))
        blocks = page.learner_blocks()
        # Every Markdown update parses off the event loop: let them overlap.
        await gather(*(slot.show(block) for slot, block in zip(slots, blocks)))
        for spare in slots[len(blocks):]:
            spare.display = False  # kept for a later page with more blocks
        if len(blocks) > len(slots):
            await body.mount_all([BlockView(block, self.lesson_id)
                                  for block in blocks[len(slots):]],
                                 before="#sources")
        # Anchored, the layout itself opens the page at its end: no frame shows its top first.
        self.anchor(at_end)
        if not at_end:
            self.scroll_home(animate=False, immediate=True)
