"""Plain mode in Spanish: its welcome, prompts, a quiz's verdict and Get help now, with every
command typed the same as in English (g, q, Enter) and the same help numbers."""

from __future__ import annotations

import re
from pathlib import Path

from iop_course.i18n import set_language
from tests.plain.conversation import run_plain, script
from tests.ui.test_spanish_screens import SPANISH_COURSE, english_on

TO_FIRST_QUESTION = ("",) * 7  # the welcome, Continue, then the lesson's parts


def test_plain_mode_speaks_spanish_with_the_same_commands(tmp_path: Path) -> None:
    set_language("es")
    code, shown = run_plain(SPANISH_COURSE, tmp_path / "data", script("g", "q"))
    assert code == 0
    assert "Le damos la bienvenida al Curso IOP, en modo sencillo." in shown
    assert "g para pedir ayuda" in shown and "q para salir" in shown
    assert "Ayuda ahora." in shown
    assert "llame al 988 y oprima 2" in " ".join(shown.split())
    assert "Hasta pronto. Su lugar queda guardado." in shown
    assert english_on(shown) == []


def test_plain_mode_gives_the_same_help_numbers_in_both_languages(tmp_path: Path) -> None:
    numbers = {}
    for language in ("en", "es"):
        set_language(language)
        shown = run_plain(SPANISH_COURSE, tmp_path / language, script("g", "q"))[1]
        help_part = shown[shown.index("Get help now." if language == "en" else "Ayuda ahora.") :]
        numbers[language] = sorted(re.findall(r"\d+(?:-\d+)*", help_part.split("\n\n\n")[0]))
    assert numbers["es"] == numbers["en"] and "1-800-662-4357" in numbers["es"]
