"""The one Markdown parser that lessons and quizzes are read with.

CommonMark plus ``::: kind`` boxes. Any box name is accepted here so that a misspelt kind can be
reported with its line instead of silently becoming plain text. A box whose closing ``:::`` is
missing ends where the next box or the next ``## `` heading starts (the end of its page), so a
forgotten ``:::`` never swallows the rest of a lesson or quiz; the parsers report it at the line
where the box opens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

BOX_OPEN = "container_box_open"
BOX_CLOSE = "container_box_close"
CLOSING_MARKER = re.compile(r"^\s*:{3,}\s*$")
BOX_MARKER = re.compile(r"(:{3,})[ \t]*(.*?)\s*$")
CODE_FENCE = re.compile(r"(`{3,}|~{3,})")
PAGE_HEADING = re.compile(r"##(?:[ \t]|$)")
CODE_INDENT = 4


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """A shared CommonMark parser that also knows ``:::`` boxes."""
    parser = MarkdownIt("commonmark")
    parser.block.ruler.before(
        "fence", "box", _box_rule, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    return parser


def box_name(info: str) -> str:
    """The kind written after ``:::``, lower-cased (``::: Try-This`` is ``try-this``)."""
    words = info.strip().split()
    return words[0].lower() if words else ""


def box_closed(lines: list[str], end: int) -> bool:
    """True when the box whose token map ends at ``end`` has its closing ``:::`` line.

    A box without one ends before the next box or ``## `` heading (or at the end of the text).
    """
    return end < len(lines) and CLOSING_MARKER.match(lines[end]) is not None


def _box_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A ``::: kind`` line starts a box, which holds Markdown up to its ``:::`` line.

    Like markdown-it-container, but a box without its ``:::`` ends at its page's end.
    """
    if state.sCount[start_line] - state.blkIndent >= CODE_INDENT:
        return False
    marker = BOX_MARKER.match(_text(state, start_line))
    if marker is None or not marker.group(2):
        return False
    if silent:
        return True
    colons = marker.group(1)
    stop, closed = _box_end(state, start_line, end_line, len(colons))
    old_parent, old_line_max = state.parentType, state.lineMax
    state.parentType, state.lineMax = "container", stop
    token = state.push(BOX_OPEN, "div", 1)
    token.markup, token.block, token.info = colons, True, marker.group(2)
    token.map = [start_line, stop]
    state.md.block.tokenize(state, start_line + 1, stop)
    token = state.push(BOX_CLOSE, "div", -1)
    token.markup, token.block = colons, True
    state.parentType, state.lineMax = old_parent, old_line_max
    state.line = stop + 1 if closed else stop
    return True


def _box_end(state: StateBlock, start_line: int, end_line: int, colons: int) -> tuple[int, bool]:
    """The line of a box's closing ``:::`` (and True), or of what ends it unclosed (and False).

    An unclosed box ends at the ``## `` heading that starts the next page, or where another
    box starts, or where the list or quote around it ends. A ``## `` heading with the box's
    ``:::`` after it (and no other box or heading between) is a heading inside a closed box,
    which the parsers report. Each line is looked at once: parsing stays linear in the text.
    """
    fence, heading = "", None
    for line in range(start_line + 1, end_line):
        text = _text(state, line)
        if not text:
            continue
        if state.sCount[line] < state.blkIndent:
            break
        if state.sCount[line] - state.blkIndent >= CODE_INDENT:
            continue
        if fence:
            fence = "" if _closes_fence(text, fence) else fence
            continue
        opening_fence = CODE_FENCE.match(text)
        if opening_fence:
            fence = opening_fence.group(1)
            continue
        marker = BOX_MARKER.match(text)
        if marker and len(marker.group(1)) >= colons:
            if not marker.group(2):
                return line, True
            return (line if heading is None else heading), False
        if PAGE_HEADING.match(text):
            if heading is not None:
                return heading, False
            heading = line
    else:
        line = end_line
    return (line if heading is None else heading), False


def _closes_fence(text: str, fence: str) -> bool:
    """True when ``text`` is the closing line of a code fence opened with ``fence``."""
    stripped = text.rstrip()
    return len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)


def _text(state: StateBlock, line: int) -> str:
    """A line's text after its indentation."""
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
