"""Cut a slide's units into screens that fit: no scrollbar ever in front of a room.

Each unit is wrapped here, to the exact width it will be drawn at, with its marker hanging
("A." or "•" sits left of every wrapped line), so the number of lines is known before anything
is drawn and a page can be cut between units (between paragraphs, list items or boxes) into as
many slides as it needs. A heading or box label is never left alone at the bottom of a slide,
units that keep together (a question's choices and its chart) share a slide whenever they fit
on one, and only a unit taller than a whole slide is ever cut between its own lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from iop_course.content.lesson_model import BoxKind
from iop_course.i18n import N_, _
from iop_course.present.flow import Role, Unit

ROLE_STYLES = {
    Role.HEADING: "bold $text-primary",
    Role.TEXT: "",
    Role.MUTED: "$text-muted",
    Role.BOX_LABEL: "bold $text-accent",
    Role.CHOICE: "",
    Role.RIGHT: "bold $text-success",
    Role.BAR: "$text-muted",
}
SPAN_STYLES = {"code": "bold", "bold italic": "bold italic", "bold": "bold", "italic": "italic"}
MARKER_STYLE = "bold $text-primary"
BOX_EDGE = "▌ "
BOX_EDGE_STYLES = {BoxKind.WARNING: "$text-warning", BoxKind.TRY_THIS: "$text-primary"}
BAR_CHARACTER = "█"
BAR_NOTE_ROOM = 12  # room kept after every bar for a note such as "◀ counting", so bars compare
# Beside a choice there is room for a mark alone (the notes in the learner's language).
BESIDE_NOTES = {N_("◀ counting"): "◀", N_("✓ right"): "✓"}
DIMMED_BAR = "$text-muted"
RIGHT_BAR = "$text-success"
INDENT_PER_LEVEL = 3
NARROWEST_TEXT = 12
KEEP_WITH_NEXT = frozenset({Role.HEADING, Role.BOX_LABEL})


def unit_lines(unit: Unit, width: int) -> list[Content]:
    """The unit wrapped to ``width`` cells, marker hanging, box edge drawn on each line."""
    edge = _edge(unit.box)
    indent = " " * (unit.depth * INDENT_PER_LEVEL)
    room = max(NARROWEST_TEXT, width - edge.cell_length - len(indent))
    if unit.bar is not None and not unit.spans:
        return [Content.assemble(edge, indent, _bar(unit, room))]
    beside = unit.beside_room if unit.bar is not None else 0
    room -= beside
    hang = len(unit.marker) + 1 if unit.marker else 0
    role_style = ROLE_STYLES[unit.role]
    text = Content.assemble(
        *(
            (span.text, " ".join(filter(None, (role_style, SPAN_STYLES.get(span.style, "")))))
            for span in unit.spans
        )
    )
    lines: list[Content] = []
    for paragraph in text.split("\n"):
        for line in paragraph.wrap(max(NARROWEST_TEXT, room - hang)):
            lead = f"{unit.marker} " if unit.marker and not lines else " " * hang
            lines.append(Content.assemble(edge, indent, (lead, MARKER_STYLE), line.rstrip()))
    if beside and lines:
        first = lines[0]
        lines[0] = Content.assemble(
            first,
            " " * max(1, room + edge.cell_length + len(indent) - first.cell_length),
            _count_beside(unit, beside - 1),
        )
    return lines


def flow_lines(units: tuple[Unit, ...], width: int, gap: int = 1) -> list[Content]:
    """The units wrapped to ``width``, one after the other and never cut (for text that may
    scroll, such as the presenter's notes)."""
    return _joined([(unit, unit_lines(unit, width)) for unit in units], gap)


def heading_lines(heading: str, width: int) -> list[Content]:
    """A slide's heading, wrapped to ``width``."""
    return Content.assemble((heading, ROLE_STYLES[Role.HEADING])).wrap(max(NARROWEST_TEXT, width))


@dataclass(frozen=True)
class CutSlide:
    """One slide's lines, and the units drawn on it (a unit cut in two is on both slides)."""

    lines: list[Content]
    units: tuple[Unit, ...]


def cut_into_slides(
    units: tuple[Unit, ...], width: int, height: int, gap: int = 1
) -> list[CutSlide]:
    """The units as slides of at most ``height`` lines each (always at least one slide).

    ``gap`` is the number of blank lines between units that ask for space (more on a big
    screen, so the text spreads over it calmly).

    A part that needs several slides is cut as evenly as it can be in that many, so the last
    slide is not one stray paragraph: the lowest height that still needs no more slides is used,
    but never one that would part units kept together that fit on a slide.
    """
    entries = [(unit, unit_lines(unit, width)) for unit in units]
    height = max(1, height)
    slides = _cut(entries, height, gap)
    if len(slides) > 1:
        low, high = _tallest_kept_together(entries, height, gap), height
        while low < high:
            middle = (low + high) // 2
            if len(_cut(entries, middle, gap)) <= len(slides):
                high = middle
            else:
                low = middle + 1
        slides = _cut(entries, low, gap)
    return [
        CutSlide(_joined(slide, gap), tuple(unit for unit, _ in slide)) for slide in slides if slide
    ] or [CutSlide([], ())]


def _keeps_with_next(unit: Unit) -> bool:
    return unit.keep_with_next or unit.role in KEEP_WITH_NEXT


def _tallest_kept_together(entries: list[tuple[Unit, list[Content]]], height: int, gap: int) -> int:
    """The height of the tallest run of units kept together (``keep_with_next``) that fits in
    ``height``, or 1 when none does: a lower slide would part it. (A heading only needs the
    first line after it, which any height gives.)"""
    tallest, run = 1, []
    for entry in entries:
        run.append(entry)
        if not entry[0].keep_with_next:
            if len(run) > 1 and _height(run, gap) <= height:
                tallest = max(tallest, _height(run, gap))
            run = []
    return tallest


def _cut(
    entries: list[tuple[Unit, list[Content]]], height: int, gap: int
) -> list[list[tuple[Unit, list[Content]]]]:
    """Fill slides in order, starting a new one when the next unit does not fit."""
    slides: list[list[tuple[Unit, list[Content]]]] = [[]]
    for unit, lines in entries:
        current = slides[-1]
        if _height([*current, (unit, lines)], gap) <= height:
            current.append((unit, lines))
            continue
        carried: list[tuple[Unit, list[Content]]] = []
        while current and _keeps_with_next(current[-1][0]):
            carried.insert(0, current.pop())
        if _height([*carried, (unit, lines[:1])], gap) > height:
            current.extend(carried)  # too tall to move together: they stay
            carried = []
        if current:
            slides.append([])
        slides[-1].extend(carried)
        while _height(slides[-1] + [(unit, lines)], gap) > height and len(lines) > 1:
            room = max(1, height - _height(slides[-1], gap) - (gap if slides[-1] else 0))
            slides[-1].append((unit, lines[:room]))
            slides.append([])
            lines = lines[room:]
        slides[-1].append((unit, lines))
    return [slide for slide in slides if slide]


def _height(entries: list[tuple[Unit, list[Content]]], gap: int) -> int:
    """Lines the entries fill, with ``gap`` blank lines before each unit that asks for space
    (not the first on a slide)."""
    return sum(
        len(lines) + (gap if index and unit.gap_before else 0)
        for index, (unit, lines) in enumerate(entries)
    )


def _joined(entries: list[tuple[Unit, list[Content]]], gap: int) -> list[Content]:
    """The slide's lines; a blank line inside a box keeps the box's edge, so it reads as one."""
    lines: list[Content] = []
    for index, (unit, unit_lines_) in enumerate(entries):
        if index and unit.gap_before:
            inside = unit.box is not None and entries[index - 1][0].box is unit.box
            lines.extend([_edge(unit.box) if inside else Content("")] * gap)
        lines.extend(unit_lines_)
    return lines


def _edge(box: BoxKind | None) -> Content:
    """The bar drawn left of every line of a box (none outside a box)."""
    if box is None:
        return Content("")
    return Content.assemble((BOX_EDGE, BOX_EDGE_STYLES.get(box, "$text-accent")))


def _bar(unit: Unit, room: int) -> Content:
    """A chart row: the letter, a bar as long as its share of the top count, and the count in
    numbers (the letter and the number carry the meaning; the colour adds nothing)."""
    note_room = max(BAR_NOTE_ROOM, len(unit.note) + 1 if unit.note else 0)  # same on every row
    longest = max(1, room - len(unit.marker) - 6 - note_room)
    return Content.assemble((f"{unit.marker} ", MARKER_STYLE), _bar_and_count(unit, longest))


def _count_beside(unit: Unit, room: int) -> Content:
    """A choice's count drawn beside it: a short bar, the number and a mark (◀ or ✓)."""
    beside = {_(note): mark for note, mark in BESIDE_NOTES.items()}
    return _bar_and_count(unit, max(1, room - 7), beside.get(unit.note, unit.note))


def _bar_and_count(unit: Unit, longest: int, note: str | None = None) -> Content:
    """The bar, scaled to the top count over ``longest`` cells, then the count and its note;
    a right choice's bar is marked once revealed and a wrong one's dimmed."""
    count, top = unit.bar or (0, 0)
    note = unit.note if note is None else note
    length = round(longest * count / top) if top else 0
    colour = (
        DIMMED_BAR if unit.dimmed else RIGHT_BAR if unit.role is Role.RIGHT else "$text-primary"
    )
    return Content.assemble(
        (BAR_CHARACTER * length, colour),
        (f" {count}", DIMMED_BAR if unit.dimmed else "bold"),
        (
            f" {note}" if note else "",
            "bold $text-success" if note.startswith("✓") else "bold $text-accent",
        ),
    )
