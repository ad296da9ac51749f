"""Which language the course speaks: ``--lang``, else the learner's own choice, else the locale.

The locale is read as POSIX reads it for messages (LC_ALL, then LC_MESSAGES, then LANG; the first
one set decides), and a language the course does not have falls back to English.
"""

from __future__ import annotations

import re

import pytest

from iop_course import i18n
from iop_course.cli import main
from iop_course.commands.open_course import use_learners_language
from iop_course.i18n import (
    LANGUAGE_SETTING,
    _,
    active_language,
    language_of_locale,
    ngettext,
    set_language,
)
from iop_course.store import ProgressStore


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "es_US.UTF-8"}, "es"),
        ({"LANG": "es_MX"}, "es"),
        ({"LANG": "es"}, "es"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({}, "en"),
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "es_US.UTF-8", "LANG": "es_US"}, "en"),
        ({"LC_ALL": "es_PR.utf8@euro", "LANG": "en_US"}, "es"),
        ({"LC_ALL": "", "LANG": "es_US.UTF-8"}, "es"),
    ],
)
def test_the_locale_picks_the_language(environment, language):
    assert language_of_locale(environment) == language


def test_a_language_the_course_lacks_is_refused():
    with pytest.raises(ValueError):
        set_language("fr")
    assert active_language() == "en"


def test_words_are_looked_up_when_used():
    message = "Progress file:"
    assert _(message) == "Progress file:"
    set_language("es")
    assert _(message) == "Archivo de progreso:"
    set_language("en")
    assert _(message) == "Progress file:"


def test_words_the_catalog_lacks_stay_as_written():
    set_language("es")
    assert _("A sentence no screen has") == "A sentence no screen has"


def test_spanish_plurals_come_from_its_catalog():
    spanish = i18n.catalog("es")
    assert [spanish.plural(count) for count in (0, 1, 2, 5)] == [1, 0, 1, 1]  # type: ignore[attr-defined]
    set_language("es")
    assert ngettext("{n} thing", "{n} things", 1) == "{n} thing"  # not in the catalog: as given
    mistakes = [ngettext("{count} mistake", "{count} mistakes", n) for n in (0, 1, 2)]
    assert mistakes == ["{count} errores", "{count} error", "{count} errores"]


def test_lang_on_the_command_line_wins_over_the_locale(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["paths", "--lang", "es", "--data-dir", str(tmp_path)]) == 0
    assert "Archivo de progreso:" in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "es_US.UTF-8")
    assert main(["--lang", "en", "paths", "--data-dir", str(tmp_path)]) == 0
    assert "Progress file:" in capsys.readouterr().out


def test_without_lang_the_locale_decides(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    assert main(["paths", "--data-dir", str(tmp_path)]) == 0
    assert "Archivo de progreso:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["--lang", "es"],
        ["--plain", "--lang", "es"],
        ["check", "--lang", "es"],
        ["paths", "--lang", "es"],
        ["forget", "--lang", "es"],
        ["export", "--lang", "es", "plan"],
        ["export", "plan", "--lang", "es"],
        ["export", "handout", "x", "--lang", "es"],
        ["serve", "--lang", "es"],
        ["present", "--lang", "es"],
        ["present", "--notes", "--lang", "en"],
    ],
)
def test_every_command_takes_lang(command):
    from iop_course.cli import build_parser

    assert build_parser().parse_args(command).lang in ("es", "en")


def test_the_learners_own_choice_outranks_the_locale_but_not_lang(tmp_path):
    store = ProgressStore.open(tmp_path)
    try:
        use_learners_language(store, None)
        assert active_language() == "en"
        store.set_setting(LANGUAGE_SETTING, "es")
        use_learners_language(store, None)
        assert active_language() == "es"
        set_language("en")  # as cli.main does for --lang en
        use_learners_language(store, "en")
        assert active_language() == "en"
    finally:
        store.close()


