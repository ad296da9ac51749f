"""Present mode's footers never cut a key, at 60x20 and 80x24, in English and in Spanish.

The same check as tests/ui/test_footers_fit.py makes for the learner's screens: every key the
footer shows is drawn whole on its line (its key and its words), none runs past the edge, Get
help now stays, and a key left out is still listed by F1. On a question slide the keys a
facilitator needs while the room answers (Reveal, Count, Pause) stay too: at 60 columns the
footer once ended in "." where Pause was cut. The pause screen shows no keys at all: nothing but
the grounding words reaches the room.
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Button, Footer
from textual.widgets._footer import FooterKey

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.i18n import _, set_language
from iop_course.present.beacon import PresenterBeacon
from iop_course.present.deck import build_deck
from iop_course.present.settings import PresentSettings
from iop_course.ui.keys import keys_that_work
from iop_course.ui.present.notes_app import NotesApp
from iop_course.ui.present.present_app import PresentApp
from tests.ui.conftest import screen_text
from tests.ui.footer_check import footer_keys_shown_whole
from tests.ui_present.conftest import REAL_LESSON, WrittenOrder

SIZES = [(60, 20), (80, 24)]
LANGUAGES = ["en", "es"]
SLIDE_PLACES = ["page", "question", "counted", "revealed", "ask-end", "ask-back", "ended"]
# The keys a question slide keeps in sight, whatever the width (F1 lists the others).
QUESTION_KEYS = {"get_help", "reveal", "pause"}
SCREENS = {
    "picker": "PresentPickerScreen",
    "page": "PresentScreen",
    "question": "PresentScreen",
    "counted": "PresentScreen",
    "revealed": "PresentScreen",
    "ask-end": "AskDialog",
    "ask-back": "AskDialog",
    "ended": "PresentingEndedScreen",
    "notes": "NotesScreen",
}


def _present_app(language: str, beacon: PresenterBeacon, lesson: str | None) -> PresentApp:
    set_language(language)
    course = load_course(builtin_content_dir(), language)
    deck = build_deck(course, lesson) if lesson else None
    return PresentApp(course, PresentSettings(), deck, beacon, rng=WrittenOrder())


async def _go_to(app: PresentApp, pilot, where: str) -> None:
    """From the first slide to ``where``: a page, a question (counted, revealed), the end
    dialog, the offer of today's earlier session, or the neutral screen shown after presenting
    from a learner's app."""
    from iop_course.ui.present.ask_dialog import AskDialog
    from iop_course.ui.present.presenting_ended import PresentingEndedScreen
    from iop_course.ui.present.room_memory import WORDS

    await pilot.pause()
    await pilot.press("right")
    if where == "ended":
        app.push_screen(PresentingEndedScreen())
    elif where == "ask-back":
        words = [WORDS[f"resume_{name}"] for name in ("title", "text", "yes", "no")]
        app.push_screen(AskDialog(*words, focus_yes=True))
    elif where != "page":
        while app.screen.part.question is None:  # type: ignore[attr-defined]
            await pilot.press("right")
        if where in ("counted", "revealed", "ask-end"):
            await pilot.press("a", "3")
        if where == "revealed":
            await pilot.press("r")
        if where == "ask-end":
            await pilot.press("q")
    await pilot.pause()


async def _keys_shown_whole(app: App, pilot, where: str) -> set[str]:
    """Check the footer as drawn; the actions of the keys it shows."""
    assert type(app.screen).__name__ == SCREENS[where]
    footer, shown = await footer_keys_shown_whole(app, pilot, where)
    text = screen_text(app)
    line = text.splitlines()[-1]
    assert _("Get help now") in line, (where, line)
    actions = {key.action.rpartition(".")[2] for key in shown}
    listed = " ".join(row.meaning for row in keys_that_work(app.screen))
    working = {
        active.binding.action
        for active in app.screen.active_bindings.values()
        if active.binding.show and active.enabled
    }
    for key in footer.query_children(FooterKey):  # left out here, but listed by F1
        if key.action in working and not key.display:
            assert key.description in listed, (where, key.description, listed)
    for button in app.screen.query(Button):  # a dialog's answers, each with its key
        assert button.region.right <= button.parent.content_region.right, button.label
        assert str(button.label) in text, (where, button.label, text)
    return actions


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("where", SLIDE_PLACES)
async def test_every_key_of_a_slide_is_whole(beacon, where, size, language):
    app = _present_app(language, beacon, REAL_LESSON)
    async with app.run_test(size=size) as pilot:
        await _go_to(app, pilot, where)
        actions = await _keys_shown_whole(app, pilot, where)
        if where in ("question", "counted", "revealed"):
            assert actions >= QUESTION_KEYS, (where, actions)
            assert any(action.startswith("count_hint") for action in actions), actions


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
async def test_every_key_of_the_picker_is_whole(beacon, size, language):
    app = _present_app(language, beacon, None)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "end" in await _keys_shown_whole(app, pilot, "picker")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
async def test_every_key_of_the_notes_window_is_whole(beacon, size, language):
    set_language(language)
    app = NotesApp(load_course(builtin_content_dir(), language), beacon)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "quit" in await _keys_shown_whole(app, pilot, "notes")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
async def test_the_pause_screen_shows_no_keys_and_its_words_whole(beacon, size, language):
    from iop_course.ui.present.pause_screen import WORDS, PauseScreen

    app = _present_app(language, beacon, REAL_LESSON)
    async with app.run_test(size=size) as pilot:
        await _go_to(app, pilot, "question")
        await pilot.press("full_stop")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        assert not app.screen.query(Footer)
        shown = " ".join(screen_text(app).split())
        for name in WORDS:
            assert " ".join(WORDS[name].split()) in shown, (name, shown)
