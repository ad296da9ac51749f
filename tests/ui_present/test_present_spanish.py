"""Present mode in Spanish (present --lang es): every projected slide of a lesson and its quiz,
the reveal, the pause screen and the end say their words in Spanish, with the same keys."""

from __future__ import annotations

from iop_course.i18n import set_language
from iop_course.present.deck import build_deck
from iop_course.present.settings import PresentSettings
from iop_course.ui.present.present_app import PresentApp
from tests.ui.conftest import steady_screen_text
from tests.ui.test_spanish_screens import LESSON, SPANISH_COURSE, english_on
from tests.ui_present.conftest import WrittenOrder


async def test_every_projected_slide_is_in_spanish(beacon):
    from iop_course.content.loader import load_course

    set_language("es")
    course = load_course(SPANISH_COURSE)
    app = PresentApp(
        course, PresentSettings(), build_deck(course, LESSON), beacon, rng=WrittenOrder()
    )
    screens: dict[str, str] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for number in range(1, 30):
            text = await steady_screen_text(app, pilot)
            screens[f"slide {number}"] = text
            if "Pregunta 1 de 2" in text and "reveal" not in screens:
                await pilot.press("a", "3")
                screens["counted"] = await steady_screen_text(app, pilot)
                await pilot.press("r")
                screens["reveal"] = await steady_screen_text(app, pilot)
                await pilot.press("full_stop")
                screens["pause"] = await steady_screen_text(app, pilot)
                await pilot.press("full_stop")
            if "Gracias" in text:
                break
            await pilot.press("right")
        assert "Gracias" in text, "the end slide was never reached"
    assert "Diapositiva 1 de" in screens["slide 1"]
    assert "A mano alzada" in screens["counted"] and "◀ contando" in screens["counted"]
    assert "✓ correcta" in screens["reveal"] and "Hagamos una pausa." in screens["pause"]
    found = {name: english_on(text) for name, text in screens.items()}
    assert {name: words for name, words in found.items() if words} == {}, screens


async def test_the_command_palette_of_present_mode_and_its_notes_is_in_spanish(beacon):
    """Textual's commands (Tema, Teclas, Salir) in the facilitator's language, in the
    presenting window and the notes window; Teclas opens the course's own list of keys."""
    from textual.command import CommandList

    from iop_course.content.loader import load_course
    from iop_course.ui.dialogs.how_to_use import HowToUseDialog
    from iop_course.ui.present.notes_app import NotesApp
    from tests.ui.conftest import palette_offers, wait_until

    set_language("es")
    course = load_course(SPANISH_COURSE)
    apps = [
        PresentApp(course, PresentSettings(), build_deck(course, LESSON), beacon),
        NotesApp(course, beacon),
    ]
    for app in apps:
        async with app.run_test(size=(80, 30)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p")
            await wait_until(pilot, lambda app: bool(app.screen.query(CommandList)))
            text = await steady_screen_text(app, pilot)
            assert "Tema" in text and "Theme" not in text and "Keys" not in text, text
            assert english_on(text) == []
            await pilot.press(*"Teclas")
            await wait_until(pilot, palette_offers("Teclas"))
            await pilot.press("enter")
            await wait_until(pilot, lambda app: isinstance(app.screen, HowToUseDialog))
