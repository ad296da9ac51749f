"""One lesson page on screen: its heading, its text and its boxes, in order.

Text goes to Textual's ``Markdown`` widget one block at a time (a page, never a whole lesson,
because that widget slows down on long documents). Boxes are widgets of their own, since the
Markdown widget cannot show container tokens. Turning a page updates these widgets in place
(no remove and mount of the whole page), so a turn costs one layout: each block slot can show
text or any kind of box, its Markdown reuses the paragraph and list widgets of the last page
(``CourseMarkdown``), and spare slots are hidden, not removed. The first page shown is built
with the view itself, so a lesson opened at start-up paints its text in the first frame.
Links are never opened (see ``CourseMarkdown``): the learner is shown the address, because a link
must never crash or leave the app.

The view is not focusable: the lesson screen owns every key, so scrolling and page turns are
one set of keys that the footer and the help list can tell truthfully.
"""

from __future__ import annotations

from asyncio import gather
from collections.abc import Awaitable

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Static

from iop_course.content.lesson_model import Block, Box, BoxKind, Page, TextBlock
from iop_course.content.worksheet_model import Worksheet
from iop_course.i18n import N_, _
from iop_course.ui.widgets.course_markdown import CourseMarkdown
from iop_course.ui.widgets.listing import Listing
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.sized_in_layout import SizedInLayout, keep_layout_sizes

OBJECTIVES_HEADING = N_("In this lesson you will learn to:")
SOURCES_HEADING = N_("Sources")
SCROLL_OVERLAP_LINES = 2  # lines kept in view when scrolling by a screenful, to keep one's place


class BlockView(SizedInLayout, Vertical):
    """One block of a page: a run of text, or a box (tip, practice, warning) set apart with a
    border and a label. Any block can show in any slot, so turning a page reuses every slot."""

    def __init__(self, block: Block) -> None:
        super().__init__()
        self.block = block

    def compose(self) -> ComposeResult:
        """The block's Markdown."""
        self._style_for(self.block)
        yield CourseMarkdown(self.block.markdown)

    def _style_for(self, block: Block) -> None:
        kind = block.kind if isinstance(block, Box) else None
        self.set_class(kind is not None, "box")
        for each in BoxKind:
            self.set_class(each is kind, f"box-{each.value}")
        self.border_title = literal(kind.label) if kind is not None else None

    def shows(self, block: Block) -> bool:
        """True when this slot can show ``block`` (text and every box kind, not a worksheet)."""
        return isinstance(block, (TextBlock, Box))

    def show(self, block: Block) -> AwaitComplete:
        """Show another block in this slot; await it for any Markdown widgets it mounts."""
        self.display = True
        if block == self.block:
            return AwaitComplete()
        self._style_for(block)
        self.block = block
        return self.query_one(CourseMarkdown).update(block.markdown)


class WorksheetBlockView(BlockView):
    """A worksheet: each prompt with a field to write in, saved as the learner types."""

    def __init__(self, block: Worksheet, lesson_id: str) -> None:
        super().__init__(block)
        self.worksheet = block
        self.lesson_id = lesson_id

    def compose(self) -> ComposeResult:
        """The worksheet's prompts and fields (imported here: most pages have none)."""
        from iop_course.ui.widgets.worksheet_view import WorksheetView

        self._style_for(self.block)
        yield WorksheetView(self.worksheet, self.lesson_id)

    def shows(self, block: Block) -> bool:
        """Only a worksheet shows in a worksheet's slot."""
        return isinstance(block, Worksheet)

    def show(self, block: Block) -> AwaitComplete:
        """Show another worksheet here, with its own saved answers."""
        self.display = True
        if block == self.block:
            return AwaitComplete()
        self.block = block
        return AwaitComplete(self.recompose())


def block_view(block: Block, lesson_id: str) -> BlockView:
    """The widget that shows a kind of block: the one place to add a new kind.

    A new kind gets a ``BlockView`` subclass whose ``shows`` accepts it (and only it) and whose
    ``show`` puts another block of that kind in place; ``PageView.show`` reuses a slot whose
    ``shows`` accepts the block and replaces it otherwise. ``lesson_id`` names whose worksheet
    answers a worksheet shows.
    """
    if isinstance(block, Worksheet):
        return WorksheetBlockView(block, lesson_id)
    return BlockView(block)


