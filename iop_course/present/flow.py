"""A slide's text as a flow of small units, so a slide can be cut between any two of them.

A projected slide must never scroll, so a page taller than the screen is cut into several
slides. The cuts fall between units: a heading, a paragraph, one list item, a box's label. Each
unit keeps its marker ("•", "3.", "A.") apart from its text so the screen can wrap it with a
hanging indent. Markdown is read with markdown-it-py here, headless, so the cutting can be
tested without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from iop_course.content.lesson_model import BoxKind


class Role(str, Enum):
    """What a unit is, which sets how it looks (the screen maps each role to a style)."""

    HEADING = "heading"
    TEXT = "text"
    MUTED = "muted"
    BOX_LABEL = "box-label"
    CHOICE = "choice"
    RIGHT = "right"
    BAR = "bar"


@dataclass(frozen=True)
class Span:
    """A run of text with one inline style: "", "bold", "italic", "bold italic", "code"."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Unit:
    """One piece of a slide that is never cut: its text, marker, nesting and role.

    ``gap_before`` asks for a blank line above it (paragraphs do; list items after the first
    do not). ``box`` marks text inside a tip, practice or warning box, drawn with a bar beside
    it. ``bar`` is a show of hands' (count, largest count): a chart row's when the unit has no
    text, else drawn beside the unit's text (a choice with its count). ``note`` follows the bar
    ("◀ counting", "✓"), and ``dimmed`` draws it faintly (a wrong choice after the reveal);
    ``beside_room`` is the cells a count beside a choice takes.
    ``keep_with_next`` keeps it on the same slide as the unit after it whenever both fit on one
    (a question's choices and its chart, which the room must see together).
    """

    spans: tuple[Span, ...]
    role: Role = Role.TEXT
    marker: str = ""
    depth: int = 0
    gap_before: bool = True
    box: BoxKind | None = None
    bar: tuple[int, int] | None = None
    keep_with_next: bool = False
    note: str = ""
    dimmed: bool = False
    beside_room: int = 14

    @property
    def plain(self) -> str:
        """The unit's words without styles (for tests and for the notes view)."""
        return "".join(span.text for span in self.spans)


def plain_unit(text: str, role: Role = Role.TEXT, **options: object) -> Unit:
    """A unit of one unstyled run of text."""
    return Unit((Span(text),), role, **options)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough, as the course's own Markdown widget reads it."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_units(markdown: str, box: BoxKind | None = None) -> tuple[Unit, ...]:
    """The units of a run of author Markdown, in order."""
    return tuple(_Walker(box).walk(_parser().parse(markdown)))


@dataclass
class _ListLevel:
    ordered: bool
    number: int


class _Walker:
    """Turns markdown-it's block tokens into units, keeping track of lists and their numbers."""

    def __init__(self, box: BoxKind | None) -> None:
        self.box = box
        self.lists: list[_ListLevel] = []
        self.marker = ""
        self.first_in_item = False

    def walk(self, tokens: list[Token]) -> list[Unit]:
        units: list[Unit] = []
        for index, token in enumerate(tokens):
            unit = self._visit(token, tokens[index + 1] if index + 1 < len(tokens) else None)
            if unit is not None and unit.plain.strip():
                units.append(unit)
        return units

    def _visit(self, token: Token, following: Token | None) -> Unit | None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1)
            self.lists.append(_ListLevel(kind == "ordered_list_open", start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            level = self.lists[-1]
            self.marker = f"{level.number}." if level.ordered else "•"
            level.number += 1
            self.first_in_item = True
        elif kind == "inline" and following is not None:
            return self._block_text(token, following)
        elif kind in ("fence", "code_block"):
            return self._unit((Span(token.content.rstrip("\n"), "code"),), Role.TEXT)
        elif kind == "html_block":
            return self._unit((Span(token.content.strip()),), Role.TEXT)
        return None

    def _block_text(self, token: Token, following: Token) -> Unit:
        spans = inline_spans(token.children or [])
        role = Role.HEADING if following.type == "heading_close" else Role.TEXT
        if following.type in ("th_close", "td_close"):
            spans = (*spans, Span("  "))
        return self._unit(spans, role)

    def _unit(self, spans: tuple[Span, ...], role: Role) -> Unit:
        depth = len(self.lists)
        if depth == 0:
            return Unit(spans, role, box=self.box)
        marker = self.marker if self.first_in_item else ""
        # Top-level items stand apart (calmer from the back of a room); nested ones stay close.
        gap = depth == 1 or not self.first_in_item
        self.first_in_item = False
        return Unit(spans, role, marker=marker, depth=depth - 1, gap_before=gap, box=self.box)


def inline_spans(children: list[Token]) -> tuple[Span, ...]:
    """The text of an inline token's children, with bold, italic and code kept as styles."""
    spans: list[Span] = []
    bold = italic = 0
    for child in children:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span(" " if kind == "softbreak" else "\n"))
        elif kind == "code_inline":
            spans.append(Span(child.content, "code"))
        elif kind == "image":
            spans.append(Span(child.content))
        elif kind in ("text", "html_inline"):
            style = " ".join(word for word, on in (("bold", bold), ("italic", italic)) if on)
            spans.append(Span(child.content, style))
    return tuple(spans)
