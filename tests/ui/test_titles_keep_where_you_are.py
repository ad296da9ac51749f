"""Titles at 60 columns keep "Page N of M" and "Question N of M" whole: the lesson's title gives
way with "…" (issue 15, point 6; a QA pass saw "Question 1 of…")."""

from __future__ import annotations

import re

import pytest

from iop_course.content.locate import builtin_content_dir
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.quiz import QuizScreen
from iop_course.ui.widgets.fitting_header import fitted_title
from tests.ui.conftest import screen_text


def _longest_title(app):
    return max(app.course.lessons(), key=lambda lesson: len(lesson.title))


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_page_and_question_numbers_stay_whole(open_app, size):
    app = open_app(content=builtin_content_dir(), welcome_seen=True)
    lesson = _longest_title(app)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.open_lesson(lesson.id, intro=False)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        top = screen_text(app).splitlines()[0]
        assert re.search(r"— Page 1 of \d+\b", top), top
        app.screen.dismiss()
        await pilot.pause()
        app.open_lesson(lesson.id, quiz=True)
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        top = screen_text(app).splitlines()[0]
        assert re.search(r"— Question 1 of \d+\b", top), top
        if size[0] == 60:
            assert "\u2026 —" in top  # the title gave way, and says so


def test_a_short_title_is_whole_and_a_tiny_width_shows_where_you_are():
    assert fitted_title("Home", "Page 1 of 5", 40).plain == "Home — Page 1 of 5"
    assert fitted_title("A long lesson title here", "Question 1 of 6", 18).plain == (
        "Question 1 of 6"
    )
