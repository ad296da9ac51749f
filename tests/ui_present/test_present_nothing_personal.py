"""Nothing personal on the projector: present mode never opens, shows or writes a learner's data."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.present.settings import PresentSettings
from iop_course.store import ProgressStore
from iop_course.store.paths import DATA_DIR_ENV_VAR
from iop_course.ui.app import CourseApp
from iop_course.ui.present.present_app import PresentApp
from iop_course.ui.present.present_screen import PresentScreen
from tests.ui.conftest import read_only_store, screen_text
from tests.ui_present.conftest import REAL_LESSON

PERSONAL_WORDS = (
    "progress",
    "Done",
    "In progress",
    "Not started",
    "quiz 40%",
    "%",
    "score",
    "Continue",
    "Your place",
)


def learner_folder_full_of_progress(folder: Path) -> None:
    """A learner who has read, answered and scored across the real course."""
    course = load_course(builtin_content_dir())
    with ProgressStore.open(folder) as store:
        for number, lesson in enumerate(course.lessons()):
            store.set_page(lesson.id, 2)
            if number % 2:
                store.mark_lesson_done(lesson.id)
            store.record_quiz_score(lesson.id, 40 + number, 80)
        store.set_setting("theme", "textual-dark")
        store.set_setting("welcome_seen", True)


def files_and_times(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_mtime_ns, path.stat().st_size)
        for path in folder.rglob("*")
    }


def assert_nothing_personal(text: str, folder: Path) -> None:
    assert str(folder) not in text and folder.name not in text
    for word in PERSONAL_WORDS:
        assert word not in text, word


async def test_presenting_every_slide_shows_and_writes_nothing_of_the_learners(
    tmp_path, monkeypatch, beacon
):
    folder = tmp_path / "learner-data-7f3a"
    learner_folder_full_of_progress(folder)
    monkeypatch.setenv(DATA_DIR_ENV_VAR, str(folder))
    before = files_and_times(folder)

    def no_store(*args, **kwargs):
        raise AssertionError("present mode opened a progress store")

    monkeypatch.setattr(ProgressStore, "open", no_store)
    course = load_course(builtin_content_dir())
    app = PresentApp(course, PresentSettings(), None, beacon)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert_nothing_personal(screen_text(app), folder)
        app.screen.present(REAL_LESSON)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentScreen)
        seen = 0
        for _ in range(screen.current_state().total):
            if screen.part.question is not None:
                await pilot.press("a", "3", "r")
            assert_nothing_personal(screen_text(app), folder)
            seen += 1
            await pilot.press("right")
        assert seen > 10
        await pilot.press("g")
        assert_nothing_personal(screen_text(app), folder)
    assert files_and_times(folder) == before


async def test_it_runs_while_a_learners_copy_holds_the_progress_lock(
    tmp_path, monkeypatch, present_app
):
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV_VAR, str(folder))
    with ProgressStore.open(folder):
        app = present_app()
        async with app.run_test(size=(60, 20)) as pilot:
            await pilot.pause()
            await pilot.press("right")
            assert "Slide 2 of" in screen_text(app)


LEARNERS_OWN_COMMANDS = {"My recovery plan", "My progress", "Today's review", "Delete my data"}


async def test_from_the_learners_app_present_hides_progress_and_keeps_the_theme_apart(
    tmp_path, beacon
):
    folder = tmp_path / "data"
    learner_folder_full_of_progress(folder)
    store = ProgressStore.open(folder)
    try:
        app = CourseApp(load_course(builtin_content_dir()), store, crash_log_dir=folder)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert "Present" in screen_text(app)
            titles = {command.title for command in app.get_system_commands(app.screen)}
            assert titles >= LEARNERS_OWN_COMMANDS
            await pilot.press("P")
            await pilot.pause()
            assert app.theme == "Projector (light)"
            assert type(app.screen).__name__ == "PresentPickerScreen"
            assert_nothing_personal(screen_text(app), folder)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PresentScreen)
            await pilot.press("right", "right")
            assert_nothing_personal(screen_text(app), folder)
            titles = {command.title for command in app.get_system_commands(app.screen)}
            assert not titles & LEARNERS_OWN_COMMANDS, "the palette offers nothing of the learner's"
            footer = screen_text(app).splitlines()[-1]
            assert "q End" in footer and "Quit" not in footer, "q ends presenting, not the course"
            app.theme = "High contrast (dark)"
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
            assert type(app.screen).__name__ == "PresentPickerScreen"
            titles = {command.title for command in app.get_system_commands(app.screen)}
            assert "Screenshot" not in titles, (
                "a command that fails on the projector is not offered"
            )
            await pilot.press("q")
            await pilot.pause()
            assert type(app.screen).__name__ == "PresentingEndedScreen", "not the learner's home"
            assert_nothing_personal(screen_text(app), folder)
            assert "Presenting has ended" in screen_text(app)
            await pilot.press("enter")
            await pilot.pause()
            assert type(app.screen).__name__ == "HomeScreen"
            assert app.theme == "textual-dark"
            assert app.is_running
            await pilot.pause()
        assert store.get_setting("theme") == "textual-dark"
        assert PresentSettings().theme == "High contrast (dark)"
    finally:
        store.close()


@pytest.mark.parametrize("missing", ["data", "config"])
async def test_a_machine_that_never_ran_the_course_can_present(
    tmp_path, monkeypatch, missing, present_app
):
    monkeypatch.setenv(DATA_DIR_ENV_VAR, str(tmp_path / "never" / missing))
    app = present_app(None)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert "Present a lesson" in screen_text(app)
    assert not (tmp_path / "never").exists()


async def test_the_command_palette_offers_present(tmp_path):
    store = ProgressStore.open(tmp_path / "data")
    try:
        app = CourseApp(load_course(builtin_content_dir()), store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            commands = {command.title: command for command in app.get_system_commands(app.screen)}
            commands["Present a lesson to a group"].callback()
            await pilot.pause()
            assert type(app.screen).__name__ == "PresentPickerScreen"
    finally:
        store.close()


async def test_a_learners_not_saving_banner_stays_off_the_projector(tmp_path):
    from iop_course.ui.widgets.not_saving_banner import NotSavingBanner
    from tests.ui_present.conftest import FIXTURE_COURSE

    folder = tmp_path / "data"
    with ProgressStore.open(folder) as store:
        store.set_setting("welcome_seen", True)
    store = read_only_store(folder)
    try:
        app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=folder)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen.query(NotSavingBanner)
            app.action_present()
            await pilot.pause()
            assert not app.screen.query(NotSavingBanner)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PresentScreen)
            assert not app.screen.query(NotSavingBanner)
            assert "Not saving" not in screen_text(app)
    finally:
        store.close()
