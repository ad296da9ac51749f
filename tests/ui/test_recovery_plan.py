"""My recovery plan: gathered from two lessons, edited where it is written, saved to print."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Button, Checkbox, TextArea

from iop_course.store.paths import resolve_data_dir
from iop_course.store.saved_plans import plan_folder
from iop_course.ui.dialogs.plan_export import PlanExportDialog
from iop_course.ui.dialogs.replace_plan import ReplacePlanDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.recovery_plan import (
    CARD_FILE_NAME,
    WORDS,
    RecoveryPlanScreen,
    plan_file_path,
)
from tests.export.test_plan import _parse
from tests.ui.conftest import compact, screen_text, wait_until
from tests.ui.worksheet_course import PEOPLE_LESSON, SIGNS_LESSON, worksheet_course


def _plan_text(app) -> str:
    return compact(" ".join(str(widget.render()) for widget in app.screen.query("Static")))


async def _ask_to_save(pilot, app) -> None:
    """Open My recovery plan and press s: the dialog that asks which parts to save."""
    app.show_recovery_plan()
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()


async def test_the_plan_gathers_answers_from_two_lessons_and_says_where(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(SIGNS_LESSON, "my-signs", "I skip [meals]")
    app.store.save_worksheet_answer(PEOPLE_LESSON, "my-people", '[["Meena", "555-0100"]]')
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPlanScreen)
        text = _plan_text(app)
        assert compact("I skip [meals]") in text and compact("Meena: 555-0100") in text
        assert compact("From “My warning signs”:") in text
        assert compact("From “My people”:") in text
        assert compact(WORDS["empty"]) in text  # reasons: not written yet, said kindly
        assert compact(WORDS["no lesson"]) in text  # triggers: no lesson here asks for it
        assert "naloxone" in text and compact("Never use alone") in text
        assert compact("Call or text 988") in text  # the help numbers close the plan
        assert compact("These are U.S. numbers.") in text
        labels = [str(button.label) for button in app.screen.query(Button)]
        assert "✎ Write in “My people”, page 1" in labels


async def test_the_slip_plan_and_each_hard_night_step_show_on_the_plan(open_app, tmp_path):
    """A step of the hard-nights plan is shown under its own question (six steps come from one
    lesson, so the lesson's name alone would not say which is which); the 988 reminder is
    there even before anything is written."""
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(PEOPLE_LESSON, "my-slip", "Call Meena first")
    app.store.save_worksheet_answer(PEOPLE_LESSON, "night-people", "My sister")
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_recovery_plan()
        await pilot.pause()
        slip = compact(
            " ".join(str(w.render()) for w in app.screen.query("#part-if-i-slip Static"))
        )
        assert compact("If I slip") in slip and compact("Call Meena first") in slip
        assert compact("From “My people”:") in slip
        night = app.screen.query_one("#part-hard-nights")
        lines = [str(widget.render()) for widget in night.query("Static")]
        assert lines[0] == "My safety plan for hard nights"
        assert lines[1:3] == ["Step 4. People I can ask for help.", "My sister"]
        assert compact("Call or text 988") in compact(" ".join(lines))
        labels = [str(button.label) for button in night.query(Button)]
        assert labels == ["✎ Write in “My people”, page 2"]


async def test_a_part_is_edited_in_its_lesson_and_the_plan_shows_the_change(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_recovery_plan()
        await pilot.pause()
        button = next(
            b
            for b in app.screen.query(Button)
            if "My warning signs" in str(b.label) and "page 2" in str(b.label)
        )
        button.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert app.screen.sub_title == "Page 2 of 3"  # the page of "what I do instead"
        assert isinstance(app.screen.focused, TextArea)  # ready to write
        assert app.screen.focused.has_class("worksheet-answer")
        for key in ["w", "a", "l", "k"]:
            await pilot.press(key)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPlanScreen)
        assert "walk" in _plan_text(app)
        assert app.store.lesson_progress(SIGNS_LESSON).page == 0  # the place was not moved


async def test_saving_to_print_writes_the_ticked_parts_and_says_where(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids")
    app.store.save_worksheet_answer(PEOPLE_LESSON, "my-safety", "Kitchen drawer")
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_to_save(pilot, app)
        assert isinstance(app.screen, PlanExportDialog)
        # The folder is named before saving: beside the progress folder the learner chose.
        assert str(app.screen.query_one("#plan-folder").render()) == str(tmp_path)
        boxes = {box.name: box for box in app.screen.query(Checkbox)}
        assert set(boxes) == {
            "reasons",
            "triggers",
            "warning-signs",
            "instead",
            "people",
            "if-i-slip",
            "safety",
            "hard-nights",
            "help",
        }
        for name in (
            "triggers",
            "warning-signs",
            "instead",
            "people",
            "if-i-slip",
            "safety",
            "hard-nights",
        ):
            boxes[name].value = False
        target = plan_file_path(tmp_path)  # the name it will take
        app.screen.query_one("#save", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPlanScreen)
        assert target.exists() and stat.S_IMODE(target.stat().st_mode) == 0o600
        page = _parse(target.read_text("utf-8"))
        assert set(page.sections) == {"part-reasons", "part-help"}
        assert "My kids" in page.sections["part-reasons"]
        assert "Kitchen drawer" not in "".join(page.text)
        assert str(app.screen.query_one("#plan-saved-path").render()) == str(target)


async def test_nothing_ticked_saves_nothing_and_cancel_goes_back(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_to_save(pilot, app)
        for box in app.screen.query(Checkbox):
            box.value = False
        app.screen.query_one("#save", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, PlanExportDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPlanScreen)
        assert not plan_file_path(tmp_path).exists()


async def test_the_plan_is_in_the_command_palette(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "My recovery plan" in titles


def test_the_plan_file_is_named_by_day(tmp_path: Path):
    from datetime import date

    assert plan_file_path(tmp_path, date(2026, 11, 29)).name == "my-recovery-plan-2026-11-29.html"


async def test_write_in_goes_to_the_parts_own_prompt(open_app, tmp_path):
    """The reasons prompt is the second on its page: the cursor lands there, not in the first."""
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_recovery_plan()
        await pilot.pause()
        button = app.screen.query_one("#part-reasons").query(Button).first()
        button.focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("h", "i")
        await pilot.press("escape")
        assert [(a.prompt_id, a.text) for a in app.store.worksheet_answers()] == [
            ("my-reasons", "hi")
        ]


async def test_parts_are_ticked_and_cleared_with_the_keyboard(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await _ask_to_save(pilot, app)
        await pilot.press("tab", "tab", "tab", "space")
        assert [box.name for box in app.screen.query(Checkbox) if not box.value] == ["instead"]
        assert "instead" not in [choice.value for choice in app.screen.chosen()]


async def test_ticked_and_cleared_parts_look_different_without_colour(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_to_save(pilot, app)
        await pilot.press("tab", "tab", "tab", "space")
        await pilot.pause()
        lines = {line.strip().strip("█").strip() for line in screen_text(app).splitlines()}
        assert "▐ ▌ What I do instead" in lines
        assert "▐✓▌ My reasons" in lines


@pytest.mark.parametrize("answer", ["enter", "k", "r", "escape"])
async def test_a_file_at_the_name_is_never_replaced_without_asking(open_app, tmp_path, answer):
    """Someone's link (or an earlier plan) at the plan's name: the learner is asked; keeping
    both (Enter's choice) saves under the next name, replacing puts a new file in the link's
    place without following it, and cancelling saves nothing."""
    notes = tmp_path / "notes-of-mine.txt"
    notes.write_text("my own notes", "utf-8")
    notes.chmod(0o644)
    target = plan_file_path(tmp_path)
    target.symlink_to(notes)
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids")
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_to_save(pilot, app)
        app.screen.query_one("#save", Button).press()
        await wait_until(  # a busy machine draws the dialog a little later
            pilot,
            lambda app: (
                isinstance(app.screen, ReplacePlanDialog) and "there already" in screen_text(app)
            ),
        )
        asked = compact(screen_text(app))
        assert compact(str(target)) in asked and compact(target.stem + "-2.html") in asked
        await pilot.press(answer)
        await wait_until(pilot, lambda app: isinstance(app.screen, RecoveryPlanScreen))
        saved = str(app.screen.query_one("#plan-saved-path").render())
        message = compact(str(app.screen.query_one("#plan-saved").render()))
    assert notes.read_text("utf-8") == "my own notes"
    assert stat.S_IMODE(notes.stat().st_mode) == 0o644
    second = target.with_name(target.stem + "-2.html")
    if answer in ("enter", "k"):
        assert target.is_symlink() and "My kids" in second.read_text("utf-8")
        assert saved == str(second)
    elif answer == "r":
        assert not target.is_symlink() and "My kids" in target.read_text("utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600 and not second.exists()
        assert saved == str(target)
    else:
        assert target.is_symlink() and not second.exists()
        assert message.startswith(compact("Nothing was saved"))


async def test_the_wallet_card_is_saved_and_a_second_save_asks(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.save_worksheet_answer(PEOPLE_LESSON, "my-people", '[["Meena", "555-0100"]]')
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_recovery_plan()
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        card = plan_file_path(tmp_path, name=CARD_FILE_NAME)
        assert "555-0100" in card.read_text("utf-8")
        assert str(app.screen.query_one("#plan-saved-path").render()) == str(card)
        await pilot.press("w")
        await wait_until(pilot, lambda app: isinstance(app.screen, ReplacePlanDialog))
        await pilot.press("escape")


def test_plans_go_home_by_default_and_beside_a_chosen_progress_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert plan_folder(resolve_data_dir(None)) == tmp_path / "home"
    assert plan_folder(tmp_path / "stick" / "iop-data") == tmp_path / "stick"
