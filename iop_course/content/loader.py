"""Finding the modules and lessons in a content folder, reading only what the home screen needs.

Start-up must be fast, so this reads each lesson's front matter and nothing more; a lesson's
pages are parsed when it is opened (``open_lesson``) and a quiz when it starts (``open_quiz``).
Files with mistakes are left out of the course and reported, so the app can still open.
The same folder gives the course in each language (``languages``): a translated file replaces
its English one, file for file, and the lesson ids stay the English ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iop_course.content.course_files import (
    folders_in,
    markdown_names,
    named_as_text,
    names_as_text,
    names_in,
)
from iop_course.content.course_index import CourseIndex
from iop_course.content.languages import (
    ENGLISH,
    check_language,
    english_path,
    is_pair,
    pair_name,
)
from iop_course.content.model import WHOLE_FILE, Course, LessonInfo, Module, Problem, Severity
from iop_course.content.module_reader import (
    LESSONS_DIR,
    MODULE_FILE,
    QUIZZES_DIR,
    lesson_id,
    lesson_id_of,
    read_front_matter_of,
    read_module,
    read_source,
)
from iop_course.i18n import Later

if TYPE_CHECKING:  # a lesson's and a quiz's classes load when one is opened, not at start-up
    from iop_course.content.lesson_model import Lesson
    from iop_course.content.quiz_model import Quiz

__all__ = [
    "LESSONS_DIR",
    "MODULE_FILE",
    "QUIZZES_DIR",
    "ContentUnreadable",
    "english_question_ids",
    "load_course",
    "open_lesson",
    "open_quiz",
    "quiz_files",
    "read_front_matter_of",
    "read_source",
]


class ContentUnreadable(Exception):
    """A lesson or quiz file could not be read when opened (it changed or vanished since start)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class _Found:
    modules: list[Module] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_course(root: Path, language: str = ENGLISH, cached: bool = True) -> Course:
    """Read a content folder's modules and lesson front matter, and pair lessons with quizzes.

    ``language`` is one of ``languages.LANGUAGES`` ("en", "es"). In Spanish, each lesson, quiz
    and module.md is replaced by its ``.es.md`` pair where the folder has one (still front
    matter only) and stays English where not: each ``LessonInfo.language`` (and each quiz's
    path) says which. Lesson ids, and so a learner's progress, are the same in every language.
    A pair whose front matter has a mistake is reported in ``problems`` and its English is used.

    A file unchanged since an earlier start is not read again (``course_index``; not with
    ``cached=False``): the course is the same, and what changed is saved after this returns.
    """
    check_language(language)
    found = _Found()
    lessons_dir = root / LESSONS_DIR
    if not lessons_dir.is_dir():
        found.problems.append(Problem(root, WHOLE_FILE, _missing_lessons_folder(root)))
        return Course(root, (), tuple(found.problems), language)
    index = CourseIndex.of(root) if cached else CourseIndex.unkept()
    listed: dict[str, list[str]] = {}
    quizzes = _quiz_files(root, found.problems, language, listed)
    _report_loose_files(root, found.problems)
    module_dirs = folders_in(lessons_dir)
    for module_dir in named_as_text(module_dirs, found.problems):
        module = read_module(module_dir, quizzes, found.problems, language, index, listed)
        if module.lessons:
            found.modules.append(module)
        elif not any(p.path.parent == module_dir or p.path == module_dir for p in found.problems):
            found.problems.append(
                Problem(
                    module_dir,
                    WHOLE_FILE,
                    Later.gettext(
                        "this module has no lessons yet, so it is not shown: add a lesson file "
                        "like 01-first-lesson.md."
                    ),
                    Severity.WARNING,
                )
            )
    known = {lesson.id for module in found.modules for lesson in module.lessons}
    unreadable = {lesson_id(p.path) for p in found.problems if p.path.suffix == ".md"}
    for owner, quiz_path in sorted(quizzes.items()):
        if owner not in known and owner not in unreadable:
            found.problems.append(
                Problem(
                    quiz_path,
                    1,
                    Later.gettext(
                        "this quiz has no lesson: there is no {lesson}. "
                        "A quiz needs a lesson with the same folder and file name.",
                        lesson=LESSONS_DIR + "/" + owner + ".md",
                    ),
                )
            )
    index.keep_only(listed)
    index.save_soon()
    return Course(root, tuple(found.modules), tuple(found.problems), language)


