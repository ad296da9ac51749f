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
    markdown_files,
    named_as_text,
    names_in,
)
from iop_course.content.front_matter import (
    LESSON_FIELDS,
    MODULE_FIELDS,
    PAIR_FIELDS,
    read_fields,
)
from iop_course.content.languages import (
    ENGLISH,
    check_language,
    english_path,
    is_pair,
    language_of,
    pair_name,
)
from iop_course.content.model import WHOLE_FILE, Course, LessonInfo, Module, Problem, Severity
from iop_course.content.source import (
    SourceFile,
    read_front_only,
    read_text,
    split_front_matter,
)
from iop_course.i18n import Later

if TYPE_CHECKING:  # a lesson's and a quiz's classes load when one is opened, not at start-up
    from iop_course.content.lesson_model import Lesson
    from iop_course.content.quiz_model import Quiz

MODULE_FILE = "module.md"
LESSONS_DIR = "lessons"
QUIZZES_DIR = "quizzes"


class ContentUnreadable(Exception):
    """A lesson or quiz file could not be read when opened (it changed or vanished since start)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class _Found:
    modules: list[Module] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_course(root: Path, language: str = ENGLISH) -> Course:
    """Read a content folder's modules and lesson front matter, and pair lessons with quizzes.

    ``language`` is one of ``languages.LANGUAGES`` ("en", "es"). In Spanish, each lesson, quiz
    and module.md is replaced by its ``.es.md`` pair where the folder has one (still front
    matter only) and stays English where not: each ``LessonInfo.language`` (and each quiz's
    path) says which. Lesson ids, and so a learner's progress, are the same in every language.
    A pair whose front matter has a mistake is reported in ``problems`` and its English is used.
    """
    check_language(language)
    found = _Found()
    lessons_dir = root / LESSONS_DIR
    if not lessons_dir.is_dir():
        found.problems.append(Problem(root, WHOLE_FILE, _missing_lessons_folder(root)))
        return Course(root, (), tuple(found.problems), language)
    quizzes = _quiz_files(root, found.problems, language)
    _report_loose_files(root, found.problems)
    module_dirs = folders_in(lessons_dir)
    for module_dir in named_as_text(module_dirs, found.problems):
        module = _read_module(module_dir, quizzes, found.problems, language)
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
    unreadable = {_lesson_id(p.path) for p in found.problems if p.path.suffix == ".md"}
    for lesson_id, quiz_path in sorted(quizzes.items()):
        if lesson_id not in known and lesson_id not in unreadable:
            found.problems.append(
                Problem(
                    quiz_path,
                    1,
                    Later.gettext(
                        "this quiz has no lesson: there is no {lesson}. "
                        "A quiz needs a lesson with the same folder and file name.",
                        lesson=LESSONS_DIR + "/" + lesson_id + ".md",
                    ),
                )
            )
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


def read_source(path: Path, front_matter_required: bool) -> SourceFile | Problem:
    """Read a file and split its front matter, or say why it cannot be read."""
    read = read_text(path)
    if isinstance(read, Problem):
        return read
    text, controls = read
    source = split_front_matter(path, text, front_matter_required)
    source.control_characters[:0] = controls
    return source


def read_front_matter_of(path: Path) -> SourceFile | Problem:
    """Read a lesson's front matter only, or say why it cannot be read (``read_source``
    without the body)."""
    source = read_front_only(path, required=True)
    return read_source(path, front_matter_required=True) if source is None else source


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


def _read_module(
    module_dir: Path, quizzes: dict[str, Path], problems: list[Problem], language: str
) -> Module:
    names = names_in(module_dir)
    pairs = set(names) if language != ENGLISH else set()

    def pair_of(path: Path) -> Path | None:
        name = pair_name(path.name, language)
        return path.with_name(name) if name in pairs else None

    module_file = module_dir / MODULE_FILE
    title, summary, intro = _default_title(module_dir.name), "", ""
    read = None
    if module_file.is_file():
        pair = pair_of(module_file)
        read = _module_text(pair, problems) if pair is not None else None
        read = read or _module_text(module_file, problems)
    else:
        problems.append(
            Problem(
                module_dir,
                WHOLE_FILE,
                Later.gettext(
                    "this module folder has no {file}: add one with a title and a summary.",
                    file=MODULE_FILE,
                ),
            )
        )
    if read is not None:
        title, summary, intro = read[0] or title, read[1], read[2]
    lessons = []
    for path in named_as_text(markdown_files(module_dir, names), problems):
        if path.name == MODULE_FILE:
            continue
        info = _read_lesson_info(path, pair_of(path), module_dir, quizzes, problems)
        if info is not None:
            lessons.append(info)
    module_language = language_of(module_file) if read is None else read[3]
    return Module(
        module_dir.name, module_dir, title, summary, intro, tuple(lessons), module_language
    )


def _module_text(path: Path, problems: list[Problem]) -> tuple[str, str, str, str] | None:
    """A module file's title, summary, intro and language; None (reported) when it cannot
    be used: for a pair, the English file is read instead."""
    source = read_source(path, front_matter_required=True)
    if isinstance(source, Problem):
        problems.append(source)
        return None
    problems.extend(source.control_characters + source.problems)
    if source.problems:
        return None
    fields = read_fields(source, _fields_of(path, MODULE_FIELDS))
    problems.extend(fields.problems)
    if is_pair(path.name) and any(p.severity is Severity.ERROR for p in fields.problems):
        return None
    return fields.title, fields.summary, source.body.strip(), language_of(path)


def _fields_of(path: Path, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The front-matter fields a file may have: a translation also says what it translates."""
    return fields + PAIR_FIELDS if is_pair(path.name) else fields


