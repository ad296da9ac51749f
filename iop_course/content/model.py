"""The course as plain data: its modules, each lesson's front matter and the content problems.

Everything the app shows is parsed once, at the edge, into these frozen dataclasses, so the UI and
the progress store never see Markdown syntax or YAML. This is what start-up reads (the course
list); a lesson's pages, boxes and group plan are in lesson_model.py, quizzes in quiz_model.py and
worksheets in worksheet_model.py. This module has no Textual and no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from iop_course.content.languages import ENGLISH, language_of
from iop_course.i18n import _


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
