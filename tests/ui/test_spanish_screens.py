"""The app in Spanish: welcome, home, a lesson, a quiz's verdict and feedback, Get help now, and
a whole lesson-and-quiz walk with no English left on screen; the language chosen in the app is
remembered.

The walk runs on a small course written in Spanish (tests/fixtures/curso_es), so whatever English
is on screen comes from the app itself. It is found two ways: every English message of the
catalog whose Spanish differs (``_("Quit")`` shown as "Quit"), and common English words that no
Spanish sentence has (a string nobody marked for translation).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from iop_course.content.loader import load_course
from iop_course.i18n import LANGUAGE_SETTING, LOCALE_DIR, active_language, set_language
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.get_help import GetHelpDialog
from iop_course.ui.dialogs.how_to_use import HowToUseDialog
from iop_course.ui.dialogs.welcome import WelcomeDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.quiz import QuizScreen
from iop_course.ui.screens.quiz_result import QuizResultScreen
from tests.ui.conftest import (
    compact,
    palette_offers,
    screen_text,
    steady_screen_text,
    wait_until,
)
from tests.ui.quiz_helpers import press_choices

SPANISH_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "curso_es"
LESSON = "01-primeros-pasos/01-notar-las-senales"
HELP_NUMBERS = ("988", "1-800-662-4357", "1-800-799-7233", "1-800-222-1222", "911")
# Words of English sentences that Spanish never uses (a string nobody marked would show them).
ENGLISH_WORDS = re.compile(
    r"\b(the|you|your|and|or|of|to|is|are|with|for|this|that|what|press|back|next|quit|help|"
    r"lesson|page|quiz|done)\b",
    re.IGNORECASE,
)
# Key names stay the same in both languages; brands and commands are not translated.
KEPT = re.compile(r"\b(Enter|Esc|Tab|Shift|PgUp|PgDn|Ctrl|IOP|iop-course|SAMHSA|TTY|START)\b")


def english_messages() -> list[str]:
    """The parts (between placeholders) of each English message whose Spanish is different."""
    with (LOCALE_DIR / "es" / "LC_MESSAGES" / "iop-course.po").open("rb") as po:
        catalog = read_po(po)
    parts: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (message.string,) if isinstance(message.string, str) else message.string
        for english in ids:
            if english in strings:
                continue
            for part in re.split(r"\{[^}]*\}", english):
                kept = any(part.strip() in spanish for spanish in strings)  # such as "min"
                if len(re.findall(r"[A-Za-z]", part)) >= 3 and not kept:
                    parts.add(part.strip())
    return sorted(parts, key=len, reverse=True)


ENGLISH = english_messages()


def english_on(text: str) -> list[str]:
    """English the app put on a screen: its untranslated messages, and stray English words."""
    found = []
    text = text.replace("Idioma: English", "")  # the language named in itself, to switch to it
    flat = compact(text)
    unpathed = re.sub(r"\S*/\S*", "", text)  # a path's folder names are the files', not words
    for part in ENGLISH:
        if " " in part or len(part) > 8:
            if compact(part) in flat:
                found.append(part)
        elif re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", unpathed):
            found.append(part)
    words = ENGLISH_WORDS.findall(KEPT.sub("", unpathed))
    return found + [f"word: {word}" for word in words]


@pytest.fixture
def spanish_app(data_dir):
    """A learner's app on the Spanish test course, speaking Spanish (as --lang es does)."""
    stores: list[ProgressStore] = []

    def make(welcome_seen: bool = False, course: Path = SPANISH_COURSE) -> CourseApp:
        set_language("es")
        store = ProgressStore.open(data_dir)
        stores.append(store)
        if welcome_seen:
            store.set_setting("welcome_seen", True)
        return CourseApp(load_course(course), store, crash_log_dir=data_dir)

    yield make
    for store in stores:
        store.close()


def test_the_english_messages_are_found_on_an_english_screen():
    """The check can fail: an English footer and title are caught."""
    assert "Get help now" in english_on(" g Get help now  q Quit ")
    assert "word: your" in english_on("Continue where you left your lesson")
    assert english_on(" g Ayuda ahora  q Salir  Enter Esc ") == []


