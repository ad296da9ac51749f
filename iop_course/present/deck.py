"""A lesson as a presentation: its parts in the order the room sees them.

The module's intro (before a module's first lesson), a title slide (the lesson, what the group
will learn, how long it takes), each page, each quiz question, and an end slide. Pages show
what the room may see: "For the group" boxes are left out here, because they are the
facilitator's notes. A part may fill several slides on a small screen; the screen cuts it
(see ``flow``), and the deck only says what comes in which order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from iop_course.content.lesson_model import Box, Page
from iop_course.content.loader import ContentUnreadable, open_lesson, open_quiz
from iop_course.content.model import Course, LessonInfo, Module
from iop_course.content.quiz_model import Question
from iop_course.i18n import N_, Words, _
from iop_course.present.flow import Role, Unit, markdown_units, plain_unit
from iop_course.present.state import SlideKind, SlideRef

WORDS = Words(
    {
        "will_learn": N_("What we will learn"),
        "minutes": N_("About {minutes} minutes"),
        "module": N_("Module: {title}"),
        "end_heading": N_("Thank you"),
        "end_lesson": N_("That is the end of “{title}”."),
        "end_talk": N_("Questions or thoughts before we close?"),
        "end_help": N_("If today stirred something up: call or text 988, any time, day or night."),
        "end_next": N_("Next time: {title}"),
    }
)


class DeckUnavailable(Exception):
    """A lesson cannot be presented: no such lesson, or its file cannot be read."""


@dataclass(frozen=True)
class DeckPart:
    """One part of the presentation: a heading and its units, or a quiz question."""

    kind: SlideKind
    lesson_id: str
    heading: str
    units: tuple[Unit, ...] = ()
    page: int = 0
    question: Question | None = None
    number: int = 0

    def ref(self, part: int = 0, parts: int = 1) -> SlideRef:
        """Name this part's slide ``part`` (of ``parts``) by its content."""
        return SlideRef(
            lesson_id=self.lesson_id,
            kind=self.kind,
            page=self.page,
            part=part,
            parts=parts,
            question_id=self.question.id if self.question is not None else "",
        )


@dataclass(frozen=True)
class Deck:
    """A lesson's presentation: the lesson, its module and its parts in order."""

    lesson: LessonInfo
    module: Module
    parts: tuple[DeckPart, ...]

    @property
    def question_count(self) -> int:
        """How many quiz questions the room will answer."""
        return sum(part.kind is SlideKind.QUESTION for part in self.parts)


def build_deck(course: Course, lesson_id: str) -> Deck:
    """The presentation of ``lesson_id``; raises DeckUnavailable with the reason in words."""
    info = course.lesson(lesson_id)
    if info is None:
        raise DeckUnavailable(
            _("There is no lesson '{lesson}' in {root}.").format(lesson=lesson_id, root=course.root)
        )
    module = next(module for module in course.modules if module.id == info.module_id)
    try:
        lesson = open_lesson(info)[0]
        opened = open_quiz(info)
    except ContentUnreadable as error:
        raise DeckUnavailable(
            _("This lesson could not be read: {problem}").format(problem=error.problem)
        ) from error
    parts: list[DeckPart] = []
    if module.lessons and module.lessons[0].id == info.id:
        parts.append(_module_intro(module, info))
    parts.append(_title(module, info))
    parts.extend(_page(info, index, page) for index, page in enumerate(lesson.pages))
    questions = opened[0].questions if opened is not None else ()
    parts.extend(
        DeckPart(SlideKind.QUESTION, info.id, question.prompt, question=question, number=number)
        for number, question in enumerate(questions, start=1)
    )
    parts.append(_end(course, info))
    return Deck(info, module, tuple(parts))


def _module_intro(module: Module, info: LessonInfo) -> DeckPart:
    units = [plain_unit(module.summary, Role.MUTED)] if module.summary else []
    units.extend(markdown_units(module.intro))
    return DeckPart(SlideKind.MODULE_INTRO, info.id, module.title, tuple(units))


def _title(module: Module, info: LessonInfo) -> DeckPart:
    units = [plain_unit(WORDS["module"].format(title=module.title), Role.MUTED)]
    if info.objectives:
        units.append(plain_unit(WORDS["will_learn"], Role.HEADING))
        units.extend(
            plain_unit(objective, marker="•", gap_before=index == 0)
            for index, objective in enumerate(info.objectives)
        )
    if info.minutes:
        units.append(plain_unit(WORDS["minutes"].format(minutes=info.minutes), Role.MUTED))
    return DeckPart(SlideKind.TITLE, info.id, info.title, tuple(units))


def _page(info: LessonInfo, index: int, page: Page) -> DeckPart:
    """A page as the room sees it: its text and its tip, practice and warning boxes."""
    units: list[Unit] = []
    for block in page.learner_blocks():
        if isinstance(block, Box):
            units.append(plain_unit(block.kind.label, Role.BOX_LABEL, box=block.kind))
            inside = markdown_units(block.markdown, box=block.kind)
            if inside:  # the label heads its box's text, with no blank line between them
                units.append(replace(inside[0], gap_before=False))
            units.extend(inside[1:])
        else:
            units.extend(markdown_units(block.markdown))
    return DeckPart(SlideKind.PAGE, info.id, page.title or info.title, tuple(units), page=index)


def _end(course: Course, info: LessonInfo) -> DeckPart:
    units = [
        plain_unit(WORDS["end_lesson"].format(title=info.title)),
        plain_unit(WORDS["end_talk"]),
        plain_unit(WORDS["end_help"], Role.MUTED),
    ]
    following = course.lesson_after(info.id)
    if following is not None:
        units.append(plain_unit(WORDS["end_next"].format(title=following.title), Role.MUTED))
    return DeckPart(SlideKind.END, info.id, WORDS["end_heading"], tuple(units))
