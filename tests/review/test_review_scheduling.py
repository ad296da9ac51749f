"""Spaced review with a fake clock: days not minutes, ten a day at most, no pile after a break."""

from __future__ import annotations

from datetime import timedelta

from fsrs import Rating, State
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.review.clock import local_day
from iop_course.review.daily import DAILY_LIMIT
from iop_course.review.enrolment import kept_though_right
from iop_course.review.scheduling import rating_for
from iop_course.store import LessonStatus, ProgressStore

from .conftest import Setup


def take_quiz(setup: Setup, lesson_number: int, wrong: set[str] | None = None) -> None:
    """Answer a lesson's quiz once, missing the questions in ``wrong`` (all, if None)."""
    lesson = setup.course.lessons()[lesson_number - 1]
    for question_id in setup.question_ids(lesson_number):
        right = wrong is not None and question_id not in wrong
        setup.store.record_answer(lesson.id, question_id, ["a" if right else "b"], right, "first")


def do_todays_review(setup: Setup, right: bool = True) -> int:
    """Answer every question of today's review; returns how many there were."""
    items = setup.deck.todays_review()
    for item in items:
        setup.deck.answer(item, right=right)
    return len(items)


def test_a_missed_question_comes_back_days_later_not_minutes(make_setup) -> None:
    setup = make_setup(questions=2)
    take_quiz(setup, 1)
    assert setup.deck.todays_review() == []
    setup.clock.move(hours=1)
    assert setup.deck.todays_review() == []
    setup.clock.move(days=1)
    items = setup.deck.todays_review()
    assert {item.question.id for item in items} == set(setup.question_ids(1))
    assert all(item.lesson.title == "Lesson 1" for item in items)


def test_a_wrong_review_answer_comes_back_the_next_day(make_setup) -> None:
    setup = make_setup(questions=1)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    (item,) = setup.deck.todays_review()
    card = setup.deck.answer(item, right=False)
    assert card.due - setup.deck.now() == timedelta(days=1)
    setup.clock.move(hours=2)
    assert setup.deck.todays_review() == []
    setup.clock.move(days=1)
    assert len(setup.deck.todays_review()) == 1


def test_right_answers_are_rated_good_and_come_back_later_still(make_setup) -> None:
    setup = make_setup(questions=1)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    (item,) = setup.deck.todays_review()
    card = setup.deck.answer(item, right=True)
    assert card.state is State.Review
    assert card.due - setup.deck.now() >= timedelta(days=2)


def test_the_ratings() -> None:
    assert rating_for(right=False, helped=False) is Rating.Again
    assert rating_for(right=False, helped=True) is Rating.Again
    assert rating_for(right=True, helped=False) is Rating.Good
    assert rating_for(right=True, helped=True) is Rating.Hard


def test_missed_questions_and_one_in_three_right_ones_enter_review(make_setup) -> None:
    setup = make_setup(lessons=3, questions=6)
    for lesson_number in (1, 2, 3):
        ids = setup.question_ids(lesson_number)
        take_quiz(setup, lesson_number, wrong={ids[0]})
    lessons = setup.course.lessons()
    expected = {
        (lesson.id, question_id)
        for number, lesson in enumerate(lessons, start=1)
        for index, question_id in enumerate(setup.question_ids(number))
        if index == 0 or kept_though_right(lesson.id, question_id)
    }
    entered = {
        (candidate.lesson_id, candidate.question_id) for _, candidate in setup.deck.candidates()
    }
    assert entered == expected
    right_ones = 3 * 5
    assert 0 < len(entered) - 3 < right_ones  # some right answers, not all


def test_at_most_ten_a_day_and_none_more_once_done(make_setup) -> None:
    setup = make_setup(lessons=3, questions=10)
    for lesson_number in (1, 2, 3):
        take_quiz(setup, lesson_number)
    setup.clock.move(days=1)
    assert do_todays_review(setup, right=False) == DAILY_LIMIT
    assert setup.deck.todays_review() == []
    setup.clock.move(hours=3)
    assert setup.deck.todays_review() == []
    setup.clock.move(days=1)
    assert len(setup.deck.todays_review()) == DAILY_LIMIT


def test_stopping_halfway_never_adds_more_today(make_setup) -> None:
    setup = make_setup(lessons=2, questions=10)
    take_quiz(setup, 1)
    take_quiz(setup, 2)
    setup.clock.move(days=1)
    for item in setup.deck.todays_review()[:4]:
        setup.deck.answer(item, right=True)
    assert len(setup.deck.todays_review()) == DAILY_LIMIT - 4


def test_sixty_days_away_still_ten_a_day_and_nothing_piles_up(make_setup) -> None:
    setup = make_setup(lessons=5, questions=10)
    for lesson_number in range(1, 6):
        take_quiz(setup, lesson_number)
    setup.clock.move(days=60)
    waiting = []
    for _ in range(8):
        items = setup.deck.todays_review()
        assert len(items) <= DAILY_LIMIT
        waiting.append(
            sum(
                1
                for _, candidate in setup.deck.candidates()
                if candidate.card.due <= setup.deck.now()
            )
        )
        for item in items:
            setup.deck.answer(item, right=True)
        setup.clock.move(days=1)
    assert waiting == sorted(waiting, reverse=True)
    assert waiting[-1] < waiting[0]


