"""The calls that read a whole table once give what one call per lesson gives.

Today's review and the home screen look at every lesson: one search per lesson grew with the
course times the answers kept (benchmarks/store_two_years.py times both).
"""

from __future__ import annotations

from iop_course.store import ProgressStore

LESSONS = ["01-a/01-one", "01-a/02-two", "02-b/01-three"]


def test_answers_by_lesson_and_latest_scores_match_the_calls_per_lesson(tmp_path):
    with ProgressStore.open(tmp_path / "data") as store:
        for round_number in range(3):
            for number, lesson in enumerate(LESSONS):
                for question in ("q1", "q2", f"q{3 + round_number}"):
                    right = (number + round_number) % 2 == 0
                    store.record_answer(lesson, question, ["a"], right, "first")
                if lesson != LESSONS[2]:
                    store.record_quiz_score(lesson, 40 + 20 * round_number + number, 80)
        by_lesson = store.answers_by_lesson()
        assert by_lesson == {lesson: store.answers(lesson) for lesson in LESSONS}
        latest = store.latest_scores()
        assert latest == {lesson: store.quiz_scores(lesson)[-1] for lesson in LESSONS[:2]}
        assert [score.percent for score in latest.values()] == [80, 81]
