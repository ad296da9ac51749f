"""A lesson as it is read: its pages and their blocks (text, boxes, worksheets) and its group plan.

Apart from ``model.py`` (the course list: modules, lesson front matter, problems) because a
lesson's body is parsed only when the lesson opens: start-up, which builds the course list
alone, does not create these classes (each frozen dataclass costs a noticeable moment when its
module is imported, measured in benchmarks/startup.py). No Textual and no I/O here either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from iop_course.content.model import LessonInfo
from iop_course.content.worksheet_model import Worksheet, WorksheetPrompt
from iop_course.i18n import N_, _


class BoxKind(str, Enum):
    """The kinds of boxes an author can put in a lesson (``::: kind``)."""

    TIP = "tip"
    TRY_THIS = "try-this"
    WARNING = "warning"
    FACILITATOR = "facilitator"
    NOTES = "notes"
    GROUP_PLAN = "group-plan"

    @property
    def label(self) -> str:
        """The heading a learner sees on the box (or a facilitator, for the group-only kinds), in
        the learner's language."""
        return _(
            {
                BoxKind.TIP: N_("Tip"),
                BoxKind.TRY_THIS: N_("Try this"),
                BoxKind.WARNING: N_("Take care"),
                BoxKind.FACILITATOR: N_("For the group"),
                BoxKind.NOTES: N_("Notes for this page"),
                BoxKind.GROUP_PLAN: N_("Group plan"),
            }[self]
        )

    @property
    def for_facilitator_only(self) -> bool:
        """True for boxes a learner at home and a projected room never see: the group
        discussion box, a page's notes and the group plan."""
        return self in (BoxKind.FACILITATOR, BoxKind.NOTES, BoxKind.GROUP_PLAN)


@dataclass(frozen=True)
class TextBlock:
    """A run of ordinary Markdown on a page."""

    markdown: str


@dataclass(frozen=True)
class Box:
    """A note set apart from the text: a tip, a practice, a warning or a facilitator prompt."""

    kind: BoxKind
    markdown: str
    line: int = field(default=0, compare=False)  # where its ``:::`` opens, for the checker


Block = TextBlock | Box | Worksheet


class StepCovers(str, Enum):
    """What a group plan's step runs on the projector, if anything (``(15 min, slides)``)."""

    SLIDES = "slides"
    QUIZ = "quiz"


@dataclass(frozen=True)
class PlanStep:
    """One phase of a group session: its name, its planned minutes and what to do.

    ``covers`` ties the step to the deck: the ``slides`` step runs while the lesson's pages are
    projected and the ``quiz`` step while its questions are; other steps run by the clock.
    """

    name: str
    minutes: int
    markdown: str
    covers: StepCovers | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class GroupPlan:
    """A lesson's plan for a group session (a ``::: group-plan`` box): its steps in order, and
    the rest of the box (such as a safety note) that applies to the whole session."""

    steps: tuple[PlanStep, ...]
    note: str = ""
    line: int = field(default=0, compare=False)

    @property
    def minutes(self) -> int:
        """The session's planned length: the steps' minutes added up."""
        return sum(step.minutes for step in self.steps)

    def step_covering(self, covers: StepCovers) -> PlanStep | None:
        """The step that runs the slides or the quiz, or None when the plan has none."""
        return next((step for step in self.steps if step.covers is covers), None)


@dataclass(frozen=True)
class Page:
    """One screenful of a lesson: the opening text, or one level-2 heading and what follows it.

    ``line`` is where the page starts in its file (its ``## `` heading), for the checker.
    """

    title: str
    blocks: tuple[Block, ...]
    line: int = field(default=0, compare=False)

    def worksheets(self) -> tuple[Worksheet, ...]:
        """The page's worksheets, in order."""
        return tuple(block for block in self.blocks if isinstance(block, Worksheet))

    def learner_blocks(self) -> tuple[Block, ...]:
        """The blocks a learner at home (and a projected room) sees: facilitator boxes,
        notes and the group plan are for the facilitator only."""
        return tuple(
            block
            for block in self.blocks
            if not (isinstance(block, Box) and block.kind.for_facilitator_only)
        )

    def boxes(self, kind: BoxKind) -> tuple[str, ...]:
        """The Markdown of each box of ``kind`` on this page, in order."""
        return tuple(
            block.markdown for block in self.blocks if isinstance(block, Box) and block.kind is kind
        )


@dataclass(frozen=True)
class Lesson:
    """A lesson ready to read: its front matter and its pages."""

    info: LessonInfo
    pages: tuple[Page, ...]
    plan: GroupPlan | None = None

    def worksheet_prompts(self) -> tuple[tuple[int, WorksheetPrompt], ...]:
        """Every worksheet prompt with the index of the page it is on, in lesson order."""
        return tuple(
            (index, prompt)
            for index, page in enumerate(self.pages)
            for worksheet in page.worksheets()
            for prompt in worksheet.prompts
        )
