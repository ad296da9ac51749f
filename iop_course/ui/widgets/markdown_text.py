"""Short Markdown (a quiz's scenario, feedback and explanation) as styled text for a ``Static``.

Textual's ``Markdown`` widget builds a widget per block, which costs tens of milliseconds each
time a question or its feedback is shown. Quiz texts are a few short paragraphs, so they are
turned into one ``Content`` instead: paragraphs, lists, bold, italics and link text (with the
address after it, since links are never opened). Nothing in the text is read as Textual markup,
so ``[bold]`` in a quiz stays as written.
"""

from __future__ import annotations

from markdown_it.token import Token
from textual.content import Content

from iop_course.content.markdown import markdown_parser

INLINE_STYLES = {"strong": "bold", "em": "italic", "s": "strike"}


def markdown_text(source: str) -> Content:
    """The text of ``source`` with its emphasis as styles, a blank line between blocks."""
    parts: list[Content] = []
    lists: list[list[int | None]] = []  # per open list: [next number] (None for bullets)
    marker, previous_in_list = "", False
    for token in markdown_parser().parse(source):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start") if token.type == "ordered_list_open" else None
            lists.append([int(start or 1) if token.type == "ordered_list_open" else None])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            previous_in_list = bool(lists)
        elif token.type == "list_item_open":
            number = lists[-1][0]
            marker = "• " if number is None else f"{number}. "
            if number is not None:
                lists[-1][0] = number + 1
        elif token.type == "inline" or token.type in ("fence", "code_block"):
            text = (
                _inline(token.children or [])
                if token.type == "inline"
                else Content(token.content.rstrip("\n"))
            )
            in_list = bool(lists)
            separator = "" if not parts else "\n" if in_list and previous_in_list else "\n\n"
            indent = "  " * max(len(lists) - 1, 0)
            parts.append(Content(separator + indent + marker) + text)
            marker, previous_in_list = "", in_list
    return Content("").join(parts)


def _inline(children: list[Token]) -> Content:
    """One paragraph's words, with bold and italics kept and links shown with their address."""
    pieces: list[tuple[str, str]] = []
    active: list[str] = []
    links: list[str] = []
    for token in children:
        kind = token.type
        if kind.endswith("_open") and kind[:-5] in INLINE_STYLES:
            active.append(INLINE_STYLES[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in INLINE_STYLES:
            active.remove(INLINE_STYLES[kind[:-6]])
        elif kind == "link_open":
            links.append(str(token.attrGet("href") or ""))
        elif kind == "link_close":
            href = links.pop()
            if href and not href.startswith("#"):
                pieces.append((f" ({href})", " ".join(active)))
        elif kind == "softbreak":
            pieces.append((" ", ""))
        elif kind == "hardbreak":
            pieces.append(("\n", ""))
        else:
            pieces.append((token.content, " ".join(active)))
    return Content.assemble(*pieces)
