"""The course's languages, and how a translation's file is named beside its English.

The course is written in English. A lesson, quiz or ``module.md`` translated into Spanish has
its pair beside it, named as the English file with ``.es.md`` in place of ``.md``
(``01-relapse-is-a-process.md`` and ``01-relapse-is-a-process.es.md``). A pair is never part of
the English course; the Spanish course is the English course with each file replaced by its
pair where one exists. Nothing here reads a file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ENGLISH = "en"
PAIR_LANGUAGES = ("es",)
"""The languages a file may be translated into: the codes its pair's name ends with."""
LANGUAGES = (ENGLISH, *PAIR_LANGUAGES)
"""Every language a course can be loaded in, English first."""

# Case-blind where the file system is (Windows), as Path.glob("*.md") is.
_PAIR_NAME = re.compile(
    r"(?P<stem>.+)\.(?P<language>" + "|".join(map(re.escape, PAIR_LANGUAGES)) + r")\.md\Z",
    re.DOTALL | (re.IGNORECASE if os.name == "nt" else 0),
)


def is_pair(name: str) -> bool:
    """True for a translation's file name, such as ``01-a-lesson.es.md``."""
    return _PAIR_NAME.match(name) is not None


def language_of(path: Path) -> str:
    """The language a content file is written in: a pair's code, else English."""
    match = _PAIR_NAME.match(path.name)
    return match["language"].lower() if match else ENGLISH


def pair_name(english_name: str, language: str) -> str:
    """The name of an English file's translation: ``01-a.md`` becomes ``01-a.es.md``."""
    return f"{english_name.removesuffix('.md')}.{language}.md"


def pair_path(english: Path, language: str) -> Path:
    """Where an English file's translation into ``language`` sits (it may not exist)."""
    return english.with_name(pair_name(english.name, language))


def english_path(pair: Path) -> Path:
    """The English file a translation is paired with: ``01-a.es.md`` gives ``01-a.md``."""
    match = _PAIR_NAME.match(pair.name)
    return pair if match is None else pair.with_name(f"{match['stem']}.md")


def check_language(language: str) -> str:
    """``language`` when the course can be loaded in it; otherwise a ValueError naming them."""
    if language not in LANGUAGES:
        raise ValueError(
            f"unknown course language {language!r}: the course is in {', '.join(LANGUAGES)}"
        )
    return language