async def test_welcome_home_and_help_are_in_spanish(spanish_app):
    app = spanish_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, WelcomeDialog))
        text = await steady_screen_text(app, pilot)
        assert "Le damos la bienvenida al Curso IOP" in text
        assert "g Ayuda ahora" in text and english_on(text) == []
        await pilot.press("enter")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        text = await steady_screen_text(app, pilot)
        assert "Empezar: Notar las señales" in text and "Curso IOP" in text
        assert "g Ayuda ahora" in text and "c Continuar" in text
        assert english_on(text) == []
        await pilot.press("g")
        await wait_until(pilot, lambda app: isinstance(app.screen, GetHelpDialog))
        text = await steady_screen_text(app, pilot)
        assert "Ayuda ahora. Estos son números de los Estados Unidos." in text
        assert english_on(text) == []


async def test_get_help_now_has_the_same_numbers_in_both_languages(open_app, spanish_app):
    seen = {}
    for language in ("en", "es"):
        set_language(language)
        app = open_app(welcome_seen=True) if language == "en" else spanish_app(welcome_seen=True)
        async with app.run_test(size=(100, 50)) as pilot:
            await pilot.pause()
            await pilot.press("g")
            await wait_until(pilot, lambda app: isinstance(app.screen, GetHelpDialog))
            text = await steady_screen_text(app, pilot)
            seen[language] = sorted(re.findall(r"\d+(?:-\d+)*", compact(text)))
            for number in HELP_NUMBERS:
                assert number in text, (language, number)
        app.store.close()  # the next app opens the same folder
    assert seen["es"] == seen["en"]
    spanish_option = "llame al 988 y oprima 2, o envíe AYUDA por mensaje de texto al 988"
    assert compact(spanish_option) in compact(text)


