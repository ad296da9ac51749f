"""The checker speaks the learner's language: each problem's words are kept with their values
(``i18n.Later``) and said in Spanish on the Content problems screen and by
``iop-course check --lang es``, with the same file and line as in English.

A folder full of mistakes (lessons, quizzes, a module, translations that drift from their
English, and quality warnings) gives many of the checker's messages at once; every one must
come out in Spanish. A static check keeps new messages from being written as plain English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import iop_course.content
from iop_course.content.checker import check_content
from iop_course.i18n import Later, _, set_language
from tests.content.test_content_pair_checker import (
    ENGLISH_QUIZ,
    SPANISH_LESSON,
    SPANISH_QUIZ,
    _files,
    _hash,
)

from .conftest import HEAD, quiz_text

CONTENT = Path(iop_course.content.__file__).parent
PLACE = re.compile(r"^(?P<place>.+?(?::\d+)?): (?P<words>.*)$")


@pytest.fixture
def broken_folder(make_content, author) -> Path:
    """Mistakes of many kinds in one content folder, English and Spanish."""
    spanish_quiz = SPANISH_QUIZ.replace("{hash}", _hash(ENGLISH_QUIZ))
    files = _files(
        lesson_es=SPANISH_LESSON.replace("translates: sha256:{hash}\n", "").split("## ")[0],
        quiz_es=spanish_quiz.replace("- [x] Llamar", "- [ ] Llamar"),
    )
    files.update(
        {
            "lessons/01-coping/02-boxes.md": author.lesson(
                body="Opening.\n\n::: note\nX.\n:::\n\n# Title\n\n- ::: tip\n\n## \n\n"
                "::: worksheet\n? Bad Id\nWords.\n\n? my-plan (plan: nowhere)\n:::\n"
                "::: group-plan\n- **Open:** no time.\n:::\n:::\n"
            ),
            "lessons/01-coping/03-no-title.md": author.lesson(title=""),
            "lessons/01-coping/04-bad-bytes.md": b"---\ntitle: T\nsummary: \xff\n---\n",
            "lessons/01-coping/05-no-front.md": "Just text.\n",
            "lessons/01-coping/06-fields.md": (
                "---\ntitle: T\nsummary: S\nminutes: soon\ncolour: blue\nsources: one\n---\nHi.\n"
            ),
            "lessons/01-coping/07-control.md": HEAD + "A bell \x07 rings.\n",
            "lessons/02-no-module-md/01-a.md": author.lesson(),
            "lessons/loose.md": author.lesson(),
            "quizzes/01-coping/02-boxes.md": (
                "Before.\n\n## Q?\n\n- [ ] A\n  > No.\n- [ ] B\n\n1. numbered\n\n"
                "## Q?\n\n> Order: random\n\n- [x] A\n- [ ] \n  > Yes.\n\n"
                "::: tip\nNo.\n:::\n"
            ),
            "quizzes/01-coping/03-no-title.md": "---\npass_percent: 900\nextra: 1\n---\n",
            "quizzes/01-coping/09-ghost.md": quiz_text(),
        }
    )
    return make_content(files)


def test_every_problem_is_said_in_spanish_at_the_same_place(broken_folder):
    report = check_content(broken_folder)
    english = [str(problem) for problem in report.problems]
    assert len(english) >= 40  # many kinds of message, not a handful
    set_language("es")
    try:
        spanish = [str(problem) for problem in report.problems]
        summary = report.summary()
    finally:
        set_language("en")
    untranslated = []
    for problem, in_english, in_spanish in zip(report.problems, english, spanish, strict=True):
        assert isinstance(problem.message, Later), in_english  # its words are said when shown
        english_place = PLACE.match(in_english)
        spanish_place = PLACE.match(in_spanish)
        assert english_place and spanish_place
        assert spanish_place["place"] == english_place["place"]
        if spanish_place["words"] == english_place["words"] or "{" in in_spanish:
            untranslated.append(in_english)
        if in_english.split(": ", 2)[1] == "warning":
            assert in_spanish.split(": ", 2)[1] == "aviso"
    assert untranslated == []
    assert summary.startswith("Se revisaron ") and "errores" in summary


def test_the_check_command_speaks_spanish_with_lang_es(broken_folder, run_cli):
    english = run_cli("check", str(broken_folder))
    spanish = run_cli("check", "--lang", "es", str(broken_folder))
    assert english.returncode == spanish.returncode == 1
    english_lines = english.stdout.splitlines()
    spanish_lines = spanish.stdout.splitlines()
    assert len(english_lines) == len(spanish_lines) > 40
    for in_english, in_spanish in zip(english_lines[:-1], spanish_lines[:-1], strict=True):
        english_place, spanish_place = PLACE.match(in_english), PLACE.match(in_spanish)
        assert english_place and spanish_place
        assert spanish_place["place"] == english_place["place"]
        assert spanish_place["words"] != english_place["words"], in_english
    assert spanish_lines[-1].startswith("Se revisaron ")
    folder = run_cli("check", "--lang", "es", str(broken_folder / "nowhere"))
    assert folder.stderr.strip().endswith(": esa carpeta no existe.")


def test_a_problem_switches_language_after_it_was_found(broken_folder):
    """Found once (the app's worker checks in the background), said in the language of the
    screen that shows it."""
    problem = next(p for p in check_content(broken_folder).problems if "UTF-8" in p.message)
    set_language("es")
    try:
        assert "UTF-8" in _(problem.message) and "no está guardado" in _(problem.message)
    finally:
        set_language("en")
    assert _(problem.message) == problem.message


# Calls that make a content problem, and where their words are among the arguments.
MESSAGE_ARGUMENT = {"Problem": 2, "problem": 1, "_problem": 2, "warn": 1, "add": 1, "_warn": 2}


def _plain_words(node: ast.expr) -> bool:
    """Words written as English only: a literal, an f-string, or text joined with +."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.BinOp) and (_plain_words(node.left) or _plain_words(node.right))
    )


def test_no_content_problem_is_written_in_english_only():
    """Every message the content layer gives a problem is made with ``Later.gettext`` or
    ``Later.ngettext`` (or is a name holding such words), never a literal or an f-string,
    which could only ever be shown in English."""
    plain = []
    for path in sorted(CONTENT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = MESSAGE_ARGUMENT.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            if _plain_words(node.args[position]):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_a_missing_field_in_a_translation_reads_as_spanish():
    """'minutes es falta aquí' and 'las fuentes deben ser las 1 del inglés' were the Spanish
    check's words for a translation without minutes, and for an English with one source."""
    from iop_course.content import pair_lesson

    minutes = Later.gettext(
        "minutes is {mine} here and {theirs} in the English ({where}): a translation "
        "keeps the English minutes.",
        mine=pair_lesson._shown(None),
        theirs="6",
        where="a.md:4",
    )
    sources = Later.ngettext(
        "the sources must begin with the English's {n} source, as written ({where}); a source "
        "in Spanish may be added after it.",
        "the sources must begin with the English's {n} sources, as written and in the same "
        "order ({where}); a source in Spanish may be added after them.",
        1,
        where="a.md:7",
    )
    set_language("es")
    try:
        assert _(minutes).startswith("minutes aquí: falta; en el inglés: 6 (a.md:4)")
        assert _(sources).startswith("las fuentes deben empezar por la fuente del inglés")
    finally:
        set_language("en")
