"""Footers never cut a word: at 60 and 80 columns each footer shows whole keys, leaving out the
least used (F1 still lists every key), and keeps Get help now and How to use (issue 15, point 6)."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from iop_course.ui.keys import keys_that_work
from tests.ui.footer_check import footer_keys_shown_whole

LESSON_ID = "01-first-steps/01-noticing"


async def _open(app, pilot, where: str) -> None:
    await pilot.pause()
    if where == "lesson":
        app.open_lesson(LESSON_ID, intro=False)
    elif where == "quiz":
        app.open_lesson(LESSON_ID, quiz=True)
    elif where == "plan":
        app.show_recovery_plan()
    elif where == "progress":
        app.action_show_progress()
    elif where == "dialog":
        app.action_how_to_use()
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("where", ["home", "lesson", "quiz", "plan", "progress", "dialog"])
async def test_every_key_shown_is_whole_and_help_stays(open_app, where, size):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await _open(app, pilot, where)
        footer = app.screen.query_one(Footer)
        await pilot.pause(0.1)
        shown = [key for key in footer.query_children(FooterKey) if key.display]
        assert shown
        right = footer.region.right
        for key in shown:
            assert key.region.right <= right, (key.description, key.region, right)
        used = sum(key.outer_size.width for key in shown)
        assert used <= footer.size.width
        actions = {key.action.rpartition(".")[2] for key in shown}
        assert "get_help" in actions or where == "dialog"
        listed = " ".join(row.meaning for row in keys_that_work(app.screen))
        for key in footer.query_children(FooterKey):  # left out here, but listed by F1
            if not key.has_class("-command-palette") and key.description:
                assert key.description in listed or not key.display


SCREENS = {
    "answered": "QuizScreen",
    "select-all": "QuizScreen",
    "result": "QuizResultScreen",
    "module-intro": "ModuleIntroScreen",
    "problems": "ProblemsScreen",
    "delete": "DeleteMyDataDialog",
    "save-plan": "PlanExportDialog",
    "replace-plan": "ReplacePlanDialog",
    "typing": "LessonScreen",
}


async def _open_more(app, pilot, where: str) -> None:
    """The screens and states the first test does not reach: each keeps its own keys."""
    from textual.widgets import Button

    from tests.ui.quiz_helpers import press_choices
    from tests.ui.worksheet_course import SIGNS_LESSON

    await pilot.pause()
    if where in ("answered", "select-all", "result"):
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Feelings")
        if where != "answered":
            await pilot.press("n")
            await pilot.pause()
        if where == "result":
            await press_choices(pilot, "Call a friend", "Take a walk")
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("n")
    elif where == "module-intro":
        module = app.course.modules[0]
        app.show_module_intro(module, module.lessons[0])
    elif where == "problems":
        app.show_content_problems()
    elif where == "delete":
        app.action_delete_my_data()
    elif where in ("save-plan", "replace-plan"):
        app.show_recovery_plan()
        await pilot.pause()
        await pilot.press("s")
        if where == "replace-plan":
            await pilot.pause()
            app.screen.query_one("#save", Button).press()
            await pilot.pause()
            await pilot.press("s")
            await pilot.pause()
            app.screen.query_one("#save", Button).press()
    elif where == "typing":
        app.open_lesson(SIGNS_LESSON, intro=False)
        await pilot.pause()
        await pilot.press("tab")
    await pilot.pause(0.3)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize(
    "where",
    [
        "answered",
        "select-all",
        "result",
        "module-intro",
        "problems",
        "delete",
        "save-plan",
        "replace-plan",
        "typing",
    ],
)
async def test_every_other_footer_shows_whole_words(open_app, tmp_path, where, size):
    """The footer's line as drawn: every key shown is there whole (its key and its words),
    none runs past the edge, and Get help now stays."""
    from tests.ui.worksheet_course import worksheet_course

    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await _open_more(app, pilot, where)
        assert type(app.screen).__name__ == SCREENS[where]
        await footer_keys_shown_whole(app, pilot, where)
