"""Checking each translation against its English, so the two never drift apart.

A translation (``01-a.es.md`` beside ``01-a.md``) translates words and keeps the markup: the
same pages, boxes (names in English) in the same order, worksheet prompt ids and plan parts,
group-plan step minutes and kinds, quiz questions with the same choices and ``[x]`` keys, the
same ``minutes`` and sources. What differs is a mistake at the translation's line, naming the
English line. Its ``translates: sha256:<12 hex>`` field says which English text it was made
from: when the English has changed since, a warning names both files. English files with no
translation are told once, in one line, for each language the folder has any translation in.
The pair's own mistakes (a box never closed) are found as in English, and its reading ease is
measured with a Spanish formula (``readability_es``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from iop_course.content.front_matter import MODULE_FIELDS, PAIR_FIELDS, read_fields
from iop_course.content.languages import english_path, is_pair, language_of, pair_path
from iop_course.content.lesson_parser import ParsedBody
from iop_course.content.loader import LESSONS_DIR, MODULE_FILE, QUIZZES_DIR, read_source
from iop_course.content.model import WHOLE_FILE, Course, Problem, Severity
from iop_course.content.pair_lesson import check_lesson_pair
from iop_course.content.pair_quiz import check_quiz_pair
from iop_course.content.translates import translates_problems
from iop_course.i18n import N_, Later
from iop_course.safe_text import shown_path

LANGUAGE_NAMES = {"es": N_("Spanish")}
SHOWN_MISSING = 5  # English files named in the one line about files with no translation


@dataclass
class PairReport:
    """What checking the translations found: problems, and how many files were checked."""

    problems: list[Problem] = field(default_factory=list)
    translations: int = 0


def translation_files(root: Path) -> list[Path]:
    """Every translation in a content folder's module folders, in name order."""
    found = []
    for top in (LESSONS_DIR, QUIZZES_DIR):
        try:
            folders = sorted(entry.path for entry in os.scandir(root / top) if entry.is_dir())
        except OSError:
            continue
        for folder in folders:
            found.extend(sorted(Path(folder).glob("*.md")))
    return [path for path in found if is_pair(path.name)]


def check_pairs(
    root: Path,
    english: Course,
    english_bodies: dict[Path, ParsedBody],
    quality: bool,
    checkpoint: Callable[[], None] = lambda: None,
    languages: Collection[str] | None = None,
) -> PairReport:
    """Check every translation in ``root`` against its English (``english`` is the loaded
    English course; ``english_bodies`` the lesson bodies the checker has parsed already).
    ``checkpoint`` is called before each file (the checker's raises to stop the check).
    ``languages``: only the translations into these (None: all of them)."""
    report = PairReport()
    pairs = translation_files(root)
    if languages is not None:
        pairs = [pair for pair in pairs if language_of(pair) in languages]
    for pair in pairs:
        checkpoint()
        _check_pair(pair, english_bodies, quality, report)
    report.problems.extend(_untranslated(root, english, pairs))
    return report


def _check_pair(
    pair: Path, english_bodies: dict[Path, ParsedBody], quality: bool, report: PairReport
) -> None:
    english = english_path(pair)
    if not english.is_file():
        report.problems.append(
            Problem(
                pair,
                WHOLE_FILE,
                Later.gettext(
                    "this translation has no English file: there is no {english}. A "
                    "translation sits beside its English, with the same name ending in "
                    ".{language}.md.",
                    english=shown_path(english),
                    language=language_of(pair),
                ),
            )
        )
        return
    is_quiz = pair.parent.parent.name == QUIZZES_DIR
    source = read_source(pair, front_matter_required=not is_quiz)
    if isinstance(source, Problem):
        report.problems.append(source)
        return
    report.translations += 1
    problems = report.problems
    problems.extend(source.control_characters + source.problems)
    if source.problems:
        return
    problems.extend(translates_problems(source, english))

    def add(line: int, message: str) -> None:
        problems.append(Problem(pair, line, message))

    if is_quiz:
        check_quiz_pair(source, english, problems, add)
    elif english.name == MODULE_FILE:
        problems.extend(read_fields(source, MODULE_FIELDS + PAIR_FIELDS).problems)
    else:
        check_lesson_pair(source, english, english_bodies.get(english), quality, problems, add)


def _untranslated(root: Path, english: Course, pairs: list[Path]) -> list[Problem]:
    """One warning for each language the folder has translations in, naming the English
    lessons, quizzes and module files that have none yet."""
    problems = []
    for language in sorted({language_of(pair) for pair in pairs}):
        have = set(pairs)
        missing: dict[str, list[Path]] = {"lesson": [], "quiz": [], "module file": []}
        for module in english.modules:
            module_file = module.path / MODULE_FILE
            if module_file.is_file() and pair_path(module_file, language) not in have:
                missing["module file"].append(module_file)
            for lesson in module.lessons:
                if pair_path(lesson.path, language) not in have:
                    missing["lesson"].append(lesson.path)
                quiz = lesson.quiz_path
                if quiz is not None and pair_path(quiz, language) not in have:
                    missing["quiz"].append(quiz)
        everything = [path for paths in missing.values() for path in paths]
        if not everything:
            continue
        counts = tuple(_counted(kind, len(paths)) for kind, paths in missing.items() if paths)
        named = ", ".join(
            str(path.relative_to(root)) if path.is_relative_to(root) else shown_path(path)
            for path in everything[:SHOWN_MISSING]
        )
        more = len(everything) - SHOWN_MISSING
        name = Later.gettext(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language
        values = {"counts": counts, "name": name, "code": language, "named": named}
        if more > 0:
            words = Later.ngettext(
                "{counts} has no {name} translation yet (a .{code}.md file beside the English), "
                "so the {name} course shows them in English: {named} and {more} more.",
                "{counts} have no {name} translation yet (a .{code}.md file beside the English), "
                "so the {name} course shows them in English: {named} and {more} more.",
                len(everything),
                more=more,
                **values,
            )
        else:
            words = Later.ngettext(
                "{counts} has no {name} translation yet (a .{code}.md file beside the English), "
                "so the {name} course shows them in English: {named}.",
                "{counts} have no {name} translation yet (a .{code}.md file beside the English), "
                "so the {name} course shows them in English: {named}.",
                len(everything),
                **values,
            )
        problems.append(Problem(root / LESSONS_DIR, WHOLE_FILE, words, Severity.WARNING))
    return problems


def _counted(kind: str, count: int) -> Later:
    """How many lessons, quizzes or module files, in words."""
    if kind == "lesson":
        return Later.ngettext("{n} lesson", "{n} lessons", count)
    if kind == "quiz":
        return Later.ngettext("{n} quiz", "{n} quizzes", count)
    return Later.ngettext("{n} module file", "{n} module files", count)
