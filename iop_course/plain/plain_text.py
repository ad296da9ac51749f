"""Course Markdown as plain text, in the parts a screen reader reads one at a time.

A part is a paragraph, a list or a heading: short enough to take in, long enough to make sense
alone. Emphasis marks go (a screen reader would read "star"); a link keeps its address in
brackets after its words; list items keep a plain "-" or their number. Every text is made safe
for the terminal on the way out (control characters shown as pictures), since course files and a
learner's own words are untrusted, and wrapped to the width at a word.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from markdown_it.token import Token

from iop_course.content.markdown import markdown_parser
from iop_course.safe_text import make_visible

BULLET = "- "
LIST_MARKER = re.compile(r"(?:- |\d+\. )")


def parts_of(markdown: str) -> list[str]:
    """The Markdown's paragraphs, lists and headings as plain text, one string a part (lines in a
    part are separated by newlines, not yet wrapped)."""
    tokens = markdown_parser().parse(make_visible(markdown))
    parts: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, index)
            parts.append("\n".join(_list_lines(tokens[index + 1 : end], token, 0)))
            index = end + 1
            continue
        if token.type == "inline":
            parts.append(inline_text(token))
        elif token.type in ("fence", "code_block", "html_block"):
            parts.append(token.content.rstrip("\n"))
        index += 1
    return [part for part in parts if part.strip()]


def inline_text(token: Token) -> str:
    """An inline token's words without emphasis marks; a link's address follows its words."""
    words: list[str] = []
    href, start = "", 0
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            words.append(child.content)
        elif child.type == "softbreak":
            words.append(" ")
        elif child.type == "hardbreak":
            words.append("\n")
        elif child.type == "image":
            words.append(child.content or str(child.attrGet("alt") or ""))
        elif child.type == "link_open":
            href, start = str(child.attrGet("href") or ""), len(words)
        elif child.type == "link_close":
            label = "".join(words[start:])
            if href and href not in label:
                words.append(f" ({href})")
            href = ""
    return "".join(words).strip()


def _closing(tokens: Sequence[Token], start: int) -> int:
    """The index of the token that closes the one at ``start``."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _list_lines(tokens: Sequence[Token], opening: Token, depth: int) -> list[str]:
    """A list's items as lines, numbered or with "-", nested lists indented under their item."""
    lines: list[str] = []
    number = int(str(opening.attrGet("start") or 1))
    ordered = opening.type == "ordered_list_open"
    indent = "  " * depth
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "list_item_open":
            marker = f"{number}. " if ordered else BULLET
            number += 1
            first = True
            end = _closing(tokens, index)
            inner = index + 1
            while inner < end:
                item = tokens[inner]
                if item.type in ("bullet_list_open", "ordered_list_open"):
                    close = _closing(tokens, inner)
                    lines += _list_lines(tokens[inner + 1 : close], item, depth + 1)
                    inner = close + 1
                    continue
                if item.type == "inline":
                    text = inline_text(item)
                    lines.append(f"{indent}{marker if first else ' ' * len(marker)}{text}")
                    first = False
                inner += 1
            index = end + 1
            continue
        index += 1
    return lines


def wrapped(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` at word breaks; list lines hang under their own words."""
    lines: list[str] = []
    for line in make_visible(text).split("\n"):
        stripped = line.lstrip(" ")
        indent = " " * (len(line) - len(stripped))
        marker = LIST_MARKER.match(stripped)
        hang = indent + " " * (len(marker.group()) if marker else 0)
        lines.append(
            textwrap.fill(
                stripped,
                width=max(width, 20),
                initial_indent=indent,
                subsequent_indent=hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
            if stripped
            else ""
        )
    return "\n".join(lines)