def test_help_is_in_the_language_asked_for(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "es", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("uso: iop-course")
    assert "mostrar esta ayuda" in shown and "opciones:" in shown
    assert "iop-course --plain" in " ".join(shown.split())  # never cut at its hyphen
    with pytest.raises(SystemExit):
        main(["export", "plan", "--help", "--lang=es"])
    assert "Escribe su plan de recuperación" in " ".join(capsys.readouterr().out.split())


def test_later_words_are_english_now_and_said_in_the_language_of_the_moment_they_are_shown():
    from iop_course.i18n import Later

    count = Later.ngettext("{n} lesson", "{n} lessons", 3)
    words = Later.gettext("{path}: there is no such folder.", path="x/y")
    assert (count, words) == ("3 lessons", "x/y: there is no such folder.")
    assert isinstance(words, str) and _(words) == "x/y: there is no such folder."
    set_language("es")
    assert _(count) == "3 lecciones"
    assert _(words) == "x/y: esa carpeta no existe."
    nested = Later.gettext("the front matter could not be read. {help}", help=words)
    assert _(nested) == "no se pudo leer el encabezado. x/y: esa carpeta no existe."
    listed = Later.gettext(
        "{codes} and others", codes=(count, Later.ngettext("{n} quiz", "{n} quizzes", 1))
    )
    assert listed == "3 lessons, 1 quiz and others"
    assert _(listed) == "3 lecciones, 1 cuestionario y otros"
    set_language("en")
    assert _(count) == "3 lessons"


def test_later_words_keep_their_template_when_pickled():
    """A long lesson's problems come back pickled from the process that parsed it."""
    import pickle

    from iop_course.i18n import Later

    inner = Later.gettext("{path}: there is no such folder.", path="x/y")
    words = Later.gettext("the front matter could not be read. {help}", help=inner)
    count = Later.ngettext("{n} lesson", "{n} lessons", 3)
    again = pickle.loads(pickle.dumps((words, count)))
    assert again == (words, count) and all(isinstance(each, Later) for each in again)
    set_language("es")
    assert [_(each) for each in again] == [
        "no se pudo leer el encabezado. x/y: esa carpeta no existe.",
        "3 lecciones",
    ]
    set_language("en")


@pytest.mark.parametrize(
    ("command", "english", "spanish"),
    [
        (["export"], "the following arguments are required: KIND", "faltan estos argumentos"),
        (["check", "--bogus"], "unrecognized arguments: --bogus", "argumentos no reconocidos"),
        (
            ["--lang", "fr"],
            "argument --lang: invalid choice: 'fr' (choose from 'en', 'es')",
            "argumento --lang: opción no válida: 'fr' (elija entre 'en', 'es')",
        ),
        (["paths", "--data-dir"], "argument --data-dir: expected one argument", "se esperaba"),
    ],
)
def test_argparse_s_own_errors_are_in_the_language_asked_for(capsys, command, english, spanish):
    """argparse says its errors through the course's catalog: in Spanish under --lang es (its
    usage line too), word for word its own English under --lang en."""
    for language, words in (("es", spanish), ("en", english), ("es", spanish)):
        with pytest.raises(SystemExit) as exit_:
            main(["--lang", language, *command])
        assert exit_.value.code == 2
        said = capsys.readouterr().err
        assert words in said, said
        if language == "es":
            assert said.startswith("uso: iop-course")
            assert not re.search(r"\b(usage|required|arguments|invalid|expected)\b", said)


def test_every_command_s_help_is_in_spanish(capsys):
    """-h of the main command and of each command, with the words argparse puts in them
    (usage, headings, placeholders such as ARCHIVO): no English sentence left."""
    from iop_course.cli import build_parser

    commands: list[list[str]] = [[]]
    set_language("es")
    for action in build_parser()._subparsers._group_actions:  # type: ignore[union-attr]
        for name, parser in action.choices.items():
            commands.append([name])
            for sub in parser._subparsers._group_actions if parser._subparsers else ():
                commands.extend([name, kind] for kind in sub.choices)
    for command in commands:
        with pytest.raises(SystemExit):
            main([*command, "--help", "--lang", "es"])
        shown = capsys.readouterr().out
        words = re.findall(
            r"\b(the|your|you|and|of|to|is|with|for|this|file|folder|show|help|usage|FILE|DIR|"
            r"LESSON|PART|KIND|COMMAND)\b",
            re.sub(r"\S*[/.]\S*|--?[a-z-]+", "", shown),
        )
        assert words == [], (command, shown)
