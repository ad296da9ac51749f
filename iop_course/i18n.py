"""The language the course speaks to the learner, and its words in that language.

Every learner-facing string of the app goes through ``_`` (or ``ngettext`` where a number
changes the words), looked up when it is shown, so switching the language in the app changes
every screen drawn after it. The translations are standard gettext catalogs: the ``.po`` files in
``iop_course/locale/<lang>/LC_MESSAGES/`` are what translators edit, and the compiled ``.mo``
beside each is what runs (kept in the repository, so ``pipx install .`` and ``pip install -e``
need no build step; a test fails when a ``.mo`` is older than its ``.po``). English is the
source language: its words are the catalog's keys, so English needs no catalog.

Headless on purpose (standard library only): the plain mode, the commands and the handouts use
it as the screens do.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

DOMAIN = "iop-course"
LOCALE_DIR = Path(__file__).parent / "locale"
ENGLISH = "en"
SPANISH = "es"
LANGUAGES = (ENGLISH, SPANISH)
# Each language named in itself, as a learner looks for it in a list.
LANGUAGE_NAMES = {ENGLISH: "English", SPANISH: "Español"}
# Where the learner's own choice (made in the app) is kept among their settings, as the theme is.
LANGUAGE_SETTING = "language"
# The locale variables in the order POSIX reads them for messages.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_active = ENGLISH
Key = TypeVar("Key")


def language_of_locale(environ: Mapping[str, str] | None = None) -> str:
    """The course language a locale asks for: the first of LC_ALL, LC_MESSAGES and LANG that is
    set decides (``es_US.UTF-8`` -> "es"); English when it names no language the course has."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return _language_of(value)
    return ENGLISH


def _language_of(locale_name: str) -> str:
    code = locale_name.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def set_language(language: str) -> None:
    """Speak ``language`` ("en" or "es") from now on; anything else is an error of the caller."""
    global _active
    if language not in LANGUAGES:
        raise ValueError(f"no such language: {language!r}; the course has {', '.join(LANGUAGES)}")
    _active = language


def active_language() -> str:
    """The language the course speaks now: "en" or "es"."""
    return _active


def language_name(language: str) -> str:
    """A language named in itself: "English", "Español"."""
    return LANGUAGE_NAMES[language]


@cache
def catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog of ``language``, read once; English (the source) has none."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as compiled:
        return gettext.GNUTranslations(compiled)


def _(message: str) -> str:
    """``message`` (the English words) in the active language; itself where not translated
    (and "" stays "", where gettext would give the catalog's header)."""
    if _active == ENGLISH or not message:
        return message
    return catalog(_active).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` in the active language, by its catalog's plural rule
    (format the count in afterwards: ``ngettext("{n} lesson", "{n} lessons", n).format(n=n)``)."""
    return catalog(_active).ngettext(singular, plural, count)


class Words(dict[Key, str]):
    """A screen's table of words in English (the catalog's keys, marked ``N_``), each read
    (``WORDS["position"]``) in the active language. Only reading by key translates."""

    def __getitem__(self, key: Key) -> str:
        return _(super().__getitem__(key))


def word_in_language(words: Mapping[str, str | tuple[str, ...]], name: str) -> Any:
    """``words[name]`` in the active language: the body of a words module's ``__getattr__``
    (its table of English words, or of paragraphs, is read as ``words.NAME``, translated each
    time it is read);
    AttributeError for a name the table lacks, as for any missing attribute."""
    try:
        english = words[name]
    except KeyError:
        raise AttributeError(name) from None
    return _(english) if isinstance(english, str) else tuple(_(part) for part in english)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet: for words kept in a table
    at import time and passed through ``_`` when shown."""
    return message
