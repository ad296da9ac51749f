"""The progress screen's numbers and chart glyphs, worked out without a UI."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from iop_course.content.model import Course, LessonInfo, Module
from iop_course.progress.charts import EMPTY, FILLED, HEIGHTS, bar, score_glyph, sparkline
from iop_course.progress.summary import summarize
from iop_course.store.records import LessonProgress, LessonStatus, QuizScore


def lesson(module: str, number: int) -> LessonInfo:
    return LessonInfo(f"{module}/{number}", module, Path("x.md"), f"Lesson {number}", "")


COURSE = Course(
    Path("."),
    (
        Module(
            "a", Path("a"), "Module A", "", "", (lesson("a", 1), lesson("a", 2), lesson("a", 3))
        ),
        Module("b", Path("b"), "Module B", "", "", (lesson("b", 1), lesson("b", 2))),
    ),
)


def scores(lesson_id: str, *percents: int) -> list[QuizScore]:
    return [
        QuizScore(lesson_id, percent, 80, f"2026-11-0{day + 1}T10:00:00Z")
        for day, percent in enumerate(percents)
    ]


def test_lessons_done_per_module_and_each_quiz_over_time():
    progress = {
        "a/1": LessonProgress("a/1", LessonStatus.DONE),
        "a/2": LessonProgress("a/2", LessonStatus.IN_PROGRESS),
        "b/2": LessonProgress("b/2", LessonStatus.DONE),
        "gone/1": LessonProgress("gone/1", LessonStatus.DONE),  # no longer in the course
    }
    kept = {
        "a/1": scores("a/1", 40, 100, 80),
        "b/2": scores("b/2", 60),
        "gone/1": [],
        "removed/9": scores("removed/9", 10),
    }
    summary = summarize(COURSE, progress, lambda lesson_id: kept.get(lesson_id, []))

    assert (summary.done, summary.total) == (2, 5)
    first, second = summary.modules
    assert (first.title, first.done, first.total) == ("Module A", 1, 3)
    assert (second.done, second.total) == (1, 2)
    history = first.quizzes[0]
    assert history.percents == (40, 100, 80)
    assert (history.last, history.best, history.tries, history.pass_percent) == (80, 100, 3, 80)
    assert [quiz.lesson_id for quiz in second.quizzes] == ["b/2"]


@given(done=st.integers(-3, 60), total=st.integers(0, 50), width=st.integers(0, 40))
def test_a_bar_is_always_its_width_and_never_hides_a_start_or_claims_a_finish(done, total, width):
    filled, empty = bar(done, total, width)
    assert len(filled) + len(empty) == width
    assert set(filled) <= {FILLED} and set(empty) <= {EMPTY}
    if width and total and 0 < done < total and width >= 2:
        assert filled and empty
    if total and done >= total:
        assert not empty


@given(percents=st.lists(st.integers(0, 100), max_size=30), width=st.integers(0, 40))
def test_a_sparkline_shows_the_latest_scores_in_order_taller_for_higher(percents, width):
    line = sparkline(percents, width)
    shown = percents[-width:] if width else []
    assert len(line) == len(shown)
    assert all(glyph in HEIGHTS for glyph in line)
    for (left, right), (low, high) in zip(pairwise(shown), pairwise(line), strict=True):
        if left <= right:
            assert HEIGHTS.index(low) <= HEIGHTS.index(high)


def test_the_ends_of_the_scale():
    assert score_glyph(0) == "▁" and score_glyph(100) == "█" and score_glyph(50) in "▄▅"
