"""The quiz with the room: a show of hands drawn as a chart with numbers and letters, the reveal."""

from __future__ import annotations

import shutil
from dataclasses import replace

from iop_course.present.state import SlideKind
from tests.ui.conftest import screen_text

LESSON = "01-first-steps/01-noticing"  # of the fixture course: two questions


async def go_to_question(pilot, app, number: int = 1) -> None:
    screen = app.screen
    while not (screen.part.question is not None and screen.part.number == number):
        await pilot.press("right")


async def test_hands_are_tallied_by_letter_and_drawn_with_numbers(present_app):
    from tests.ui_present.conftest import FIXTURE_COURSE

    app = present_app(LESSON, FIXTURE_COURSE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        text = screen_text(app)
        assert "A. Call a friend" in text and "C. Keep some on hand" in text
        assert "Show of hands" not in text and "✓" not in text
        await pilot.press("a", "1", "2", "c", "plus", "plus", "minus", "b", "4")
        text = screen_text(app)
        rows = {
            line.split()[0]: line
            for line in text.splitlines()
            if line.strip()[:2] in ("A ", "B ", "C ")
        }
        assert rows["A"].rstrip().endswith("12") and "█" in rows["A"]
        assert "4 ◀ counting" in rows["B"]
        assert rows["C"].rstrip().endswith("1")
        assert rows["A"].count("█") > rows["B"].count("█") > rows["C"].count("█") > 0
        assert app.screen.current_state().tally == (("A", 12), ("B", 4), ("C", 1))


async def test_the_reveal_marks_the_right_choices_in_words_then_explains(present_app):
    from tests.ui_present.conftest import FIXTURE_COURSE

    app = present_app(LESSON, FIXTURE_COURSE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        await pilot.press("r")
        text = screen_text(app)
        assert "A. Call a friend   ✓ right" in text and "B. Take a walk   ✓ right" in text
        assert "Keep some on hand   ✓" not in text
        shown = text
        while app.screen.current_state().slide.part + 1 < app.screen.current_state().slide.parts:
            await pilot.press("right")
            shown += screen_text(app)
        assert "What each choice means" in shown and "That keeps the door open." in shown
        assert "Why" in shown and "Cravings pass, and support helps." in shown
        assert app.screen.current_state().revealed is True
        await pilot.press("r")
        assert app.screen.current_state().revealed is False
        assert "✓ right" not in screen_text(app)


async def test_the_reveal_shows_the_questions_talk_prompt(present_app, tmp_path):
    from tests.ui_present.conftest import FIXTURE_COURSE

    content = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, content)
    quiz = content / "quizzes" / "01-first-steps" / "01-noticing.md"
    quiz.write_text(
        quiz.read_text(encoding="utf-8") + "\n::: facilitator\nWhen did [support] "
        "help you ride one out?\n:::\n",
        encoding="utf-8",
    )
    app = present_app(LESSON, content)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        assert app.screen.part.question.facilitator_prompt
        assert "When did [support]" not in screen_text(app)
        await pilot.press("r")
        text = screen_text(app)
        assert "Talk about it" in text and "When did [support] help you ride one out?" in text


async def test_keys_move_count_help_and_end(present_app, beacon):
    app = present_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        state = app.screen.current_state()
        assert state.position == 1 and f"Slide 1 of {state.total}" in screen_text(app)
        assert state.slide.kind is SlideKind.TITLE
        for key in ("right", "space", "n"):
            await pilot.press(key)
        assert app.screen.current_state().position == 4
        for key in ("left", "p"):
            await pilot.press(key)
        assert app.screen.current_state().position == 2
        assert "Slide 2 of" in screen_text(app)
        footer = screen_text(app).splitlines()[-1]
        assert footer.startswith("g Get help now") and "q End" in footer
        assert "Reveal" not in footer, "the reveal belongs to question slides"
        await pilot.press("g")
        assert "988" in screen_text(app)
        await pilot.press("escape")
        assert beacon.read() is not None
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running
    assert beacon.read() is None, "ending withdraws the state a notes view follows"


async def test_every_change_is_published_for_the_notes_view(present_app, beacon):
    from tests.ui_present.conftest import FIXTURE_COURSE

    app = present_app(LESSON, FIXTURE_COURSE)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        published = [beacon.read()]
        assert published[0] == app.screen.current_state()
        assert published[0].started_at > 0 and published[0].content_root == str(FIXTURE_COURSE)
        assert published[0].slide.kind is SlideKind.MODULE_INTRO
        assert published[0].next_slide.kind is SlideKind.TITLE
        for key in ("right", "end", "left", "a", "3", "r"):
            await pilot.press(key)
            assert beacon.read() == app.screen.current_state()
            published.append(beacon.read())
        last = published[-1]
        assert last.slide.kind is SlideKind.QUESTION and last.slide.question_id
        assert last.tally[0] == ("A", 3) and last.revealed
        assert last.position == published[2].total - 1
        assert len({state.started_at for state in published}) == 1
        await pilot.press("q")
        await pilot.pause()
    assert beacon.read() is None


async def test_no_counting_key_does_anything_else_and_the_footer_names_the_letters(present_app):
    """Seven choices are lettered A-F and H (no G: g is Get help now), each counted by its
    own key; the footer says which letters count; digits after a pause start a new count."""
    app = present_app("06-health-and-healing/06-depression-and-anxiety")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 2)
        assert len(app.screen.part.question.choices) == 7
        footer = screen_text(app).splitlines()[-1]
        assert "a-h 0-9 Count" in footer
        assert "H. " in screen_text(app) and "G. " not in screen_text(app)
        await pilot.press("h", "2", "g")
        assert "988" in screen_text(app), "g stays Get help now, and counts nothing"
        await pilot.press("escape")
        await pilot.press("f", "1", "down", "3")
        assert app.screen.current_state().tally[-2:] == (("F", 1), ("H", 3))
        app.screen._tallies[app.screen._slides[app.screen._position].part] = replace(
            app.screen._tallies[app.screen._slides[app.screen._position].part], typed_at=-10.0
        )
        await pilot.press("5")
        assert app.screen.current_state().tally[-1] == ("H", 5), "after a pause, a new count"


async def test_on_a_projector_the_choices_and_the_chart_share_one_slide(present_app):
    """At 60x20 (a projector with a big font) a question and its chart need two slides: the
    story goes first, and the choices stay with the chart, through counting and the reveal."""
    app = present_app("01-getting-started/01-how-iop-works")
    choices = ("A. Skip Monday", "B. Say nothing", "C. Tell her counselor")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await go_to_question(pilot, app, 1)
        await pilot.press("a", "3", "c", "7")
        text = screen_text(app)
        assert all(choice in text for choice in choices) and "Show of hands" in text
        rows = [line.strip() for line in text.splitlines() if "█" in line]
        assert rows[0].startswith("A ") and rows[0].endswith("3")
        assert rows[-1].startswith("C ") and rows[-1].endswith("7 ◀ counting")
        await pilot.press("left")
        assert "Ana is in her third week" in screen_text(app)  # the story, on the slide before
        await pilot.press("r")
        text = screen_text(app)
        assert all(choice in text for choice in choices) and "Show of hands" in text
        assert "✓" in text.split("C. Tell her counselor")[1].split("Show of hands")[0]
