"""Where a start-up reopens: the lesson the learner closed the app in, else the course list.

Start-up asks this several times; a learner who left on the course list is answered from one
setting, without reading through every lesson they ever opened (two years on a large course
made each answer cost milliseconds before the first paint).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.learning.resume_place import HOME, LESSON, QUIZ, WHERE_SETTING, lesson_to_resume
from iop_course.store import ProgressStore


@pytest.fixture
def store(tmp_path: Path):
    opened = ProgressStore.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def course():
    return load_course(builtin_content_dir())


def test_a_learner_who_left_on_the_course_list_starts_there_without_a_search(
    store, course, monkeypatch
):
    lesson = course.lessons()[3]
    store.set_page(lesson.id, 1)
    store.set_setting(WHERE_SETTING, HOME)

    def no_search():
        raise AssertionError("every lesson was searched for a learner who left on the list")

    monkeypatch.setattr(store, "last_location", no_search)
    assert lesson_to_resume(store, course) is None


@pytest.mark.parametrize("where", [LESSON, QUIZ])
def test_a_learner_who_left_in_a_lesson_or_quiz_goes_back_to_it(store, course, where):
    lesson = course.lessons()[3]
    store.set_page(course.lessons()[0].id, 2)
    store.set_page(lesson.id, 1)
    store.set_setting(WHERE_SETTING, where)
    resumed = lesson_to_resume(store, course)
    assert resumed is not None and resumed.lesson_id == lesson.id and resumed.page == 1


def test_a_learner_with_no_setting_starts_on_the_course_list(store, course):
    store.set_page(course.lessons()[3].id, 1)
    assert lesson_to_resume(store, course) is None


def test_a_lesson_the_course_no_longer_has_is_not_reopened(store, course):
    store.set_page("99-gone/01-lesson", 1)
    store.set_setting(WHERE_SETTING, LESSON)
    assert lesson_to_resume(store, course) is None
