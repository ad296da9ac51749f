"""The author's checker: every mistake in a content folder, and warnings about quality.

``load_course`` only reads what start-up needs; this reads everything: each lesson's pages and
boxes, each quiz, and (asked for ``quality``) measures length and reading grade against the
course's writing guide. Each translation (``.es.md``) is compared with its English
(``pair_checker``). The learner's app asks only for mistakes (what leaves a lesson or a
question out): the reading grade needs the CMU pronouncing dictionary, which costs tens of MiB
and a long stretch of CPU that a learner never needs, so ``readability`` is imported only for
``quality``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iop_course.content.languages import ENGLISH
from iop_course.content.lesson_model import Box, BoxKind, Page
from iop_course.content.lesson_parser import ParsedBody, parse_body
from iop_course.content.loader import load_course, quiz_files, read_source
from iop_course.content.model import LessonInfo, Problem, Severity
from iop_course.content.pair_checker import check_pairs
from iop_course.content.quiz_parser import parse_quiz
from iop_course.i18n import N_, Later, _, ngettext
from iop_course.safe_text import shown_path

if TYPE_CHECKING:
    from iop_course.content.readability import ReadingStats

MIN_WORDS, MAX_WORDS = 500, 1400
MIN_PAGES, MAX_PAGES = 3, 6
MAX_GRADE = 8.0
MIN_QUESTIONS = 4


@dataclass(frozen=True)
class LessonFigures:
    """What the checker measured of one lesson, for reports and the closing figures."""

    lesson_id: str
    pages: int
    reading: ReadingStats | None  # None when only mistakes were looked for
    questions: int


@dataclass
class CheckReport:
    """All the problems found in a content folder, and the figures of each readable lesson."""

    problems: list[Problem] = field(default_factory=list)
    lessons: list[LessonFigures] = field(default_factory=list)
    modules: int = 0
    translations: int = 0  # translated files (``.es.md``) compared with their English

    @property
    def errors(self) -> list[Problem]:
        """Problems that break something; the checker fails when there is any."""
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        """Problems of quality that do not fail the check."""
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def summary(self) -> str:
        """The last line of ``iop-course check``, also shown by the app's problems screen, in
        the active language."""
        questions = sum(figures.questions for figures in self.lessons)
        modules, lessons, translations = self.modules, len(self.lessons), self.translations
        mistakes, warnings = len(self.errors), len(self.warnings)
        said = {
            "modules": ngettext("{n} module", "{n} modules", modules).format(n=modules),
            "lessons": ngettext("{n} lesson", "{n} lessons", lessons).format(n=lessons),
            "questions": ngettext("{n} quiz question", "{n} quiz questions", questions).format(
                n=questions
            ),
            "translations": ngettext(
                "{n} translated file", "{n} translated files", translations
            ).format(n=translations),
            "mistakes": ngettext("{n} mistake", "{n} mistakes", mistakes).format(n=mistakes),
            "warnings": ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
        }
        if self.translations:
            return _(SUMMARY_WITH_TRANSLATIONS).format(**said)
        return _(SUMMARY).format(**said)


SUMMARY = N_("Checked {modules}, {lessons} and {questions}: {mistakes}, {warnings}.")
SUMMARY_WITH_TRANSLATIONS = N_(
    "Checked {modules}, {lessons} and {questions}, and {translations}: {mistakes}, {warnings}."
)


class CheckStopped(Exception):
    """The check was stopped before the end (its ``stopped`` said so): there is no report."""


def check_content(
    root: Path,
    quality: bool = True,
    stopped: Callable[[], bool] = lambda: False,
    translations: Collection[str] | None = None,
    language: str = ENGLISH,
) -> CheckReport:
    """Read a whole content folder and report every problem, sorted by file and line.

    Without ``quality``, only mistakes are looked for (what leaves a lesson or a question out),
    with the warnings that cost nothing to find; no reading grade is measured. ``stopped`` is
    asked before each file: when it says True, ``CheckStopped`` is raised (an app that quits
    does not wait for the rest of a large course). ``translations`` names the languages whose
    translations are compared with their English (None: every one the folder has).

    ``language`` is the course checked: in Spanish, each lesson, quiz and module file is read
    from its translation where there is one, as a Spanish learner's app reads it, and the
    English files those replace are not read. The learner's app checks its own language's
    course this way, for mistakes only and comparing no translation (``translations=()``):
    comparing each translation with its English is the author's check (``iop-course check``,
    the Content problems screen), and would double the work the app does after start-up.
    """
    if quality and language != ENGLISH:
        raise ValueError("quality is measured on the English course (its translations by pair)")
    course = load_course(root, language)
    report = CheckReport(problems=list(course.problems), modules=len(course.modules))
    question_counts = _check_quizzes(root, report, quality, stopped, language)
    bodies = {}
    for lesson in course.lessons():
        if stopped():
            raise CheckStopped
        body = _check_lesson(lesson, question_counts.get(lesson.id), report, quality)
        if body is not None:
            bodies[lesson.path] = body

    def checkpoint() -> None:
        if stopped():
            raise CheckStopped

    pairs = check_pairs(root, course, bodies, quality, checkpoint, translations)
    report.problems.extend(pairs.problems)
    report.translations = pairs.translations
    report.problems.sort(key=lambda p: (shown_path(p.path), p.line))
    return report


def _check_quizzes(
    root: Path, report: CheckReport, quality: bool, stopped: Callable[[], bool], language: str
) -> dict[str, int]:
    counts = {}
    for lesson_id, path in quiz_files(root, language).items():
        if stopped():
            raise CheckStopped
        source = read_source(path, front_matter_required=False)
        if isinstance(source, Problem):
            report.problems.append(source)
            continue
        quiz, problems = parse_quiz(lesson_id, source)
        report.problems.extend(source.control_characters + problems)
        counts[lesson_id] = len(quiz.questions)
        if quality:
            from iop_course.content.quiz_quality import quiz_warnings

            report.problems.extend(quiz_warnings(quiz))
    return counts


def _check_lesson(
    info: LessonInfo, questions: int | None, report: CheckReport, quality: bool
) -> ParsedBody | None:
    """Check one lesson (English, or its translation for a translated course); its parsed
    body is kept for comparing its translations."""
    source = read_source(info.path, front_matter_required=True)
    if isinstance(source, Problem):
        report.problems.append(source)
        return None
    # load_course read only the front matter: the body's control characters are found here.
    report.problems.extend(p for p in source.control_characters if p.line >= source.body_line)
    body = parse_body(source, info.title)
    report.problems.extend(body.problems)
    if not quality:
        report.lessons.append(LessonFigures(info.id, len(body.pages), None, questions or 0))
        return body
    from iop_course.content.readability import measure

    reading = measure(body.prose)
    report.lessons.append(LessonFigures(info.id, len(body.pages), reading, questions or 0))

    def warn(line: int, message: str) -> None:
        report.problems.append(Problem(info.path, line, message, Severity.WARNING))

    if not MIN_WORDS <= reading.words <= MAX_WORDS:
        warn(
            source.body_line,
            Later.ngettext(
                "the lesson has {n} word; aim for {least} to {most} (5 to 12 minutes of reading).",
                "the lesson has {n} words; aim for {least} to {most} (5 to 12 minutes of reading).",
                reading.words,
                least=MIN_WORDS,
                most=MAX_WORDS,
            ),
        )
    if not MIN_PAGES <= len(body.pages) <= MAX_PAGES:
        warn(
            source.body_line,
            Later.ngettext(
                "the lesson has {n} page; aim for {least} to {most} (each ## heading starts a "
                "page).",
                "the lesson has {n} pages; aim for {least} to {most} (each ## heading starts a "
                "page).",
                len(body.pages),
                least=MIN_PAGES,
                most=MAX_PAGES,
            ),
        )
    if reading.grade > MAX_GRADE:
        warn(
            source.body_line,
            Later.gettext(
                "the lesson reads at about grade {grade}; aim for grade 6 to 8: "
                "use shorter sentences and simpler words.",
                grade=round(reading.grade, 1),
            ),
        )
    if not info.sources:
        warn(
            source.field_line("title"),
            Later.gettext(
                "the lesson names no sources: add a 'sources:' list to the front matter."
            ),
        )
    if not any(
        isinstance(block, Box) and block.kind is BoxKind.FACILITATOR
        for page in body.pages
        for block in page.blocks
    ):
        warn(
            source.body_line,
            Later.gettext(
                "the lesson has no '::: facilitator' box with a discussion question for groups."
            ),
        )
    _check_notes(body.pages, body.plan is not None, warn)
    if questions is None:
        warn(1, Later.gettext("this lesson has no quiz: add one at the same path under quizzes/."))
    elif questions < MIN_QUESTIONS:
        warn(
            1,
            Later.ngettext(
                "this lesson's quiz has {n} working question; aim for at least {least}.",
                "this lesson's quiz has {n} working questions; aim for at least {least}.",
                questions,
                least=MIN_QUESTIONS,
            ),
        )
    return body


NO_NOTES = N_(
    "the page '{title}' has no '::: notes' box: add one under the page with what to ask the "
    "group and what to listen for (on a page about overdose or suicide, the safety step too)."
)


def _check_notes(pages: Sequence[Page], has_plan: bool, warn: Callable[[int, str], None]) -> None:
    """Warn about each page without notes, once a lesson is written for groups (it has a group
    plan or notes on some page): a lesson written before notes existed is not flooded."""
    if not has_plan and not any(page.boxes(BoxKind.NOTES) for page in pages):
        return
    for page in pages:
        if not page.boxes(BoxKind.NOTES):
            warn(page.line, Later.gettext(NO_NOTES, title=page.title))
