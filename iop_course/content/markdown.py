"""The one Markdown parser that lessons and quizzes are read with.

CommonMark plus ``::: kind`` boxes. Any box name is accepted here so that a misspelt kind can be
reported with its line instead of silently becoming plain text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin

BOX_OPEN = "container_box_open"
BOX_CLOSE = "container_box_close"
CLOSING_MARKER = re.compile(r"^\s*:{3,}\s*$")


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """A shared CommonMark parser that also knows ``:::`` boxes."""
    parser = MarkdownIt("commonmark")
    container_plugin(parser, "box", validate=lambda params, *args: bool(params.strip()))
    return parser


def box_name(info: str) -> str:
    """The kind written after ``:::``, lower-cased (``::: Try-This`` is ``try-this``)."""
    words = info.strip().split()
    return words[0].lower() if words else ""


def box_closed(lines: list[str], end: int) -> bool:
    """True when the box whose token map ends at ``end`` has its closing ``:::`` line.

    An unclosed box runs to the end of the text, swallowing everything after it.
    """
    return end < len(lines) and CLOSING_MARKER.match(lines[end]) is not None
