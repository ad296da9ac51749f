"""Get help now with Caps Lock on: G opens it as g does on every screen, and so does F2, which
Caps Lock cannot change, even while typing; F1's list names them (issue 15, point 4)."""

from __future__ import annotations

import pytest

from iop_course.ui.dialogs.get_help import GetHelpDialog
from iop_course.ui.dialogs.how_to_use import HowToUseDialog
from iop_course.ui.keys import keys_that_work
from tests.ui.conftest import compact, screen_text
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

LESSON_ID = "01-first-steps/01-noticing"


async def _open(app, pilot, where: str) -> None:
    await pilot.pause()
    if where == "lesson":
        app.open_lesson(LESSON_ID, intro=False)
    elif where == "quiz":
        app.open_lesson(LESSON_ID, quiz=True)
    elif where == "intro":
        app.open_lesson(LESSON_ID)
    elif where == "plan":
        app.show_recovery_plan()
    elif where == "progress":
        app.action_show_progress()
    elif where == "welcome":
        app.show_welcome()
    await pilot.pause()


@pytest.mark.parametrize("key", ["G", "f2"])
@pytest.mark.parametrize(
    "where", ["home", "lesson", "quiz", "intro", "plan", "progress", "welcome"]
)
async def test_capital_g_and_f2_open_get_help_everywhere(open_app, where, key):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot, where)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog), where
        assert "988" in screen_text(app)


async def test_f2_works_while_typing_and_g_is_a_letter_there(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab", "G", "g")
        assert app.screen.focused.text == "Gg"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog)


async def test_f1_names_g_capital_g_and_f2(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        rows = {row.keys: row.meaning for row in keys_that_work(app.screen)}
        assert any(
            keys == "g or G or F2" and meaning.startswith("Get help now")
            for keys, meaning in rows.items()
        ), rows
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HowToUseDialog)
        assert compact("g or G or F2") in compact(screen_text(app))
