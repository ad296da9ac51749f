"""When progress cannot be saved, the learner is asked, reminded on every screen, and told what a
quit would lose."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore, SavingImpossible
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.open_without_saving import OpenWithoutSavingDialog
from iop_course.ui.dialogs.quit_unsaved import QuitUnsavedDialog
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.widgets.not_saving_banner import NotSavingBanner
from tests.ui.conftest import FIXTURE_COURSE, compact, read_only_store, screen_text

LESSON_ID = "01-first-steps/01-noticing"


@pytest.fixture
def read_only_app(data_dir: Path):
    """The app on progress that could be read but not saved (a read-only folder)."""
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
        store.set_page(LESSON_ID, 1)
        store.set_setting("screen", "home")
    before = (data_dir / "progress.json").read_bytes()
    store = read_only_store(data_dir)
    yield CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir), before
    store.close()
    assert (data_dir / "progress.json").read_bytes() == before


async def test_the_learner_chooses_to_go_on_and_a_banner_stays_on_every_screen(
    read_only_app, data_dir: Path
):
    app, _ = read_only_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OpenWithoutSavingDialog)
        text = compact(screen_text(app))
        assert compact(f"The folder {data_dir} is read-only") in text
        assert compact("--data-dir") in text and compact("Open without saving") in text
        await pilot.press("enter")
        await pilot.pause()
        assert "Not saving: the progress folder is read-only." in screen_text(app)
        app.open_lesson(LESSON_ID)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert app.screen.query(NotSavingBanner)
        assert "Not saving: the progress folder is read-only." in screen_text(app)
        assert app.store.lesson_progress(LESSON_ID).page == 1


@pytest.mark.parametrize("keys", [["escape"], ["tab", "enter"], ["o"]])
async def test_each_way_to_answer_works(read_only_app, keys):
    app, _ = read_only_app
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        chose_to_go_on = keys == ["o"]
        assert app.is_running is chose_to_go_on
    assert app._exception is None
    assert chose_to_go_on or app.return_code == 1


async def test_quitting_while_saves_fail_says_what_would_be_lost(
    open_app, monkeypatch: pytest.MonkeyPatch
):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def refuse(*args: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "replace", refuse)
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        app.store.flush()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuitUnsavedDialog)
        text = compact(screen_text(app))
        assert compact("No space left on device") in text
        title = app.course.lesson(LESSON_ID).title
        assert compact(f"If you quit now, this will be lost: your place in {title}") in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuitUnsavedDialog)
        monkeypatch.undo()
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuitUnsavedDialog), "nothing saved since the failure"
        await pilot.click("#quit-anyway")
        await pilot.pause()
    assert app.return_code == 0 and app._exception is None


async def test_quitting_when_all_is_saved_asks_nothing(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID)
        await pilot.pause()
        app.store.flush()
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_the_welcome_never_promises_saving_when_the_course_is_not_saving(data_dir: Path):
    with ProgressStore.open(data_dir):
        pass
    store = read_only_store(data_dir)
    app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir)
    try:
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            if isinstance(app.screen, OpenWithoutSavingDialog):
                await pilot.press("enter")
                await pilot.pause()
            text = compact(screen_text(app))
            assert compact("Welcome to IOP Course") in text
            assert compact("This time your progress is not being saved") in text
            assert compact("Your place is always saved") not in text
    finally:
        store.close()


async def test_a_named_pipe_in_place_of_the_progress_file_is_told_and_left(data_dir: Path):
    """The app used to hang before its first screen: now the learner reads what is wrong and
    can go on with the backup's progress, saving nothing, and the pipe stays as it was."""
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
        store.set_page(LESSON_ID, 1)
    ProgressStore.open(data_dir).close()  # the backup now holds page 1
    progress = data_dir / "progress.json"
    progress.unlink()
    os.mkfifo(progress)
    with pytest.raises(SavingImpossible) as refused:
        ProgressStore.open(data_dir)
    store = ProgressStore.open_without_saving(refused.value)
    app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir)
    try:
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, OpenWithoutSavingDialog)
            text = compact(screen_text(app))
            assert compact(f"Your progress file {progress} is a named pipe, not a file") in text
            assert compact("It was left as it is") in text
            await pilot.press("o")
            await pilot.pause()
            text = compact(screen_text(app))  # then the notice on the progress file itself
            assert compact("You are seeing the progress in its backup") in text
            await pilot.press("escape")
            await pilot.pause()
            assert "Not saving: the progress file is not a file." in screen_text(app)
            assert app.store.lesson_progress(LESSON_ID).page == 1
    finally:
        store.close()
    assert stat.S_ISFIFO(progress.lstat().st_mode)
