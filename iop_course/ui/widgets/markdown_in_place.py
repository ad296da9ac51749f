"""Putting new Markdown into the block widgets already on screen, instead of new ones.

Textual's ``Markdown.update`` removes every block widget (paragraph, heading, list...) and mounts
new ones. Each mount styles, composes and lays out widgets from scratch, and each removal asks
for one more layout once the first frame is out, so a page turn drew the screen twice and took
twice as long as the text needs. Lesson pages are made of the same few kinds of blocks, so a new
page can take over the widgets of the last: a paragraph or heading takes the new text, a list
keeps its rows and updates their bullets and text; a block with nothing of its kind to take over
is mounted, and blocks left over are hidden for a later page. The result on screen is the same
as a fresh ``update``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence

from textual.widget import Widget
from textual.widgets._markdown import (
    MarkdownBlock,
    MarkdownBullet,
    MarkdownBulletList,
    MarkdownHeader,
    MarkdownOrderedList,
    MarkdownParagraph,
)

TEXT_BLOCKS = (MarkdownParagraph, MarkdownHeader)  # text only, no widgets inside
LIST_BLOCKS = (MarkdownBulletList, MarkdownOrderedList)  # rows of a bullet and a column


def put_blocks(
    container: Widget, old: Sequence[Widget], new: Sequence[Widget]
) -> list[Awaitable[object]]:
    """Make ``container``'s children ``old`` show the unmounted blocks ``new``.

    Each new block takes over the next old block of its kind; old blocks passed over or left
    at the end are hidden, not removed (a removal lays the screen out again after the frame),
    and a later page can take them over. Returns what to await for blocks that had to be
    mounted (none when every block was reused).
    """
    waits: list[Awaitable[object]] = []
    unused = list(old)
    for block in new:
        taker = next(
            (index for index, shown in enumerate(unused) if _take_over(shown, block, waits)), None
        )
        if taker is None:
            if unused:
                waits.append(container.mount(block, before=unused[0]))
            else:
                waits.append(container.mount(block))
            continue
        _hide(unused[:taker])
        unused[taker].display = True
        unused = unused[taker + 1 :]
    _hide(unused)
    return waits


def _hide(spares: Sequence[Widget]) -> None:
    """Keep these widgets for a later page, out of sight and out of the layout."""
    for spare in spares:
        spare.display = False


def _take_over(shown: Widget, block: Widget, waits: list[Awaitable[object]]) -> bool:
    """Update ``shown`` to look as ``block`` would; False when they differ in kind."""
    if type(shown) is not type(block) or shown.classes != block.classes:
        return False
    if isinstance(block, TEXT_BLOCKS) and isinstance(shown, MarkdownBlock):
        _take_context(shown, block)
        shown.set_content(block._content)
        return True
    if isinstance(block, LIST_BLOCKS) and isinstance(shown, MarkdownBlock):
        _take_list(shown, block, waits)
        return True
    return False


def _take_context(shown: MarkdownBlock, block: MarkdownBlock) -> None:
    """The parts of a block that are not drawn: its token and where it is in the source."""
    shown._copy_context(block)
    shown._inline_token = block._inline_token
    shown.source_range = block.source_range


def _take_list(shown: MarkdownBlock, block: MarkdownBlock, waits: list[Awaitable[object]]) -> None:
    """Reuse a list's rows: each gets the new item's bullet (or number) and blocks.

    The new rows come from the list's own ``compose``, so bullets and numbering are exactly
    Textual's; a row is a bullet beside a column of the item's blocks, still unmounted, so
    what a new row holds is its pending children. Rows left over are hidden.
    """
    _take_context(shown, block)
    rows = list(shown.children)
    new_rows = list(block.compose())
    for row, new_row in zip(rows, new_rows, strict=False):
        row.display = True
        bullet, column = row.children
        new_bullet, new_column = new_row._pending_children
        if isinstance(bullet, MarkdownBullet) and isinstance(new_bullet, MarkdownBullet):
            bullet.symbol = new_bullet.symbol
        waits.extend(put_blocks(column, list(column.children), new_column._pending_children))
    _hide(rows[len(new_rows) :])
    if len(new_rows) > len(rows):
        waits.append(shown.mount_all(new_rows[len(rows) :]))
