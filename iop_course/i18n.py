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
    (and "" stays "", where gettext would give the catalog's header). ``Later`` words are said
    from the template and values they were made of."""
    if isinstance(message, Later):
        return message.in_language()
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


class Later(str):
    """English words (the str itself, so they compare and print as English) that keep their
    template and values, to be said in the active language when shown (``_(words)``).

    For words made where the language may not be the one they are shown in: a content
    problem is found once (in a worker, or before the learner switches language) and shown on
    screens drawn later. A value that is itself ``Later`` words is said in the active language
    too (a tuple of them is joined with commas); any other value (a title, a path, a number) is
    put in as it is. Made by
    ``Later.gettext`` and ``Later.ngettext``, which the catalog's extractor finds as it finds
    ``gettext`` and ``ngettext``.
    """

    _singular: str
    _plural: str | None
    _count: int
    _values: Mapping[str, object]

    def __new__(
        cls, singular: str, plural: str | None, count: int, values: Mapping[str, object]
    ) -> Later:
        english = singular if plural is None or count == 1 else plural
        shown = {name: ", ".join(v) if isinstance(v, tuple) else v for name, v in values.items()}
        words = super().__new__(cls, english.format(**shown))
        words._singular, words._plural, words._count, words._values = (
            singular,
            plural,
            count,
            values,
        )
        return words

    @classmethod
    def gettext(cls, message: str, **values: object) -> Later:
        """``message`` made in English now with its ``{placeholders}`` filled from ``values``,
        said in the active language when shown."""
        return cls(message, None, 0, values)

    @classmethod
    def ngettext(cls, singular: str, plural: str, count: int, **values: object) -> Later:
        """Words whose form depends on ``count`` (``{n}`` in them is the count), said later
        by the active language's plural rule; marked for the catalog as ``ngettext`` is."""
        return cls(singular, plural, count, {"n": count, **values})

    def __reduce__(self) -> tuple[type[Later], tuple[object, ...]]:
        """Pickled with their template and values (a long lesson's problems come back from the
        process that parsed it, ``content.parse_apart``)."""
        return Later, (self._singular, self._plural, self._count, dict(self._values))

    def in_language(self) -> str:
        """These words in the active language."""
        if _active == ENGLISH:
            return str(self)
        translations = catalog(_active)
        if self._plural is None:
            template = translations.gettext(self._singular)
        else:
            template = translations.ngettext(self._singular, self._plural, self._count)
        values = {name: _said(value) for name, value in self._values.items()}
        return template.format(**values)


def _said(value: object) -> object:
    """A value of ``Later`` words as it is said in the active language: ``Later`` words in it,
    and each of a tuple's (joined with commas), are said in it; anything else is kept."""
    if isinstance(value, Later):
        return value.in_language()
    if isinstance(value, tuple):
        return ", ".join(str(_said(part)) for part in value)
    return value
