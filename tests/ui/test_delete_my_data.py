"""Delete my data: a dialog that names every file that goes and what stays, the focus in a box
that shows on every theme, a typed DELETE to confirm; then every file is gone and the course
greets a new learner, without a crash."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.delete_my_data import DeleteMyDataDialog
from iop_course.ui.dialogs.notice import NoticeDialog
from iop_course.ui.dialogs.open_without_saving import OpenWithoutSavingDialog
from iop_course.ui.dialogs.welcome import WelcomeDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.progress import ProgressScreen
from tests.ui.conftest import compact, read_only_store, screen_text, wait_until
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
        assert app.focused is dialog.query_one("#confirm-word", Input)
        assert dialog.query_one("#delete-my-data", Button).disabled


async def test_cancel_keeps_everything(open_app, data_dir):
    app = learner_app(open_app, data_dir)
    before = folder_bytes(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dialog(app, pilot)
        await pilot.press(*"DELET", "enter")  # not the whole word
        await pilot.pause()
        assert isinstance(app.screen, DeleteMyDataDialog)
        assert compact("Nothing was deleted. Type DELETE in the box") in compact(screen_text(app))
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
        await pilot.press(*"DELETE")
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


REAL_COURSE = Path(__file__).resolve().parents[2]


async def test_a_learner_with_progress_deletes_without_a_crash_and_is_welcomed(open_app, data_dir):
    """The crash the review saw: a learner mid-course (the next lesson highlighted further down
    the list) deletes from the command palette; the old list's highlight met a missing summary."""
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    lessons = list(app.course.lessons())
    app.store.mark_lesson_done(lessons[0].id)
    app.store.set_page(lessons[3].id, 1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_delete_my_data()
        await pilot.pause()
        await pilot.press(*"DELETE", "enter")
        for _ in range(5):
            await pilot.pause(0.05)
        assert app._exception is None
        assert isinstance(app.screen, NoticeDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeDialog)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HomeScreen)
        assert f"Start: {lessons[0].title}" in screen_text(app)
        await pilot.press("down")
        await pilot.pause()
    assert app._exception is None and app.return_code in (None, 0)
    assert not (data_dir / "error-log.txt").exists()
    app.store.close()
    assert sorted(path.name for path in data_dir.iterdir()) == ["progress.json", "progress.lock"]


async def test_a_learner_with_no_progress_is_welcomed_again(open_app, data_dir):
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        app.action_delete_my_data()
        await pilot.pause()
        await pilot.press(*"DELETE", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeDialog)
    assert app._exception is None


async def test_enter_away_from_the_box_says_nothing_was_deleted(open_app, data_dir):
    app = learner_app(open_app, data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await open_dialog(app, pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "^q Quit" in footer and " q Quit" not in footer  # q is a letter in the box
        for _ in range(4):  # Tab round the dialog: the box, the text, Cancel...
            await pilot.press("tab")
            await pilot.pause()
            if app.focused is not None and app.focused.id not in ("close", "delete-my-data"):
                await pilot.press("enter")
                await pilot.pause()
                assert app.screen is dialog
        assert app.screen is dialog
        assert compact("Nothing was deleted.") in compact(screen_text(app))


async def test_what_is_typed_shows_in_a_box_drawn_clearly_on_every_theme(open_app, data_dir):
    from tests.ui.painted import lowest_contrast, painted, truecolor_themes

    app = learner_app(open_app, data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        await pilot.press(*"DEL")
        await pilot.pause()
        box = dialog.query_one("#confirm-word", Input)
        assert box.region.height == 3  # a border all round, not a bare strip
        assert "DEL" in screen_text(app)
        low = []
        for theme in truecolor_themes(app):
            app.theme = theme
            await pilot.pause()
            ratio, char = lowest_contrast(painted(app, box.region))
            if ratio < 4.5:
                low.append((theme, round(ratio, 2), char))
        assert not low


async def test_only_real_files_are_listed_and_saved_plans_are_named(open_app, data_dir, tmp_path):
    from iop_course.store.saved_plans import remember_saved_plan

    app = learner_app(open_app, data_dir)
    plan = tmp_path / "my-recovery-plan-2026-12-07.html"
    plan.write_text("<p>my plan</p>")
    remember_saved_plan(app.store, plan)
    remember_saved_plan(app.store, tmp_path / "gone.html")  # deleted since: not named
    (data_dir / ".iop-course-ask7g0oe.tmp").write_text("{}")  # a save under way
    async with app.run_test(size=(100, 50)) as pilot:
        await open_dialog(app, pilot)
        text = compact(screen_text(app))
        assert "iop-course-ask7g0oe" not in text and "cutshort" not in text
        assert compact("The plans you saved to print also stay") in text
        assert compact(str(plan)) in text
        assert "gone.html" not in text


async def test_at_80x24_the_saved_plan_shows_above_the_box(open_app, data_dir, tmp_path):
    """Found in a QA pass: the plan's path was the last line of the text, under the box and
    the buttons, where a learner typing DELETE never saw it."""
    from iop_course.store.saved_plans import remember_saved_plan

    app = learner_app(open_app, data_dir)
    plan = tmp_path / "my-recovery-plan-2026-12-07.html"
    plan.write_text("<p>my plan</p>")
    remember_saved_plan(app.store, plan)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        await wait_until(pilot, lambda app: "Type DELETE" in screen_text(app))
        above_the_box = screen_text(app).split("Type DELETE")[0]
        assert compact(str(plan)) in compact(above_the_box)
        assert dialog.query_one("#dialog").scroll_y == 0
        await pilot.press("pagedown")  # the rest of the text, from the box
        await pilot.pause()
        assert compact("itself, its lessons and quizzes.") in compact(screen_text(app))
        assert app.focused is dialog.query_one("#confirm-word", Input)


async def test_only_delete_in_capitals_deletes(open_app, data_dir):
    """As iop-course forget: "delete" in small letters is not the word asked for."""
    app = learner_app(open_app, data_dir)
    before = folder_bytes(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_dialog(app, pilot)
        await pilot.press(*"delete")
        await pilot.pause()
        assert dialog.query_one("#delete-my-data", Button).disabled
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeleteMyDataDialog)
        assert compact("Nothing was deleted.") in compact(screen_text(app))
    assert folder_bytes(data_dir).keys() == before.keys()
