"""The whole learner journey through the real UI: open, read, quiz, quit, reopen, resume."""

from __future__ import annotations

from iop_course.store import LessonStatus
from iop_course.ui.dialogs.notice import NoticeDialog
from iop_course.ui.dialogs.welcome import WelcomeDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.module_intro import ModuleIntroScreen
from iop_course.ui.screens.quiz import QuizScreen
from iop_course.ui.screens.quiz_result import QuizResultScreen
from iop_course.ui.widgets.choice_list import ChoiceList
from tests.ui.conftest import compact, screen_text
from tests.ui.quiz_helpers import choice_key, click_offset, press_choices

LESSON_ID = "01-first-steps/01-noticing"


async def test_first_run_welcome_then_read_then_resume_on_the_same_page(open_app, data_dir):
    app = open_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeDialog)
        text = screen_text(app)
        assert "not medical advice" in text
        assert compact(str(data_dir)) in compact(text)  # a long path wraps inside the box
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        text = screen_text(app)
        assert "Start: Noticing [early] signs" in text
        assert "0 of 2 lessons done" in text
        assert "Brackets like [bold] and list[int] stay as written." in text

        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ModuleIntroScreen)  # a module's first lesson: its intro
        text = screen_text(app)
        assert "A small module used by the tests." in text
        assert "This module exists so the tests do not depend" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        text = screen_text(app)
        assert "Page 1 of 3" in text
        assert "[bold]literal brackets[/] and list[int]" in text
        assert "In this lesson you will learn to:" in text
        assert "• Spot one [early] warning sign" in text
        assert "Sources" not in text  # named on the last page
        assert "A group question" not in text  # facilitator boxes are never shown at home

        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Page 2 of 3" in text and "Tip" in text and "A tip that is set apart." in text

        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Page 3 of 3" in text and "Try this" in text and "Take care" in text
        assert "Take the quiz" in text  # the footer tells the truth on the last page
        assert "Sources" in text and "• SAMHSA. TIP 47" in text
        await pilot.press("q")
    assert app.store.lesson_progress(LESSON_ID).page == 2
    app.store.close()

    reopened = open_app()
    async with reopened.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(reopened.screen, LessonScreen)  # no welcome the second time
        assert "Page 3 of 3" in screen_text(reopened)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(reopened.screen, HomeScreen)
        assert "Continue: Noticing [early] signs, page 3" in screen_text(reopened)


async def test_quiz_wrong_then_right_then_mastery_marks_the_lesson_done(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        text = screen_text(app)
        assert "Question 1 of 2" in text and "Which comes first [usually]?" in text
        assert "Sam feels tense all week." in text

        await press_choices(pilot, "Using again")  # wrong
        text = screen_text(app)
        assert "Not quite." in text
        assert "Not quite [yet]. That is the last stage." in text  # the chosen choice's feedback
        assert "Yes. Feelings often come first." in text  # then the right one's
        assert "Noticing feelings early gives you time to act." in text  # the explanation

        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert "Question 2 of 2" in text and "Select all that apply" in text
        assert "think of people and time" not in text
        await pilot.press("h")
        await pilot.pause()
        assert "Hint: think of people and time." in screen_text(app)
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c")
        await pilot.pause()
        text = screen_text(app)
        assert "Right!" in text and "Cravings pass, and support helps." in text

        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert "Practice the ones you missed: 1 of 1" in text
        assert "Which comes first [usually]?" in text
        await press_choices(pilot, "Feelings")
        assert "Right!" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizResultScreen)
        text = screen_text(app)
        assert "You got 1 of 2 right on the first try (50%)" in text
        assert compact(
            "You passed, and you went back over the question you missed until you "
            "got it right. This lesson is done."
        ) in compact(text)
        assert compact("Next lesson: The next step. Press c to start it") in compact(text)
    assert app.store.lesson_progress(LESSON_ID).status is LessonStatus.DONE
    answers = app.store.answers(LESSON_ID)
    assert [
        (a.first_try_correct, a.last_correct, a.times_right, a.times_wrong) for a in answers
    ] == [(False, True, 1, 1), (True, True, 1, 0)]


