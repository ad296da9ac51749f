"""The Spanish catalog is whole, compiled, and keeps every number and placeholder.

Every string the code marks for translation (``_``, ``N_``, ``ngettext``, found by Babel's
extractor, as ``pybabel extract`` finds them) has a Spanish translation in the ``.po``; the
``.mo`` the app reads says exactly what the ``.po`` says (a ``.po`` edited without compiling fails
here); and a translation keeps its English's ``{placeholders}`` and every number (988,
1-800-662-4357, minutes): a help number changed by a translation must never reach a learner.
"""

from __future__ import annotations

import ast
import gettext
import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import iop_course
from iop_course.i18n import DOMAIN, LOCALE_DIR

PACKAGE = Path(iop_course.__file__).parent
PO = LOCALE_DIR / "es" / "LC_MESSAGES" / f"{DOMAIN}.po"
MO = PO.with_suffix(".mo")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
NUMBER = re.compile(r"\d+(?:-\d+)*")


def spanish_catalog():
    with PO.open("rb") as po:
        return read_po(po)


def marked_in_code() -> set[str | tuple[str, str]]:
    found: set[str | tuple[str, str]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(str(PACKAGE)):
        found.add(message if isinstance(message, str) else tuple(message[:2]))
    return found


def as_msgid(message) -> str | tuple[str, str]:
    return message.id if isinstance(message.id, str) else tuple(message.id)


def translations():
    return [message for message in spanish_catalog() if message.id]


def test_every_marked_string_has_a_spanish_translation():
    catalog = spanish_catalog()
    untranslated = []
    for message_id in sorted(marked_in_code(), key=str):
        message = catalog.get(message_id if isinstance(message_id, str) else message_id[0])
        strings = () if message is None else message.string
        strings = (strings,) if isinstance(strings, str) else strings
        if message is None or message.fuzzy or not strings or not all(strings):
            untranslated.append(message_id)
    assert untranslated == [], "run the steps in docs/translating-screens.md"


def test_the_catalog_holds_no_string_the_code_no_longer_marks():
    stale = {as_msgid(message) for message in translations()} - marked_in_code()
    assert stale == set(), "run the steps in docs/translating-screens.md"


def test_the_compiled_catalog_says_what_the_po_says():
    with MO.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for message in translations():
        if isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string, message.id
        else:
            singular, plural = message.id[:2]
            assert compiled.ngettext(singular, plural, 1) == message.string[0], singular
            assert compiled.ngettext(singular, plural, 2) == message.string[1], singular


@pytest.mark.parametrize("pattern", [PLACEHOLDER, NUMBER], ids=["placeholders", "numbers"])
def test_a_translation_keeps_every_placeholder_and_number(pattern):
    changed = []
    for message in translations():
        english = message.id if isinstance(message.id, str) else message.id[-1]
        spanish = message.string if isinstance(message.string, str) else message.string[-1]
        if Counter(pattern.findall(english)) != Counter(pattern.findall(spanish)):
            changed.append((english, spanish))
    assert changed == []


def names_bound_in(function: ast.AST) -> set[str]:
    """Every name ``function`` itself binds (not its nested functions'), as Python scopes them."""
    bound: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
    return bound


def test_no_function_hides_the_translating_underscore():
    """``lesson, _ = ...`` in a function that also says ``_("...")`` makes ``_`` a local name
    there: the words would fail (UnboundLocalError) only when a learner reached them."""
    hiding = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            calls = any(
                isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
                for node in ast.walk(function)
            )
            if calls and "_" in names_bound_in(function):
                hiding.append(f"{path.relative_to(PACKAGE)}:{function.lineno}")
    assert hiding == []