def test_the_most_forgotten_come_first(make_setup) -> None:
    setup = make_setup(lessons=2, questions=6)
    take_quiz(setup, 1)
    setup.clock.move(days=5)
    take_quiz(setup, 2)
    setup.clock.move(days=1)
    items = setup.deck.todays_review()
    assert [item.lesson.title for item in items[:6]] == ["Lesson 1"] * 6


def test_a_review_never_changes_done_status_or_scores(make_setup) -> None:
    setup = make_setup(questions=3)
    lesson = setup.course.lessons()[0]
    take_quiz(setup, 1)
    setup.store.record_quiz_score(lesson.id, 100, 80)
    setup.store.mark_lesson_done(lesson.id)
    before = (
        setup.store.lesson_progress(lesson.id),
        setup.store.quiz_scores(lesson.id),
        setup.store.answers(lesson.id),
    )
    setup.clock.move(days=1)
    assert do_todays_review(setup, right=False) == 3
    after = (
        setup.store.lesson_progress(lesson.id),
        setup.store.quiz_scores(lesson.id),
        setup.store.answers(lesson.id),
    )
    assert after == before
    assert after[0].status is LessonStatus.DONE


def test_questions_the_course_no_longer_has_are_skipped(make_setup) -> None:
    setup = make_setup(lessons=2, questions=2)
    take_quiz(setup, 1)
    take_quiz(setup, 2)
    setup.clock.move(days=1)
    for item in setup.deck.todays_review():
        setup.deck.answer(item, right=False)
    first, second = setup.course.lessons()
    quiz_path = first.quiz_path
    assert quiz_path is not None
    text = quiz_path.read_text()
    quiz_path.write_text(text[: text.index("## Question 2")])
    second.path.unlink()
    from iop_course.content.loader import load_course

    setup.deck.course = load_course(setup.course.root)
    setup.clock.move(days=1)
    items = setup.deck.todays_review()
    assert [(item.lesson.id, item.question.id) for item in items] == [
        (first.id, "question-1-of-lesson-1")
    ]


def test_review_cards_survive_reopening(make_setup, tmp_path) -> None:
    setup = make_setup(questions=2)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    do_todays_review(setup, right=True)
    kept = setup.store.review_cards()
    assert len(kept) == 2 and all(card.reviews == 1 for card in kept)
    folder = setup.store.data_dir
    setup.store.close()
    with ProgressStore.open(folder) as reopened:
        assert reopened.recovery is None
        assert reopened.review_cards() == kept


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    days=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=90),
            st.lists(st.sampled_from(["right", "wrong", "hint"]), max_size=12),
        ),
        min_size=1,
        max_size=8,
    ),
    missed=st.sets(st.integers(min_value=0, max_value=11)),
)
def test_any_way_of_answering_keeps_the_daily_limit_and_whole_days(
    make_setup, days, missed
) -> None:
    """Whatever the answers and the breaks: never more than ten a day, a missed card always
    waits at least a day, and every card kept reads back from the file."""
    setup = make_setup(lessons=2, questions=12)
    ids = setup.question_ids(1)
    take_quiz(setup, 1, wrong={ids[index] for index in missed})
    take_quiz(setup, 2, wrong=set())
    answered: dict = {}
    for gap, answers in days:
        setup.clock.move(days=gap)
        items = setup.deck.todays_review()
        today = local_day(setup.clock())
        assert len(items) + answered.get(today, 0) <= DAILY_LIMIT
        for item, answer in zip(items, answers, strict=False):
            card = setup.deck.answer(item, right=answer != "wrong", helped=answer == "hint")
            assert card.due - setup.deck.now() >= timedelta(days=1)
            answered[today] = answered.get(today, 0) + 1
        setup.clock.move(hours=1)
    folder = setup.store.data_dir
    kept = setup.store.review_cards()
    setup.store.close()
    with ProgressStore.open(folder) as reopened:
        assert reopened.recovery is None and reopened.review_cards() == kept


def test_the_summary_counts_learned_and_learning_and_never_falls_after_a_break(make_setup) -> None:
    from iop_course.review import ReviewSummary, review_summary

    setup = make_setup(questions=3)
    take_quiz(setup, 1)
    assert review_summary(setup.store, setup.course) == ReviewSummary(learned=0, learning=3)
    for _ in range(4):
        setup.clock.move(days=40)
        do_todays_review(setup, right=True)
    summary = review_summary(setup.store, setup.course)
    assert summary.learned == 3 and summary.learning == 0
    setup.clock.move(days=300)
    assert review_summary(setup.store, setup.course) == summary


def test_missing_a_reviewed_question_in_a_quiz_retake_brings_it_back_the_next_day(
    make_setup,
) -> None:
    setup = make_setup(questions=1)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    do_todays_review(setup, right=True)
    for _ in range(3):
        setup.clock.move(days=30)
        do_todays_review(setup, right=True)
    setup.clock.move(days=1)
    take_quiz(setup, 1)
    assert setup.deck.todays_review() == []
    setup.clock.move(days=1)
    assert len(setup.deck.todays_review()) == 1


def test_a_quiz_taken_today_never_uses_up_todays_review(make_setup) -> None:
    setup = make_setup(lessons=2, questions=10)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    do_todays_review(setup, right=True)
    setup.clock.move(days=5)
    take_quiz(setup, 1)
    take_quiz(setup, 2)
    setup.clock.move(days=1)
    assert len(setup.deck.todays_review()) == DAILY_LIMIT