async def test_a_whole_lesson_and_quiz_in_spanish_shows_no_english(spanish_app):
    app = spanish_app(welcome_seen=True)
    screens: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        screens["home"] = await steady_screen_text(app, pilot)
        await pilot.press("f1")
        await wait_until(pilot, lambda app: isinstance(app.screen, HowToUseDialog))
        screens["F1 on home"] = await steady_screen_text(app, pilot)
        await pilot.press("escape")
        await pilot.press("c")
        await wait_until(pilot, lambda app: not isinstance(app.screen, HomeScreen))
        if not isinstance(app.screen, LessonScreen):  # the module's intro comes first
            screens["module intro"] = await steady_screen_text(app, pilot)
            await pilot.press("enter")
        await wait_until(pilot, lambda app: isinstance(app.screen, LessonScreen))
        page = 0
        while isinstance(app.screen, LessonScreen):
            screens[f"page {page}"] = await steady_screen_text(app, pilot)
            page += 1
            await pilot.press("right")
            await pilot.pause()
            assert page < 20
        assert page >= 3
        await wait_until(pilot, lambda app: isinstance(app.screen, QuizScreen))
        screens["question 1"] = await steady_screen_text(app, pilot)
        await press_choices(pilot, "Volver a consumir")  # wrong: the verdict and why
        screens["feedback 1"] = await steady_screen_text(app, pilot)
        assert "✗ No exactamente." in screens["feedback 1"]
        assert "Usted eligió:" in screens["feedback 1"]
        assert "La mejor respuesta:" in screens["feedback 1"]
        await pilot.press("n")
        screens["question 2"] = await steady_screen_text(app, pilot)
        await pilot.press("h")
        screens["hint"] = await steady_screen_text(app, pilot)
        assert "Pista: piense" in compact(screens["hint"]) or "Pista:" in screens["hint"]
        await press_choices(pilot, "Llamar a una amiga", "Salir a caminar")
        await pilot.press("c")
        screens["feedback 2"] = await steady_screen_text(app, pilot)
        assert "✓ ¡Correcto!" in screens["feedback 2"]
        await pilot.press("f1")
        await wait_until(pilot, lambda app: isinstance(app.screen, HowToUseDialog))
        screens["F1 in the quiz"] = await steady_screen_text(app, pilot)
        await pilot.press("escape")
        while isinstance(app.screen, QuizScreen):
            await pilot.press("n")
            await pilot.pause()
            if isinstance(app.screen, QuizScreen):  # the missed question comes back
                screens["practice"] = await steady_screen_text(app, pilot)
                await press_choices(pilot, "Los sentimientos")
        await wait_until(pilot, lambda app: isinstance(app.screen, QuizResultScreen))
        screens["result"] = await steady_screen_text(app, pilot)
        assert "Aprobó" in screens["result"]
    found = {name: english_on(text) for name, text in screens.items()}
    assert {name: words for name, words in found.items() if words} == {}


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_spanish_footers_and_titles_keep_whole_words(spanish_app, size):
    app = spanish_app(welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        text = await steady_screen_text(app, pilot)
        footer = text.rstrip("\n").rsplit("\n", 1)[-1]
        assert footer.startswith(" g Ayuda ahora")
        labels = re.split(r"\s{2,}", footer.strip())
        words_of_keys = {"Ayuda ahora", "Continuar", "Mi plan", "Mi progreso", "Cómo usarlo"}
        words_of_keys |= {"Salir", "Repaso", "Presentar", "Problemas del contenido", "comandos"}
        for label in labels:
            words = label.partition(" ")[2]
            assert words in words_of_keys, (label, footer)


async def test_the_language_chosen_in_the_app_is_remembered(open_app, data_dir):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.press(*"Language")
        await wait_until(pilot, palette_offers("Language: Español"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: active_language() == "es")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        text = await steady_screen_text(app, pilot)
        assert "g Ayuda ahora" in text and "Continuar" in text
        told = "El curso ahora está en español."
        await wait_until(
            pilot, lambda app: any(told == note.message for note in app._notifications)
        )
        assert app.store.get_setting(LANGUAGE_SETTING) == "es"
    app.store.close()  # the course is closed, then opened again
    set_language("en")
    from iop_course.commands.open_course import use_learners_language

    again = open_app(welcome_seen=True)
    use_learners_language(again.store, None)  # as iop-course does on the next launch
    assert active_language() == "es"
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        assert "g Ayuda ahora" in await steady_screen_text(again, pilot)


async def test_switching_the_language_in_a_lesson_reopens_it_in_the_new_language(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson("01-first-steps/02-next-step")
        await wait_until(pilot, lambda app: isinstance(app.screen, LessonScreen))
        assert "Get help now" in await steady_screen_text(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Español")
        await wait_until(pilot, palette_offers("Language: Español"))
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda app: active_language() == "es" and isinstance(app.screen, LessonScreen),
        )
        text = await steady_screen_text(app, pilot)
        assert "Terminar la lección" in text and "Página 1 de 1" in text
        assert app.screen.info.id == "01-first-steps/02-next-step"
        await pilot.press("escape")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        assert "g Ayuda ahora" in await steady_screen_text(app, pilot)


async def test_the_other_learner_screens_and_dialogs_show_no_english(spanish_app):
    from iop_course.ui.dialogs.delete_my_data import DeleteMyDataDialog
    from iop_course.ui.dialogs.plan_export import PlanExportDialog
    from iop_course.ui.screens.progress import ProgressScreen
    from iop_course.ui.screens.recovery_plan import RecoveryPlanScreen

    app = spanish_app(welcome_seen=True)
    screens: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("p")
        await wait_until(pilot, lambda app: isinstance(app.screen, ProgressScreen))
        screens["my progress"] = await steady_screen_text(app, pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("m")
        await wait_until(pilot, lambda app: isinstance(app.screen, RecoveryPlanScreen))
        screens["my plan"] = await steady_screen_text(app, pilot)
        await pilot.press("s")
        await wait_until(pilot, lambda app: isinstance(app.screen, PlanExportDialog))
        screens["save my plan"] = await steady_screen_text(app, pilot)
        await pilot.press("escape")
        await pilot.press("escape")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        app.action_delete_my_data()
        await wait_until(pilot, lambda app: isinstance(app.screen, DeleteMyDataDialog))
        screens["delete my data"] = await steady_screen_text(app, pilot)
        await pilot.press("escape")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+p")
        await wait_until(pilot, palette_offers("Ayuda ahora"))
        screens["command palette"] = await steady_screen_text(app, pilot)
    found = {name: english_on(text) for name, text in screens.items()}
    assert {name: words for name, words in found.items() if words} == {}
    assert "Ayuda ahora" in screens["command palette"]
    assert "Mi plan de recuperación" in screens["my plan"]


async def test_switching_the_language_shows_the_course_in_that_language(open_app):
    """The built-in course has Spanish pairs: after 'Language: Español' the list shows the
    Spanish module and lesson titles, and the lesson opens from its Spanish file."""
    from iop_course.content.locate import builtin_content_dir

    app = open_app(builtin_content_dir(), welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        assert "Getting started in recovery" in await steady_screen_text(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Language")
        await wait_until(pilot, palette_offers("Language: Español"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: app.course.language == "es")
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        text = await steady_screen_text(app, pilot)
        assert "Primeros pasos en la recuperación" in text
        assert "Empezar: Cómo funciona el IOP" in text
        await pilot.press("c")
        await wait_until(pilot, lambda app: not isinstance(app.screen, HomeScreen))
        if not isinstance(app.screen, LessonScreen):  # the module's intro comes first
            await pilot.press("enter")
        await wait_until(pilot, lambda app: isinstance(app.screen, LessonScreen))
        assert app.screen.info.language == "es"
        assert "Cómo funciona el IOP — Página 1 de" in await steady_screen_text(app, pilot)


async def test_the_spanish_course_opens_in_spanish_from_the_command(tmp_path, monkeypatch):
    """iop-course --lang es loads the Spanish course (the pairs) and the app speaks Spanish."""
    from iop_course.commands import open_course as command

    seen = {}

    class Recorder:
        def __init__(self, course, store, crash_log_dir=None, early_review=None):
            seen["language"] = course.language
            seen["title"] = course.modules[0].title
            self.store = store
            self.return_code = 0

        def run(self):
            seen["speaks"] = active_language()

    monkeypatch.setattr("iop_course.ui.app.CourseApp", Recorder)
    set_language("es")  # as cli.main does for --lang es
    assert command.open_course(None, tmp_path / "data", "es") == 0
    assert seen == {
        "language": "es",
        "title": "Primeros pasos en la recuperación",
        "speaks": "es",
    }


async def test_the_content_problems_screen_says_the_checker_s_words_in_spanish(
    spanish_app, tmp_path
):
    """The home screen's notice, the problems screen's list (file and line kept) and its
    summary: no English, on a Spanish course with mistakes of several kinds."""
    import shutil

    from iop_course.ui.screens.problems import ProblemsScreen

    course = shutil.copytree(SPANISH_COURSE, tmp_path / "curso")
    quiz = course / "quizzes" / "01-primeros-pasos" / "01-notar-las-senales.md"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("[x]", "[ ]"), encoding="utf-8")
    lesson = course / "lessons" / "01-primeros-pasos" / "02-sin-titulo.md"
    lesson.write_text("---\nsummary: Sin título.\ncolor: azul\n---\n::: nota\nX.\n:::\n")
    (course / "quizzes" / "01-primeros-pasos" / "09-fantasma.md").write_text("## ¿Sí?\n")
    app = spanish_app(welcome_seen=True, course=course)
    async with app.run_test(size=(100, 60)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await wait_until(pilot, lambda app: app.content_check.report is not None)
        home = await steady_screen_text(app, pilot)
        await pilot.press("x")
        await wait_until(pilot, lambda app: isinstance(app.screen, ProblemsScreen))
        await wait_until(pilot, lambda app: "Serevisaron" in compact(screen_text(app)))
        text = await steady_screen_text(app, pilot)
    assert compact("02-sin-titulo.md:1: falta el campo title") in compact(text)
    assert compact("09-fantasma.md:1: este cuestionario no tiene lección") in compact(text)
    assert compact("aviso: campo desconocido 'color'") in compact(text)
    assert compact("Se revisaron 1 módulo, 1 lección y 0 preguntas") in compact(text)
    found = {name: english_on(words) for name, words in (("home", home), ("problems", text))}
    assert {name: words for name, words in found.items() if words} == {}


async def test_the_theme_picker_names_the_themes_in_spanish(spanish_app):
    """ctrl+p, Tema: the course's themes and Textual's light and dark ones are named in
    Spanish; the theme chosen is set and kept by its own name."""
    app = spanish_app(welcome_seen=True)
    async with app.run_test(size=(80, 40)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+p")
        await pilot.press(*"Tema")
        await wait_until(pilot, palette_offers("Tema"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: "Proyector (claro)" in screen_text(app))
        text = await steady_screen_text(app, pilot)
        assert "Alto contraste (oscuro)" in text and "Buscar temas…" in text
        assert "Projector" not in text and "High contrast" not in text
        assert "textual (oscuro)" in text and "textual-dark" not in text
        assert english_on(text) == []
        await pilot.press(*"Proyector")
        await wait_until(pilot, palette_offers("Proyector (claro)"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: app.theme == "Projector (light)")


async def test_key_caps_keep_their_names_in_the_spanish_f1_list(spanish_app):
    """End stays End (the catalog's "End" is present mode's button, Terminar); a key named by
    a word, such as Space, is said in Spanish."""
    from iop_course.ui.keys import _key_words, keys_that_work

    app = spanish_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        rows = {row.meaning: row.keys for row in keys_that_work(app.screen)}
    assert rows["Ir al final de la lista."] == "End"
    assert rows["Ir al principio de la lista."] == "Home"
    assert "Terminar" not in rows.values()
    assert _key_words("space") == "Espacio" and _key_words("pgdn") == "PgDn"


async def test_ctrl_c_says_how_to_quit_in_spanish(spanish_app):
    """Textual tells a learner who presses ctrl+c which key quits; in English only, before."""
    app = spanish_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+c")
        await wait_until(pilot, lambda app: bool(app._notifications))
        [note] = list(app._notifications)
        assert (note.title, note.message) == (
            "¿Quiere salir?",
            "Oprima ctrl+q para salir del programa",
        )


async def test_the_spanish_learners_check_compares_no_translation(
    spanish_app, monkeypatch, tmp_path
):
    """The check the app runs after start-up reads the Spanish course for its mistakes; the
    pair checker (each translation against its English) is the author's, not the learner's."""
    import shutil

    from iop_course.content import pair_checker
    from iop_course.content.locate import builtin_content_dir

    compared: list[object] = []
    real = pair_checker._check_pair
    monkeypatch.setattr(
        pair_checker, "_check_pair", lambda *args: (compared.append(args[0]), real(*args))
    )
    course = shutil.copytree(builtin_content_dir(), tmp_path / "curso")  # checked, unlike built-in
    app = spanish_app(welcome_seen=True, course=course)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None, 20)
        report = app.content_check.report
    assert compared == [] and report.translations == 0
    assert report.errors == [] and len(report.lessons) >= 45


async def test_the_keys_command_shows_the_keys_in_spanish(spanish_app):
    """Textual's keys panel says every key in English (Scroll Left, Copy selected text, Get
    help now): in Spanish, the palette's Teclas opens the course's own list (F1) instead."""
    app = spanish_app(welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+p")
        await pilot.press(*"Teclas")
        await wait_until(pilot, palette_offers("Teclas"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: isinstance(app.screen, HowToUseDialog))
        text = await steady_screen_text(app, pilot)
        assert not app.screen.query("HelpPanel")
    assert "Teclas que funcionan aquí" in text and english_on(text) == []