class PageView(SizedInLayout, VerticalScroll, can_focus=False):
    """Shows one page of the lesson ``lesson_id`` (whose worksheet answers it shows); ``show``
    puts another page in the same widgets."""

    class Moved(Message):
        """The page scrolled, changed or was resized: whether text remains below may differ."""

    def __init__(
        self,
        page: Page,
        objectives: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        lesson_id: str = "",
        id: str | None = None,
    ) -> None:
        """Start on ``page`` (see ``show`` for ``objectives`` and ``sources``)."""
        super().__init__(id=id)
        self.lesson_id = lesson_id
        self._first = (page, objectives, sources)

    def compose(self) -> ComposeResult:
        """The page title, what the lesson teaches, the text, its sources.

        They sit in a body at least as tall as the view, so a page opened at its end (anchored)
        never scrolls above its top when it is shorter than the screen.
        """
        page, objectives, sources = self._first
        with Vertical(id="page-body"):
            yield Static(literal(page.title), classes="page-title", id="page-title")
            yield _listing("objectives", _(OBJECTIVES_HEADING), objectives)
            yield from (block_view(block, self.lesson_id) for block in page.learner_blocks())
            yield _listing("sources", _(SOURCES_HEADING), sources)

    def on_mount(self) -> None:
        """Tell the screen whenever the part of the page in view changes."""
        self.watch(self, "scroll_y", self._moved, init=False)
        keep_layout_sizes([self.query_one("#page-body")])  # it grows and shrinks with each page

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """A new page or screen size: tell the screen (the size is kept without a watcher)."""
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if changed:
            self._moved()
        return changed

    def on_resize(self) -> None:
        """A new size can hide or reveal the end of the page."""
        self._moved()

    def _refresh_scrollbars(self) -> None:
        """Show or hide the scroll bar; it keeps the size a layout gives it (made after the
        page's first layout, its first size asked for one more whole pass)."""
        super()._refresh_scrollbars()
        if self._vertical_scrollbar is not None:
            keep_layout_sizes([self._vertical_scrollbar])

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

    async def show(
        self,
        page: Page,
        objectives: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        at_end: bool = False,
    ) -> None:
        """Put this page's learner blocks where the last page's were.

        The first page also lists what the lesson teaches, and the last page names the sources
        it rests on, so a learner can see where the facts come from. Widgets are reused when
        the kinds match, so a turn updates text in place; call it inside ``batch_update`` to
        show the whole new page in one frame. ``at_end`` opens the page scrolled to its end
        (for going back a page).
        """
        self.query_one("#page-title", Static).update(literal(page.title))
        self.query_one("#objectives", Listing).show(_(OBJECTIVES_HEADING), objectives)
        self.query_one("#sources", Listing).show(_(SOURCES_HEADING), sources)
        body = self.query_one("#page-body", Vertical)
        slots = list(body.query_children(BlockView))
        blocks = page.learner_blocks()
        waits: list[Awaitable[object]] = []
        for index, block in enumerate(blocks):
            slot = slots[index] if index < len(slots) else None
            if slot is not None and slot.shows(block):
                waits.append(slot.show(block))
                continue
            waits.append(body.mount(block_view(block, self.lesson_id), before=slot or "#sources"))
            if slot is not None:
                waits.append(slot.remove())
        for spare in slots[len(blocks) :]:
            spare.display = False  # kept for a later page with more blocks
        await gather(*waits)
        # Anchored, the layout itself opens the page at its end: no frame shows its top first.
        self.anchor(at_end)
        if not at_end:
            self.scroll_home(animate=False, immediate=True)


def _listing(name: str, heading: str, items: tuple[str, ...]) -> Listing:
    """The objectives or the sources, filled in before they are mounted."""
    listing = Listing(classes=name, id=name)
    listing.show(heading, items)
    return listing
