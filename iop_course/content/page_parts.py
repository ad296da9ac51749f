"""Long pages shown in parts, so no page can freeze the app or exhaust its memory.

Textual builds widgets for every paragraph, list item and box on a screen, and the cost of a page
grows with them (a page of 1,000 list items took 11 s to show, 50,000 took 6 GB). So a page is
measured in items (a paragraph, a list item, a heading, a quote, a box, a worksheet prompt), and
one that holds more than PART_ITEMS is cut into consecutive pages of at most that many, each
titled "(part 2 of 5)": between blocks, between boxes, or between the items of a long list. The
built-in course's fullest page holds about half as many, so only a page no author would write on
purpose is cut, and the checker says so, at its heading.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import pairwise

from markdown_it.token import Token

from iop_course.content.lesson_model import Block, Page, TextBlock
from iop_course.i18n import N_, _

LIST_OPENINGS = ("bullet_list_open", "ordered_list_open")
PART_ITEMS = 40
"""Items on one screen at most: a few screenfuls, shown well within a second."""

LONG_PAGE = N_(
    "the page '{title}' holds {items} items (paragraphs, list items and boxes), more than "
    "one screen should: it is shown in {parts} parts. Split it with ## headings, one idea a page."
)


def item_lines(tokens: Sequence[Token]) -> list[int]:
    """The body line where each item outside a box starts, in order: a level-0 block (a list
    counts by its items) or an item of a top-level list."""
    lines: list[int] = []
    for token in tokens:
        if not token.map or token.nesting < 0:
            continue
        a_block = token.level == 0 and token.type not in LIST_OPENINGS
        if a_block or (token.level == 1 and token.type == "list_item_open"):
            lines.append(token.map[0])
    return lines


def text_parts(
    text_between: Callable[[int, int], str], start: int, end: int, items: list[int]
) -> list[tuple[TextBlock, int]]:
    """The text from line ``start`` to ``end`` as blocks of at most PART_ITEMS items each,
    with how many items each holds (``items`` is ``item_lines``; ``text_between`` gives the
    text a learner sees between two lines)."""
    first, last = bisect_left(items, start), bisect_left(items, end)
    cuts = [start, *items[first + PART_ITEMS : last : PART_ITEMS], end]
    parts = []
    for number, (left, right) in enumerate(pairwise(cuts)):
        text = text_between(left, right).strip("\n")
        if text.strip():
            held = min(last - first - number * PART_ITEMS, PART_ITEMS)
            parts.append((TextBlock(text), max(held, 1)))
    return parts


def pages_in_parts(
    title: str, blocks: list[Block], weights: list[int], line: int
) -> tuple[list[Page], int]:
    """The page, or its parts when its blocks hold more than PART_ITEMS items; and how many
    items it holds in all."""
    held = sum(weights)
    if held <= PART_ITEMS:
        return [Page(title, tuple(blocks), line)], held
    groups: list[list[Block]] = [[]]
    room = PART_ITEMS
    for block, weight in zip(blocks, weights, strict=True):
        if groups[-1] and weight > room:
            groups.append([])
            room = PART_ITEMS
        groups[-1].append(block)
        room -= weight
    count = len(groups)
    # In the language the lesson is parsed in (the learner's), as its "Page 1 of 5" is said.
    part_title = _("{title} (part {number} of {count})")
    pages = [
        Page(part_title.format(title=title, number=number, count=count), tuple(group), line)
        for number, group in enumerate(groups, start=1)
    ]
    return pages, held