async def test_quitting_mid_quiz_resumes_at_the_same_question_with_its_feedback(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Feelings")  # right
        await pilot.press("n")  # next
        await pilot.pause()
        await press_choices(pilot, "Call a friend")  # tick one box (not checked yet)
        await pilot.press("q")
    app.store.close()

    reopened = open_app()
    async with reopened.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(reopened.screen, QuizScreen)
        assert "Question 2 of 2" in screen_text(reopened)
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c")  # c checks what is ticked: one alone would be wrong
        await pilot.pause()
        await pilot.press("q")
    reopened.store.close()

    again = open_app()
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        text = screen_text(again)
        assert "Question 2 of 2" in text and "Right!" in text  # feedback still showing


async def test_failing_the_quiz_leaves_the_lesson_unfinished_and_offers_a_retake(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await press_choices(pilot, "Using again")  # both wrong on the first try
        await pilot.press("n")
        await press_choices(pilot, "Keep some on hand")
        await pilot.press("c", "n")
        await press_choices(pilot, "Feelings")  # mastery review
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()
        text = screen_text(app)
        assert "(0%)" in text and "or r to try the quiz again" in text
        assert app.store.lesson_progress(LESSON_ID).status is LessonStatus.IN_PROGRESS
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert "Question 1 of 2" in screen_text(app)


async def test_a_lesson_without_a_quiz_is_done_after_its_last_page(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_lesson("01-first-steps/02-next-step")
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "✓ The next step" in screen_text(app)
    assert app.store.lesson_progress("01-first-steps/02-next-step").status is LessonStatus.DONE


async def test_mouse_click_opens_a_lesson_and_answers(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, ModuleIntroScreen)
        await pilot.click("#way-on")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        await pilot.press("escape")
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await pilot.click(ChoiceList, offset=click_offset(app, "Feelings"))
        await pilot.pause()
        text = screen_text(app)
        assert "Right!" in text and "Yes. Feelings often come first." in text


async def test_a_quiz_with_no_working_question_says_so_and_leaves_the_lesson_unfinished(
    open_app, tmp_path
):
    content = tmp_path / "content"
    (content / "lessons" / "01-m").mkdir(parents=True)
    (content / "quizzes" / "01-m").mkdir(parents=True)
    (content / "lessons" / "01-m" / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
    (content / "lessons" / "01-m" / "01-l.md").write_text("---\ntitle: L\nsummary: S\n---\nText.\n")
    (content / "quizzes" / "01-m" / "01-l.md").write_text("## No choices here?\n\nJust text.\n")
    app = open_app(content, welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_lesson("01-m/01-l", intro=False)
        await pilot.pause()
        await pilot.press("right")  # the only page is the last: on to the quiz
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, NoticeDialog)
        text = compact(screen_text(app))
        assert compact("This quiz cannot run") in text
        assert compact("The lesson is not marked done.") in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)  # back where the learner was, not trapped
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert app.store.lesson_progress("01-m/01-l").status is not LessonStatus.DONE


async def test_arrow_keys_and_enter_answer_a_question_and_only_n_goes_on(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, quiz=True)
        await pilot.pause()
        await pilot.press(*["down"] * int(choice_key(app, "Feelings")), "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Right!" in text and "You picked: Feelings" in text
        await pilot.press("enter")  # Enter never moves on: it only answers
        await pilot.pause()
        assert "Question 1 of 2" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert "Question 2 of 2" in screen_text(app)


async def test_a_done_lesson_picked_from_the_list_opens_at_its_first_page(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 2)
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        outline = app.screen.query_one("#outline")
        outline.focus()
        outline.highlighted = outline.get_option_index(LESSON_ID)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert "Page 1 of 3" in screen_text(app)
