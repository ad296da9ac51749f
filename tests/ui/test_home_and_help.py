"""Where a learner meets a module, the way back to a lesson after its quiz, and a true F1."""

from __future__ import annotations

import pytest

from iop_course.content.quiz_model import MAX_CHOICES
from iop_course.store import LessonPlace
from iop_course.ui.dialogs.how_to_use import HowToUseDialog
from iop_course.ui.keys import keys_that_work
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.module_intro import ModuleIntroScreen
from iop_course.ui.screens.quiz import QuizScreen
from tests.ui.conftest import compact, screen_text

LESSON_ID = "01-first-steps/01-noticing"
SECOND_ID = "01-first-steps/02-next-step"
MODULE_ROW = "module:01-first-steps"
MODULE_SUMMARY = "A small module used by the tests."
MODULE_INTRO = "This module exists so the tests do not depend on the real course's wording."


async def _pick_row(app, pilot, option_id: str) -> None:
    outline = app.screen.query_one("#outline")
    outline.focus()
    outline.highlighted = outline.get_option_index(option_id)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_picking_a_module_on_home_shows_its_summary_and_intro(open_app, size):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 1)
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        outline = app.screen.query_one("#outline")
        outline.highlighted = outline.get_option_index(MODULE_ROW)
        await pilot.pause()
        assert compact(MODULE_SUMMARY) in compact(screen_text(app))  # under the list
        await _pick_row(app, pilot, MODULE_ROW)
        assert isinstance(app.screen, ModuleIntroScreen)
        text = compact(screen_text(app))
        assert compact(MODULE_SUMMARY) in text and compact(MODULE_INTRO) in text
        assert compact("Start: The next step") in text  # its first unfinished lesson
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and app.screen.info.id == SECOND_ID
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_module_intro_comes_once_before_its_first_lesson(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ModuleIntroScreen)
        await pilot.press("escape")  # not now: the lesson is still not started
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "Page 1 of 3" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")  # started now: straight back to the page
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)


async def test_the_lesson_list_opens_the_pages_while_continue_keeps_to_the_quiz(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 2)
    app.store.set_in_quiz(LESSON_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _pick_row(app, pilot, LESSON_ID)
        assert isinstance(app.screen, LessonScreen)
        assert "Page 3 of 3" in screen_text(app)  # the page reached, not the quiz
        await pilot.press("left")
        await pilot.pause()
        assert "Page 2 of 3" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.lesson_progress(LESSON_ID).where is LessonPlace.QUIZ
        assert "Continue: Noticing [early] signs, quiz" in screen_text(app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


async def test_a_finished_lesson_picked_from_the_list_opens_at_page_one(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 2)
    app.store.set_in_quiz(LESSON_ID)
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _pick_row(app, pilot, LESSON_ID)
        assert isinstance(app.screen, LessonScreen)
        assert "Page 1 of 3" in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_home_says_the_last_score_of_a_quiz_not_yet_passed(open_app, size):
    app = open_app(welcome_seen=True)
    app.store.set_in_quiz(LESSON_ID)
    app.store.record_quiz_score(LESSON_ID, 50, 80)
    app.store.record_quiz_score(LESSON_ID, 60, 80)
    app.store.set_page(SECOND_ID, 0)
    app.store.record_quiz_score(SECOND_ID, 100, 80)  # passed: nothing to say
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = compact(screen_text(app))
        assert compact("quiz 60%, 80% to pass") in text
        assert "50%" not in text and "100%" not in text


async def test_a_passed_and_finished_lesson_shows_no_score_note(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_in_quiz(LESSON_ID)
    app.store.record_quiz_score(LESSON_ID, 60, 80)
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "to pass" not in screen_text(app)


async def _open(app, pilot, where: str) -> None:
    if where == "lesson":
        app.open_lesson(LESSON_ID, intro=False)
    elif where == "quiz":
        app.open_lesson(LESSON_ID, quiz=True)
    elif where == "intro":
        app.open_lesson(LESSON_ID)
    await pilot.pause()


@pytest.mark.parametrize("where", ["home", "lesson", "quiz", "intro"])
async def test_f1_lists_every_key_of_the_screen_it_was_opened_over(open_app, where):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _open(app, pilot, where)
        screen = app.screen
        footer_keys = {
            active.binding.description
            for active in screen.active_bindings.values()
            if active.enabled and active.binding.show and active.binding.description
        }
        await pilot.press("f1")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, HowToUseDialog)
        listed = " ".join(f"{row.keys} {row.meaning}" for row in dialog.key_rows)
        for description in footer_keys:
            assert description in listed, f"{description!r} is in the footer but not in F1"
        dialog_text = " ".join(str(static.render()) for static in dialog.query(".key-meaning"))
        assert all(row.meaning in dialog_text for row in dialog.key_rows)


async def test_f1_over_a_lesson_names_the_scroll_and_page_keys(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID)
        await pilot.pause()
        rows = {row.keys: row.meaning for row in keys_that_work(app.screen)}
        assert rows["→ or n or Space"].startswith("Read on")
        assert rows["← or p or b"].startswith("Back")
        for key in ("PgDn", "PgUp", "Home", "End", "↓", "↑", "Esc", "g or G or F2", "F1 or ?"):
            assert key in rows, f"{key} is missing from {sorted(rows)}"


async def test_f1_over_the_quiz_names_its_keys_and_home_its_list_keys(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home_rows = " ".join(row.meaning for row in keys_that_work(app.screen))
        assert "Continue" in home_rows and "Open or pick the highlighted row." in home_rows
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        quiz_rows = keys_that_work(app.screen)
        meanings = " ".join(row.meaning for row in quiz_rows)
        assert "Pick" in meanings and "Get help now" in meanings
        assert any(row.keys == f"1-{MAX_CHOICES}" for row in quiz_rows)  # number keys share one row


async def test_reading_on_through_a_long_module_intro_scrolls_before_the_lesson(open_app):
    from pathlib import Path

    app = open_app(Path(__file__).resolve().parents[2], welcome_seen=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        app.open_lesson("01-getting-started/01-how-iop-works")
        await pilot.pause()
        assert isinstance(app.screen, ModuleIntroScreen)
        assert "Start: How IOP works" not in screen_text(app)  # below the fold at 60x20
        seen = False
        for _ in range(6):
            if not isinstance(app.screen, ModuleIntroScreen):
                break
            seen = seen or "Start: How IOP works" in screen_text(app)
            await pilot.press("right")
            await pilot.pause()
        assert seen and isinstance(app.screen, LessonScreen)


async def test_a_lesson_read_again_from_its_quiz_goes_back_to_that_quiz(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        app.open_lesson(LESSON_ID, from_start=True)  # what the quiz's "Read the lesson" does
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "Page 1 of 3" in screen_text(app)
        for _ in range(8):
            if not isinstance(app.screen, LessonScreen):
                break
            await pilot.press("right")
            await pilot.pause()
        assert app.screen is quiz  # the same quiz, at the same question
        assert len([s for s in app.screen_stack if isinstance(s, QuizScreen)]) == 1
        assert app.store.lesson_progress(LESSON_ID).where is LessonPlace.QUIZ