def _read_lesson_info(
    path: Path,
    pair: Path | None,
    module_dir: Path,
    quizzes: dict[str, Path],
    problems: list[Problem],
) -> LessonInfo | None:
    """The lesson at ``path``, told in its ``pair`` when there is one that can be read."""
    for read_from in (pair, path):
        if read_from is None:
            continue
        source = read_front_matter_of(read_from)
        if isinstance(source, Problem):
            problems.append(source)
            continue
        problems.extend(source.control_characters)
        if source.problems:
            problems.extend(source.problems)
            continue
        fields = read_fields(source, _fields_of(read_from, LESSON_FIELDS))
        problems.extend(fields.problems)
        if not fields.title or any(p.severity is Severity.ERROR for p in fields.problems):
            continue
        lesson_id = _lesson_id(path)
        return LessonInfo(
            id=lesson_id,
            module_id=module_dir.name,
            path=read_from,
            title=fields.title,
            summary=fields.summary,
            minutes=fields.minutes,
            objectives=fields.objectives,
            sources=fields.sources,
            quiz_path=quizzes.get(lesson_id),
        )
    return None


def quiz_files(root: Path, language: str = ENGLISH) -> dict[str, Path]:
    """Every quiz file in a content folder, by the id of the lesson it belongs to; in another
    language than English, a quiz's pair in that language replaces it where there is one."""
    return _quiz_files(root, [], check_language(language))


def _quiz_files(root: Path, problems: list[Problem], language: str) -> dict[str, Path]:
    quizzes_dir = root / QUIZZES_DIR
    if not quizzes_dir.is_dir():
        return {}
    quizzes = {}
    for folder in named_as_text(folders_in(quizzes_dir), problems):
        names = names_in(folder)
        pairs = set(names) if language != ENGLISH else set()
        for path in named_as_text(markdown_files(folder, names), problems):
            pair = pair_name(path.name, language)
            quizzes[_lesson_id(path)] = path.with_name(pair) if pair in pairs else path
    return quizzes


def _lesson_id(path: Path) -> str:
    """A lesson's id is its module folder and file name: '01-module/02-lesson'."""
    return f"{path.parent.name}/{path.stem}"


def _default_title(folder_name: str) -> str:
    """'02-relapse-prevention' reads as 'Relapse prevention' when module.md is missing."""
    words = folder_name.split("-")
    if words and words[0].isdigit():
        words = words[1:]
    return " ".join(words).capitalize() or folder_name
