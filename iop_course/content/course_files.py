"""Listing a content folder: its module folders and Markdown files, in name order, without
the names that cannot be saved.

Start-up lists hundreds of entries, so each listing is one ``os.scandir`` or ``os.listdir`` with
no Path or stat per entry. A lesson's id is made of its folder and file names and is saved in
the progress file, so a name that is not UTF-8 text is reported and left out.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from pathlib import Path

from iop_course.content.languages import is_pair
from iop_course.content.model import WHOLE_FILE, Problem
from iop_course.i18n import N_, Later
from iop_course.safe_text import name_is_text

# What Path.glob("*.md") matches (case-blind where the file system is, as on Windows;
# elsewhere, any name ending in .md, which endswith tells quicker).
MARKDOWN_CASE_BLIND = os.name == "nt"
MARKDOWN_NAME = re.compile(fnmatch.translate("*.md"), re.IGNORECASE if MARKDOWN_CASE_BLIND else 0)
# The order of names: as the file system compares them (case-blind on Windows; on POSIX,
# normcase changes nothing, and calling it for each of thousands of names showed in start-up).
NAME_ORDER = os.path.normcase if os.name == "nt" else None
# A name that cannot be saved in the progress file: a folder's (True) and a file's (False).
BAD_NAME = {
    True: N_(
        "this folder's name has letters that are not UTF-8 text or a control character, so it "
        "is left out: rename it with letters, numbers and dashes, like 01-my-module."
    ),
    False: N_(
        "this file's name has letters that are not UTF-8 text or a control character, so it "
        "is left out: rename it with letters, numbers and dashes, like 01-my-lesson.md."
    ),
}


def folders_in(folder: Path) -> list[Path]:
    """The folders in ``folder``, in name order: what ``sorted(p for p in folder.iterdir() if
    p.is_dir())`` gives, without a Path and a stat for each entry (start-up reads hundreds)."""
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if entry.is_dir()]
    return [folder / name for name in sorted(names, key=NAME_ORDER)]


def names_in(folder: Path) -> list[str]:
    """The names in ``folder`` in name order, or none when it cannot be listed."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(names, key=NAME_ORDER)


def markdown_files(folder: Path, names: list[str]) -> list[Path]:
    """``sorted(folder.glob("*.md"))`` from the folder's ``names``, without the translations
    (``languages.is_pair``): the English course's lessons, quizzes and module.md."""
    return [folder / name for name in markdown_names(names)]


def markdown_names(names: list[str]) -> list[str]:
    """The names of ``markdown_files``, with no Path made for each (start-up lists hundreds)."""
    return [
        name
        for name in names
        if (MARKDOWN_NAME.match(name) if MARKDOWN_CASE_BLIND else name.endswith(".md"))
        and not is_pair(name)
    ]


def names_as_text(folder: Path, names: list[str], problems: list[Problem]) -> list[str]:
    """``named_as_text`` for names in ``folder``: a Path is made only for a name reported,
    and the names are checked together first (nearly always all are text)."""
    if name_is_text("/".join(names)):  # "/" is in no name, and is text itself
        return names
    kept = []
    for name in names:
        if name_is_text(name):
            kept.append(name)
        else:
            path = folder / name
            problems.append(Problem(path, WHOLE_FILE, Later.gettext(BAD_NAME[path.is_dir()])))
    return kept


def named_as_text(paths: Iterable[Path], problems: list[Problem]) -> list[Path]:
    """The paths whose names can be shown and saved; each other one is reported and left out.

    A lesson's id is made of its folder and file names and is saved in the progress file, so a
    name that is not UTF-8 text (possible on Linux) would make every save fail.
    """
    kept = []
    for path in paths:
        if name_is_text(path.name):
            kept.append(path)
        else:
            problems.append(Problem(path, WHOLE_FILE, Later.gettext(BAD_NAME[path.is_dir()])))
    return kept
