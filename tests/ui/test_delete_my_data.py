"""Delete my data: a dialog that names every file that goes and what stays, Cancel by default, a
typed DELETE to confirm; then every file is gone and the course greets a new learner."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.delete_my_data import DeleteMyDataDialog
from iop_course.ui.dialogs.notice import NoticeDialog
from iop_course.ui.dialogs.open_without_saving import OpenWithoutSavingDialog
from iop_course.ui.dialogs.welcome import WelcomeDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.progress import ProgressScreen
from tests.ui.conftest import compact, read_only_store, screen_text
from tests.ui.progress_helpers import NOTICING, TWO_MODULES, fill_with_progress

DAMAGED = "progress.damaged-20261129-101010.json"
MY_EXPORT = "my-plan.html"


def learner_app(open_app, data_dir: Path) -> CourseApp:
    """An app whose folder holds progress, its backup, an error log, a damaged copy, and a
    file the learner exported there themselves."""
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
        fill_with_progress(store)
    (data_dir / "error-log.txt").write_text("--- an old crash\n")
    (data_dir / DAMAGED).write_text("{")
    (data_dir / MY_EXPORT).write_text("<p>mine</p>")
    app = open_app(content=TWO_MODULES)
    app.store.flush()
    assert (data_dir / "progress.backup.json").exists()
    return app


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


async def open_dialog(app: CourseApp, pilot) -> DeleteMyDataDialog:
    await pilot.pause()
    app.action_show_progress()
    await pilot.pause()
    await pilot.press("d")
    await pilot.pause()
    assert isinstance(app.screen, DeleteMyDataDialog)
    return app.screen


async def test_the_dialog_names_every_real_file_and_what_stays(open_app, data_dir):
    app = learner_app(open_app, data_dir)
    async with app.run_test(size=(100, 50)) as pilot:
        dialog = await open_dialog(app, pilot)
        text = compact(screen_text(app))
        assert compact(f"These files in {data_dir} go:") in text
        for name in (
            "progress.json",
            "progress.backup.json",
            "progress.lock",
            "error-log.txt",
            DAMAGED,
        ):
            assert compact(f"• {name}:") in text
        assert compact("worksheet answers and your recovery plan, review history") in text
        assert compact("a damaged progress file, kept aside") in text
        assert MY_EXPORT not in text
        assert compact("These stay: files you exported yourself") in text
        assert compact("the course itself, its lessons and quizzes") in text
        assert compact("it cannot be undone: the course then starts over") in text
        assert app.focused is dialog.query_one("#close", Button)
        assert dialog.query_one("#delete-my-data", Button).disabled


async def test_cancel_keeps_everything(open_app, data_dir):
    app = learner_app(open_app, data_dir)
    before = folder_bytes(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(app, pilot)
        await pilot.press("enter")  # Cancel has the focus
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("shift+tab", *"DELET", "enter")  # not the whole word
        await pilot.pause()
        assert isinstance(app.screen, DeleteMyDataDialog)
        assert compact("Type DELETE to delete, or press Esc") in compact(screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        assert app.store.lesson_progress(NOTICING).status.value == "done"
    app.store.close()
    assert folder_bytes(data_dir) == before


async def test_confirming_deletes_every_file_and_the_course_greets_a_new_learner(
    open_app, data_dir
):
    app = learner_app(open_app, data_dir)
    old_store = app.store
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        await pilot.press("shift+tab", *"DELETE")
        await pilot.pause()
        assert not dialog.query_one("#delete-my-data", Button).disabled
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, NoticeDialog)
        text = compact(screen_text(app))
        assert compact("Your data was deleted") in text
        assert compact(f"5 files were deleted from {data_dir}.") in text
        assert compact("starts over now, as for someone new") in text
        assert app.store is not old_store
        left = sorted(path.name for path in data_dir.iterdir())
        assert left == [MY_EXPORT, "progress.json", "progress.lock"]  # a new, empty store
        assert app.store.all_lesson_progress() == {}
        assert app.store.quiz_scores(NOTICING) == []
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and len(app.screen_stack) == 1
        assert "Start: Noticing [early] signs" in screen_text(app)
        assert "0 of 2 lessons done" in screen_text(app)
        assert app.store.get_setting("welcome_seen") is True
    app.store.close()
    assert (data_dir / MY_EXPORT).read_text() == "<p>mine</p>"
    with ProgressStore.open(data_dir) as reopened:
        assert reopened.recovery is None and reopened.all_lesson_progress() == {}


async def test_while_not_saving_it_says_why_and_deletes_nothing(data_dir):
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
        fill_with_progress(store)
    before = folder_bytes(data_dir)
    store = read_only_store(data_dir)
    app = CourseApp(load_course(TWO_MODULES), store, crash_log_dir=data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, OpenWithoutSavingDialog)
            await pilot.press("enter")
            await pilot.pause()
            app.action_delete_my_data()
            await pilot.pause()
            assert isinstance(app.screen, NoticeDialog)
            text = compact(screen_text(app))
            assert compact("Your data cannot be deleted from here") in text
            assert compact("opened without saving (the progress folder is read-only)") in text
            assert compact("'iop-course paths' lists every file") in text
            await pilot.press("enter")
            await pilot.pause()
            assert app.store is store
    finally:
        store.close()
    assert folder_bytes(data_dir) == before