def _missing_lessons_folder(root: Path) -> Later:
    """Why a folder is not a content folder: it is empty, or it has no lessons/ in it."""
    layout = Later.gettext(
        "a content folder holds '{lessons}/' and '{quizzes}/'.",
        lessons=LESSONS_DIR,
        quizzes=QUIZZES_DIR,
    )
    try:
        empty = next(root.iterdir(), None) is None
    except OSError:
        empty = False
    if empty:
        return Later.gettext(
            "this folder is empty: {layout} See the authoring guide to start one.", layout=layout
        )
    return Later.gettext(
        "there is no '{lessons}' folder here: {layout}", lessons=LESSONS_DIR, layout=layout
    )


def open_lesson(
    info: LessonInfo, in_a_process: bool = False, stopped: Callable[[], bool] = lambda: False
) -> tuple[Lesson, list[Problem]]:
    """Parse a lesson's pages when it is opened: ``in_a_process`` in a child process
    (``parse_apart``, for a long lesson), which ends, raising ``ParseStopped``, if ``stopped``
    says so meanwhile."""
    from iop_course.content.lesson_parser import parse_lesson  # Markdown parsing waits until needed

    source = read_source(info.path, front_matter_required=True)
    if isinstance(source, Problem):
        raise ContentUnreadable(source)
    if not in_a_process:
        return parse_lesson(info, source)
    from iop_course.content.parse_apart import parse_body_apart

    return parse_lesson(info, source, lambda text, title: parse_body_apart(text, title, stopped))


def open_quiz(info: LessonInfo) -> tuple[Quiz, list[Problem]] | None:
    """Parse a lesson's quiz when it starts; None when the lesson has no quiz.

    A translated quiz's questions keep their English ids (``parse_quiz``), so its English
    file's headings are read too.
    """
    if info.quiz_path is None:
        return None
    from iop_course.content.quiz_parser import parse_quiz  # Markdown parsing waits until needed

    source = read_source(info.quiz_path, front_matter_required=False)
    if isinstance(source, Problem):
        raise ContentUnreadable(source)
    return parse_quiz(info.id, source, english_question_ids(info.quiz_path))


def english_question_ids(quiz_path: Path) -> list[str] | None:
    """For a translated quiz, its English questions' ids in order; None for an English quiz
    or when the English cannot be read. Only the English headings are read (its Markdown is
    parsed only when they are not plain: ``question_headings``)."""
    if not is_pair(quiz_path.name):
        return None
    from iop_course.content.question_headings import question_id, question_prompts

    english = read_source(english_path(quiz_path), front_matter_required=False)
    if isinstance(english, Problem):
        return None
    prompts = question_prompts(english.body)
    if prompts is None:
        from iop_course.content.quiz_parser import read_questions  # only when not plain

        prompts = [draft.prompt for draft in read_questions(english, [])]
    return [question_id(prompt) for prompt in prompts]


def _report_loose_files(root: Path, problems: list[Problem]) -> None:
    """Markdown files outside a module folder are never shown; say so instead of hiding them."""
    for folder in (LESSONS_DIR, QUIZZES_DIR):
        for path in sorted((root / folder).glob("*.md")):
            problems.append(
                Problem(
                    path,
                    1,
                    Later.gettext(
                        "this file is not in a module folder, so it is not used: move it into a "
                        "folder like {folder}/01-my-module/.",
                        folder=folder,
                    ),
                )
            )


def quiz_files(root: Path, language: str = ENGLISH) -> dict[str, Path]:
    """Every quiz file in a content folder, by the id of the lesson it belongs to; in another
    language than English, a quiz's pair in that language replaces it where there is one."""
    return _quiz_files(root, [], check_language(language), {})


def _quiz_files(
    root: Path, problems: list[Problem], language: str, listed: dict[str, list[str]]
) -> dict[str, Path]:
    quizzes_dir = root / QUIZZES_DIR
    if not quizzes_dir.is_dir():
        return {}
    quizzes = {}
    for folder in named_as_text(folders_in(quizzes_dir), problems):
        names = names_in(folder)
        module = folder.name
        listed[f"{QUIZZES_DIR}/{module}"] = names
        pairs = set(names) if language != ENGLISH else set()
        for name in names_as_text(folder, markdown_names(names), problems):
            pair = pair_name(name, language) if pairs else name
            quizzes[lesson_id_of(module, name)] = folder / (pair if pair in pairs else name)
    return quizzes
