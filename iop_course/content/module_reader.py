"""Reading one module folder at start-up: its module file and each lesson's front matter.

``loader.load_course`` lists the folders and calls ``read_module`` for each module. What a file
gives is taken from the course index (``course_index``) when the file is unchanged since it was
read, and read from the file, as before the index, when not; only a file that gave no problem
at all is kept in the index, so every problem is found and reported on every start.
"""

from __future__ import annotations

import os
from pathlib import Path

from iop_course.content.course_files import markdown_names, names_as_text, names_in
from iop_course.content.course_index import CourseIndex, LessonFields, ModuleText
from iop_course.content.front_matter import (
    LESSON_FIELDS,
    MODULE_FIELDS,
    PAIR_FIELDS,
    read_fields,
)
from iop_course.content.languages import ENGLISH, is_pair, language_of, pair_name
from iop_course.content.model import WHOLE_FILE, LessonInfo, Module, Problem, Severity
from iop_course.content.source import (
    SourceFile,
    read_front_only,
    read_text,
    split_front_matter,
)
from iop_course.i18n import Later

MODULE_FILE = "module.md"
LESSONS_DIR = "lessons"
QUIZZES_DIR = "quizzes"


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


def lesson_id(path: Path) -> str:
    """A lesson's id is its module folder and file name: '01-module/02-lesson'."""
    return lesson_id_of(path.parent.name, path.name)


def lesson_id_of(module: str, name: str) -> str:
    """``lesson_id`` from the module folder's and the file's names, as ``Path.stem`` reads the
    file's name (start-up makes hundreds of ids)."""
    dot = name.rfind(".")
    return f"{module}/{name[:dot] if 0 < dot < len(name) - 1 else name}"


def read_module(
    module_dir: Path,
    quizzes: dict[str, Path],
    problems: list[Problem],
    language: str,
    index: CourseIndex,
    listed: dict[str, list[str]],
) -> Module:
    """The module in ``module_dir`` in ``language``, with the lessons that can be read;
    ``problems`` hears what is wrong, and ``listed`` the folder's names, by its index key."""
    names = names_in(module_dir)
    module = module_dir.name
    folder = Folder(module_dir, f"{LESSONS_DIR}/{module}", index, problems)
    listed[folder.key] = names
    pairs = set(names) if language != ENGLISH else set()

    def pair_of(name: str) -> str | None:
        if not pairs:
            return None  # English, or no translation here: no name to make
        pair = pair_name(name, language)
        return pair if pair in pairs else None

    title, summary, intro = _default_title(module), "", ""
    read = None
    told_in = MODULE_FILE  # the file the module is told in: its pair, if that can be read
    if (module_dir / MODULE_FILE).is_file():
        for candidate in (pair_of(MODULE_FILE), MODULE_FILE):
            if candidate is not None:
                read = folder.module_text(candidate)
                if read is not None:
                    told_in = candidate
                    break
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
    for name in names_as_text(module_dir, markdown_names(names), problems):
        if name == MODULE_FILE:
            continue
        for read_from in (pair_of(name), name):
            fields = None if read_from is None else folder.lesson_fields(read_from)
            if read_from is not None and fields is not None:
                lesson = lesson_id_of(module, name)
                lessons.append(
                    LessonInfo(
                        lesson,
                        module,
                        module_dir / read_from,
                        *fields,
                        quiz_path=quizzes.get(lesson),
                    )
                )
                break
    return Module(
        module, module_dir, title, summary, intro, tuple(lessons), language_of(Path(told_in))
    )


class Folder:
    """A module folder's files, each read from the index when it is unchanged (``key`` is the
    folder's in the index), else from the file."""

    def __init__(self, path: Path, key: str, index: CourseIndex, problems: list[Problem]) -> None:
        self.path = path
        self.key = key
        self.index = index
        self.problems = problems
        self._place = os.path.join(path, "")  # each file's stat is of this and its name

    def module_text(self, name: str) -> ModuleText | None:
        """A module file's title, summary and intro; None (reported) when it cannot be used:
        for a pair, the English file is read instead."""
        stamp = self.index.stamp(self._place + name)
        kept = None if stamp is None else self.index.module(self.key, name, stamp)
        if kept is not None:
            return kept
        problems = self.problems
        found_before = len(problems)
        path = self.path / name
        source = read_source(path, front_matter_required=True)
        if isinstance(source, Problem):
            problems.append(source)
            return None
        problems.extend(source.control_characters + source.problems)
        if source.problems:
            return None
        fields = read_fields(source, _fields_of(path, MODULE_FIELDS))
        problems.extend(fields.problems)
        if is_pair(name) and any(p.severity is Severity.ERROR for p in fields.problems):
            return None
        read = fields.title, fields.summary, source.body.strip()
        if stamp is not None and len(problems) == found_before:
            self.index.keep_module(self.key, name, stamp, read)
        return read

    def lesson_fields(self, name: str) -> LessonFields | None:
        """A lesson file's fields; None (reported) when it cannot be used."""
        stamp = self.index.stamp(self._place + name)
        kept = None if stamp is None else self.index.lesson(self.key, name, stamp)
        if kept is not None:
            return kept
        problems = self.problems
        found_before = len(problems)
        path = self.path / name
        source = read_front_matter_of(path)
        if isinstance(source, Problem):
            problems.append(source)
            return None
        problems.extend(source.control_characters)
        if source.problems:
            problems.extend(source.problems)
            return None
        fields = read_fields(source, _fields_of(path, LESSON_FIELDS))
        problems.extend(fields.problems)
        if not fields.title or any(p.severity is Severity.ERROR for p in fields.problems):
            return None
        read = fields.title, fields.summary, fields.minutes, fields.objectives, fields.sources
        if stamp is not None and len(problems) == found_before:
            self.index.keep_lesson(self.key, name, stamp, read)
        return read


def _fields_of(path: Path, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The front-matter fields a file may have: a translation also says what it translates."""
    return fields + PAIR_FIELDS if is_pair(path.name) else fields


def _default_title(folder_name: str) -> str:
    """'02-relapse-prevention' reads as 'Relapse prevention' when module.md is missing."""
    words = folder_name.split("-")
    if words and words[0].isdigit():
        words = words[1:]
    return " ".join(words).capitalize() or folder_name
