"""Worksheets take any paste without closing the app, keep the cursor after what is written,
name the quit key that works while typing, and save on a closing terminal."""

from __future__ import annotations

import os
import signal

import pytest
from textual import events
from textual.widgets import Input, TextArea

from iop_course.store.worksheet_answers import LARGEST_ANSWER
from tests.ui.conftest import compact, screen_text
from tests.ui.worksheet_course import PEOPLE_LESSON, SIGNS_LESSON, worksheet_course


def _answers(store, lesson: str) -> dict[str, str]:
    return {answer.prompt_id: answer.text for answer in store.worksheet_answers(lesson)}


async def _paste(pilot, text: str) -> None:
    pilot.app.screen.focused.post_message(events.Paste(text))
    await pilot.pause()


async def test_a_one_megabyte_paste_is_cut_to_fit_said_and_saved(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        await pilot.press(*"Mine: ")
        await _paste(pilot, "a long web page line\n" * 50_000)  # ~1 MB
        await pilot.pause(0.2)
        assert app.is_running and app._exception is None
        area = app.screen.focused
        assert isinstance(area, TextArea) and len(area.text) == LARGEST_ANSWER
        assert area.text.startswith("Mine: a long web page line")
        assert compact("Cut to fit: 20,000 characters at most. Saved.") in compact(screen_text(app))
        await pilot.press("escape")
        saved = _answers(app.store, SIGNS_LESSON)["my-signs"]
        assert saved == area.text
        await pilot.press("tab")
        await _paste(pilot, "x" * 100_000)  # a full field takes no more, calmly
        assert len(app.screen.focused.text) == LARGEST_ANSWER and app._exception is None


async def test_a_long_paste_in_a_name_is_cut_not_refused(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(PEOPLE_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        assert isinstance(app.screen.focused, Input)
        await _paste(pilot, "Meena " * 20_000)
        assert len(app.screen.focused.value) == 100
        assert compact("Cut to fit: 100 per name, 40 per number.") in compact(screen_text(app))
        await pilot.press("escape")
        assert app._exception is None and "Meena" in _answers(app.store, PEOPLE_LESSON)["my-people"]


async def test_coming_back_into_a_field_puts_the_cursor_at_the_end(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(SIGNS_LESSON, "my-signs", "Sunday evenings\nthe quiet house")
    app.store.save_worksheet_answer(PEOPLE_LESSON, "my-people", '[["Meena", "555-0100"]]')
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab", *", payday")
        await pilot.press("escape")
        assert _answers(app.store, SIGNS_LESSON)["my-signs"] == (
            "Sunday evenings\nthe quiet house, payday"
        )
        await pilot.press("escape")
        app.open_lesson(PEOPLE_LESSON)
        await pilot.pause()
        await pilot.press("tab", *" R")
        assert app.screen.focused.value == "Meena R"


async def test_the_footer_names_ctrl_q_while_typing_and_q_otherwise(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(120, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert " q Quit" in footer
        await pilot.press("tab")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "^q Quit" in footer and " q Quit" not in footer
        await pilot.press("q")
        assert app.is_running and app.screen.focused.text == "q"
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
    assert _answers(app.store, SIGNS_LESSON) == {"my-signs": "q"}


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
async def test_sigterm_and_sighup_save_what_was_typed_and_close(open_app, tmp_path, number):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab", *f"typed before {number.name}")
        os.kill(os.getpid(), number)  # at once: no pause for the save after typing
        await pilot.pause(0.3)
    assert not app.is_running
    app.store.close()
    with type(app.store).open(app.store.data_dir) as store:
        assert _answers(store, SIGNS_LESSON)["my-signs"] == f"typed before {number.name}"
    assert signal.getsignal(number) == signal.SIG_DFL  # given back once the app ended
