"""Where a slide's text goes on a screen of a given size, and how a question is cut to fit it.

Kept apart from the presenting screen so the same sums that draw a slide can be run for every
question of a course at any size without starting an app: a test checks every question this
way, and the screen draws exactly what these functions return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iop_course.content.quiz_model import Question
from iop_course.present.flow import Role, Unit
from iop_course.present.room_question import Layout, question_units
from iop_course.present.tally import Tally
from iop_course.ui.present.slide_cutter import CutSlide, cut_into_slides, heading_lines

MIN_WIDTH, MIN_HEIGHT = 60, 20
WIDE_SCREEN = 100
MEASURE = 120  # the longest line a back row can follow; wider screens centre the text
CHROME_LINES = 2  # the counter line and the footer
TALL_SCREEN = 36  # from this height on, two blank lines between paragraphs spread the text
ANSWER_ROLES = frozenset({Role.CHOICE, Role.RIGHT, Role.BAR})


@dataclass(frozen=True)
class SlideArea:
    """The room a screen of ``width`` x ``height`` cells leaves for a slide."""

    width: int
    height: int

    @property
    def too_small(self) -> bool:
        """True below the smallest size a slide is drawn at."""
        return self.width < MIN_WIDTH or self.height < MIN_HEIGHT

    @property
    def side(self) -> int:
        """Blank columns left and right of the text."""
        return 2 if self.width < WIDE_SCREEN else max(4, (self.width - MEASURE) // 2)

    @property
    def top_and_bottom(self) -> tuple[int, int]:
        """Blank lines above and below the slide (none below on a small screen: every line
        counts there, and the counter line already sets the slide apart)."""
        return (1, 0) if self.height < 30 else (2, 2)

    @property
    def measure(self) -> int:
        """The width the text is wrapped to."""
        return min(MEASURE, self.width - 2 * self.side)

    @property
    def gap(self) -> int:
        """Blank lines between paragraphs (two on a tall screen, so the text spreads)."""
        return 2 if self.height >= TALL_SCREEN else 1

    def body_height(self, heading: str) -> int:
        """Lines left for the slide's text under ``heading`` (at least one)."""
        top, bottom = self.top_and_bottom
        heading_height = len(heading_lines(heading, self.measure))
        return max(1, self.height - CHROME_LINES - top - bottom - heading_height - 1)


def holds_answers(piece: CutSlide) -> bool:
    """True when the slide shows any of a question's choices or its show of hands."""
    return any(unit.role in ANSWER_ROLES for unit in piece.units)


def cut_question(
    question: Question,
    number: int,
    count: int,
    tally: Tally,
    revealed: bool,
    order: Sequence[str],
    area: SlideArea,
    heading: str,
) -> tuple[tuple[Unit, ...], list[CutSlide]]:
    """A question's units and slides: the roomiest layout of its show of hands in which its
    choices and counts share one slide and no choice is cut (the most compact one when none
    does)."""
    best: tuple[tuple[Unit, ...], list[CutSlide]] | None = None
    for layout in Layout:
        units = question_units(question, number, count, tally, revealed, order, layout)
        pieces = cut_into_slides(units, area.measure, area.body_height(heading), gap=area.gap)
        best = (units, pieces)
        if sum(holds_answers(piece) for piece in pieces) <= 1:
            break
    assert best is not None
    return best
