"""Writing in a lesson: typed answers saved as typed, back after a kill, keys that stay true."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.widgets.worksheet_view import SAVE_AFTER_SECONDS, WORDS, WorksheetView
from tests.ui.conftest import compact, read_only_store, screen_text
from tests.ui.worksheet_course import PEOPLE_LESSON, SIGNS_LESSON, worksheet_course

TYPED = "I stop calling [people] & skip meals"


async def _type(pilot, text: str) -> None:
    for character in text:
        await pilot.press(character if character != " " else "space")


def _answers(store: ProgressStore, lesson: str) -> dict[str, str]:
    return {answer.prompt_id: answer.text for answer in store.worksheet_answers(lesson)}


async def test_typed_words_are_saved_as_typed_and_back_after_a_kill(open_app, tmp_path: Path):
    """Typed, a pause, then the app killed: what is on disk opens with the words in place."""
    root = worksheet_course(tmp_path)
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert app.screen.focused is None  # the page keys are the screen's until Tab
        await pilot.press("tab")
        assert isinstance(app.screen.focused, TextArea)
        await _type(pilot, TYPED)
        await pilot.pause(SAVE_AFTER_SECONDS + 0.3)
        app.store.flush()
        killed = tmp_path / "after-kill"
        shutil.copytree(app.store.data_dir, killed, ignore=shutil.ignore_patterns("progress.lock"))
    with ProgressStore.open(killed) as store:
        assert store.recovery is None
        assert _answers(store, SIGNS_LESSON) == {"my-signs": TYPED}
        reopened = CourseApp(load_course(root), store)
        async with reopened.run_test(size=(80, 30)) as pilot:
            reopened.open_lesson(SIGNS_LESSON)
            await pilot.pause()
            areas = reopened.screen.query(TextArea)
            assert areas.first().text == TYPED
            assert compact(TYPED) in compact(screen_text(reopened))


async def test_leaving_a_field_saves_at_once_and_an_answer_can_be_changed(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, "first")
        await pilot.press("tab")  # to the second prompt: the first is saved, no waiting
        assert _answers(app.store, SIGNS_LESSON) == {"my-signs": "first"}
        await _type(pilot, "kids")
        await pilot.press("escape")
        assert app.screen.focused is None
        assert _answers(app.store, SIGNS_LESSON) == {"my-signs": "first", "my-reasons": "kids"}
        await pilot.press("tab")
        await pilot.press("end", "backspace", "backspace", "backspace", "backspace", "backspace")
        await _type(pilot, "changed")
        await pilot.press("escape")
        assert _answers(app.store, SIGNS_LESSON)["my-signs"] == "changed"


async def test_letters_that_are_keys_elsewhere_are_typed_in_a_field(open_app, tmp_path):
    """g, q, n, p, b and Space are words in a field; after Esc they are the page's keys again."""
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, "g q n p b ?")
        assert isinstance(app.screen, LessonScreen) and app.is_running
        assert app.screen.query(TextArea).first().text == "g q n p b ?"
        assert app.screen.sub_title == "Page 1 of 3"
        footer = screen_text(app)
        assert "Done writing" in footer
        await pilot.press("escape")
        assert isinstance(app.screen, LessonScreen)  # Esc left the field, not the lesson
        for _ in range(3):
            await pilot.press("right")
            await pilot.pause()
        assert app.screen.sub_title != "Page 1 of 3"


async def test_a_page_with_a_worksheet_scrolls_before_it_turns(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    app.store.set_page(SIGNS_LESSON, 1)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        assert app.screen.sub_title == "Page 2 of 3"
        saw_end = False
        for _ in range(15):
            await pilot.press("right")
            await pilot.pause()
            if app.screen.sub_title != "Page 2 of 3":
                break
            text = compact(screen_text(app))
            saw_end = saw_end or compact("The end of the long page.") in text
        assert saw_end, "the page turned before its end was shown"
        assert app.screen.sub_title == "Page 3 of 3"
        await pilot.press("left")
        await pilot.pause()
        assert app.screen.sub_title == "Page 2 of 3"
        assert app.screen.query(WorksheetView)  # the worksheet is back in its slot


async def test_people_to_call_are_names_and_numbers(open_app, tmp_path):
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(PEOPLE_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        assert isinstance(app.screen.focused, Input)
        await _type(pilot, "Meena")
        await pilot.press("tab")
        await _type(pilot, "555-0100")
        await pilot.press("escape")
        assert _answers(app.store, PEOPLE_LESSON) == {"my-people": '[["Meena", "555-0100"]]'}
        await pilot.press("escape")  # back to the lessons; reopen: the rows come back
        app.open_lesson(PEOPLE_LESSON)
        await pilot.pause()
        values = [field.value for field in app.screen.query(Input)]
        assert values[:2] == ["Meena", "555-0100"] and not any(values[2:])


async def test_without_saving_the_worksheet_says_typing_is_not_kept(tmp_path: Path):
    folder = tmp_path / "data"
    with ProgressStore.open(folder) as store:
        store.set_setting("welcome_seen", True)
    store = read_only_store(folder)
    try:
        app = CourseApp(load_course(worksheet_course(tmp_path)), store)
        async with app.run_test(size=(80, 30)) as pilot:
            await pilot.pause()
            await pilot.press("enter")  # "Open without saving"
            await pilot.pause()
            app.open_lesson(SIGNS_LESSON)
            await pilot.pause()
            await pilot.press("down", "down", "down", "down")
            await pilot.pause()
            text = compact(screen_text(app).replace("║", ""))
            assert compact(WORDS["not saving"]) in text
            assert compact(WORDS["keys"]) not in text
    finally:
        store.close()


async def test_a_crash_while_writing_keeps_the_words_out_of_the_error_log(
    open_app, tmp_path, data_dir
):
    """What a learner writes is private: a crash log (for whoever helps them) never holds it,
    although the failing code had the words in hand."""
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    secret = "my secret answer"

    def broken_save(lesson_id: str, prompt_id: str, text: str) -> None:
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError, match="the disk went away"):
        async with app.run_test(size=(80, 30)) as pilot:
            app.open_lesson(SIGNS_LESSON)
            await pilot.pause()
            await pilot.press("tab")
            await _type(pilot, secret)
            app.store.save_worksheet_answer = broken_save
            await pilot.press("escape")
            await pilot.pause()
    log = (data_dir / "error-log.txt").read_text("utf-8")
    assert "the disk went away" in log and "save_now" in log  # the crash was logged
    assert secret not in log
    assert all(secret not in str(renderable) for renderable in app._exit_renderables)


async def test_without_a_learners_store_only_the_prompts_show(tmp_path):
    """A projected view (present mode opens no learner's progress) shows the prompts, never a
    field or an answer, and saves nothing."""
    from textual.app import App

    from iop_course.content.loader import open_lesson

    course = load_course(worksheet_course(tmp_path))
    lesson, _ = open_lesson(course.lesson(SIGNS_LESSON))
    worksheet = lesson.pages[0].worksheets()[0]

    class Projector(App[None]):
        def compose(self):
            yield WorksheetView(worksheet, SIGNS_LESSON)

    app = Projector()
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        assert not app.screen.query(TextArea) and not app.screen.query(Input)
        text = compact(screen_text(app).replace("║", ""))
        assert compact(worksheet.prompts[0].text) in text
        assert compact(WORDS["no store"]) in text
