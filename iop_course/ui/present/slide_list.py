"""The slides of one layout of the projected lesson, and finding the slide that holds what
the room was shown, so a resize or a new size keeps the facilitator's place.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from iop_course.present.flow import Unit
from iop_course.ui.present.slide_area import holds_answers
from iop_course.ui.present.slide_cutter import CutSlide


@dataclass(frozen=True)
class Slide:
    """One slide of the current layout: which part, which piece of it, its lines, and the
    index (in its part's units) of the first unit it shows, so a new layout finds it again.

    ``answers`` is True when it holds a question's choices or its show of hands.
    """

    part: int
    piece: int
    pieces: int
    lines: list[Content]
    first_unit: int = 0
    answers: bool = False


def slides_of(part: int, units: tuple[Unit, ...], pieces: list[CutSlide]) -> list[Slide]:
    """The part's slides, each knowing the index of the first unit it shows."""
    slides, start = [], 0
    for piece, cut in enumerate(pieces):
        first = start
        if cut.units:
            first = next((n for n in range(start, len(units)) if units[n] is cut.units[0]), start)
            start = first
        slides.append(Slide(part, piece, len(pieces), cut.lines, first, holds_answers(cut)))
    return slides


def slide_holding(slides: list[Slide], part: int, first_unit: int) -> int:
    """The slide that shows the unit ``first_unit`` of ``part`` (what the room was shown)."""
    same_part = [(n, slide) for n, slide in enumerate(slides) if slide.part == part]
    if not same_part:
        return 0
    holding = [n for n, slide in same_part if slide.first_unit <= first_unit]
    return holding[-1] if holding else same_part[0][0]
