"""The course as plain data: modules, lessons, pages, boxes, group plans and content problems.

Everything the app shows is parsed once, at the edge, into these frozen dataclasses, so the UI and
the progress store never see Markdown syntax or YAML. Quizzes are in quiz_model.py and worksheets
in worksheet_model.py. This module has no Textual and no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from iop_course.content.languages import ENGLISH, language_of
from iop_course.content.worksheet_model import Worksheet, WorksheetPrompt
from iop_course.i18n import N_, _


class Severity(str, Enum):
    """How bad a content problem is: errors break something, warnings are about quality."""

    ERROR = "error"
    WARNING = "warning"


WHOLE_FILE = 0  # the line of a problem with a whole file or folder rather than one of its lines


@dataclass(frozen=True)
class Problem:
    """One mistake in a content file, with the place an author must look.

    ``line`` is 1-based; ``WHOLE_FILE`` (0) means the file or folder as a whole, printed as
    ``path: message`` with no line.
    """

    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        from iop_course.safe_text import make_visible, shown_path

        label = _("warning: ") if self.severity is Severity.WARNING else ""
        place = shown_path(self.path) + (f":{self.line}" if self.line != WHOLE_FILE else "")
        return f"{place}: {label}{make_visible(_(self.message))}"


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
class LessonInfo:
    """What the course list needs about a lesson, read from its front matter alone."""

    id: str
    module_id: str
    path: Path
    title: str
    summary: str
    minutes: int | None = None
    objectives: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    quiz_path: Path | None = None

    @property
    def language(self) -> str:
        """The language the lesson is told in ("en", "es"): its file's, as
        ``load_course`` picked it."""
        return language_of(self.path)


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


@dataclass(frozen=True)
class Module:
    """A group of lessons on one theme, shown together on the home screen."""

    id: str
    path: Path
    title: str
    summary: str
    intro: str
    lessons: tuple[LessonInfo, ...]
    language: str = ENGLISH
    """The language of the title, summary and intro: its module file's."""


@dataclass(frozen=True)
class Course:
    """A whole content folder: its modules in order, and the problems found while reading it."""

    root: Path
    modules: tuple[Module, ...]
    problems: tuple[Problem, ...] = field(default=())
    language: str = ENGLISH
    """The language asked for; a lesson with no translation in it stays English
    (``LessonInfo.language``)."""

    def lessons(self) -> tuple[LessonInfo, ...]:
        """Every readable lesson, in course order."""
        return tuple(lesson for module in self.modules for lesson in module.lessons)

    def lesson(self, lesson_id: str) -> LessonInfo | None:
        """The lesson with this id, or None when the content no longer has it."""
        return next((lesson for lesson in self.lessons() if lesson.id == lesson_id), None)

    def lesson_after(self, lesson_id: str) -> LessonInfo | None:
        """The lesson that comes next in course order, or None after the last one."""
        lessons = self.lessons()
        ids = [lesson.id for lesson in lessons]
        if lesson_id not in ids or ids.index(lesson_id) + 1 == len(ids):
            return None
        return lessons[ids.index(lesson_id) + 1]

    def errors(self) -> tuple[Problem, ...]:
        """Only the problems that break something."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)
