"""Today's questions counted without cards or quizzes are the review's, exactly.

The reference below is today's review as it was built before it was counted apart: a full fsrs
card for every question in review, every due card ranked by fsrs's own retrievability, and
each question looked for in its parsed quiz.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.review.clock import local_day
from iop_course.review.daily import DAILY_LIMIT, first_cards
from iop_course.review.deck import ReviewDeck
from iop_course.review.enrolment import first_card, quiz_rating
from iop_course.review.scheduling import make_scheduler
from iop_course.store.records import AnswerOutcome

from .conftest import Setup
from .test_review_scheduling import take_quiz

ZONES = ["UTC", "America/Santiago", "Pacific/Apia", "Asia/Kathmandu"]
"""The learner's day in UTC, in zones whose clocks change at midnight (a day starts twice, or
at one in the morning), one that skipped a whole day, and one a quarter hour off the hour."""


def reference_ids(deck: ReviewDeck) -> list[tuple[str, str]]:
    """Today's review as it was built from full cards (``daily.todays_share``, ``room_today``
    and ``QuizShelf.question`` before the count)."""
    now = deck.now()
    today = local_day(now)
    found = deck.candidates()
    candidates = [candidate for _, candidate in found]
    lessons = {candidate.lesson_id: lesson for lesson, candidate in found}
    answered = sum(
        1
        for candidate in candidates
        if candidate.reviewed_at is not None and local_day(candidate.reviewed_at) == today
    )
    due = [candidate for candidate in candidates if local_day(candidate.card.due) <= today]
    ranked = sorted(
        due,
        key=lambda candidate: (
            deck.scheduler.get_card_retrievability(candidate.card, now),
            candidate.card.due,
            candidate.course_order,
        ),
    )
    ids: list[tuple[str, str]] = []
    for candidate in ranked:
        if len(ids) >= max(DAILY_LIMIT - answered, 0):
            break
        lesson = lessons[candidate.lesson_id]
        if deck.quizzes.question(lesson, candidate.question_id) is not None:
            ids.append((candidate.lesson_id, candidate.question_id))
    return ids


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The learner's time zone, for the test's length."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def agree(setup: Setup) -> list[tuple[str, str]]:
    """Check that the counted questions, the review made of them and the reference agree."""
    counted = [question.ids for question in setup.deck.todays_questions()]
    made = [
        (item.lesson.id, item.question.id)
        for item in setup.deck.items_for(setup.deck.todays_questions())
    ]
    assert counted == reference_ids(setup.deck)
    assert made == counted
    return counted


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=40),  # days away
            st.integers(min_value=0, max_value=23),  # and hours
            st.sampled_from(["quiz", "review", "retake", "drop a question", "nothing"]),
            st.integers(min_value=1, max_value=3),  # which lesson
            st.sets(st.integers(min_value=0, max_value=5)),  # which questions go wrong
        ),
        min_size=1,
        max_size=10,
    ),
)
def test_the_counted_review_is_the_full_reviews_questions_in_its_order(
    make_setup, zone, steps
) -> None:
    """Whatever the answers, reviews, retakes, breaks, edited quizzes and time zone: the
    questions counted for the home screen are those the full cards choose, in the same order,
    and the review made of them asks exactly those."""
    setup = make_setup(lessons=3, questions=6)
    for days, hours, action, lesson_number, wrong in steps:
        setup.clock.move(days=days, hours=hours)
        lesson = setup.course.lessons()[lesson_number - 1]
        ids = setup.question_ids(lesson_number) if lesson.quiz_path.exists() else []
        if action in ("quiz", "retake") and ids:
            take_quiz(setup, lesson_number, wrong={ids[n] for n in wrong if n < len(ids)})
        elif action == "review":
            for number, item in enumerate(setup.deck.todays_review()):
                setup.deck.answer(item, right=number not in wrong, helped=number in wrong)
        elif action == "drop a question" and len(ids) > 1:
            text = lesson.quiz_path.read_text()
            blocks = text.split("## ")
            lesson.quiz_path.write_text("## ".join(blocks[:1] + blocks[2:]))
        agree(setup)


def test_a_long_break_counts_today_s_share_only(make_setup) -> None:
    setup = make_setup(lessons=3, questions=6)
    for number in (1, 2, 3):
        take_quiz(setup, number)  # all missed: eighteen in review
    setup.clock.move(days=200)
    assert len(agree(setup)) == DAILY_LIMIT


def test_first_cards_are_fsrs_own_for_every_rating_even_with_fuzzing(make_setup) -> None:
    """The card of a first answer made once per rating is the one fsrs makes for each answer:
    the app's scheduler spreads waits at random, but none this short (tried many times)."""
    setup = make_setup(lessons=1, questions=6)
    take_quiz(setup, 1, wrong={setup.question_ids(1)[0]})
    answers = setup.store.answer_outcomes()
    setup.store.record_answer(answers[1].lesson_id, answers[1].question_id, ["a"], True, "first")
    setup.store.record_answer(answers[2].lesson_id, answers[2].question_id, ["b"], False, "review")
    scheduler = make_scheduler()
    firsts = first_cards(scheduler)
    ratings = set()
    for answer in setup.store.answer_outcomes():
        ratings.add(quiz_rating(answer))
        first = firsts[quiz_rating(answer)]
        for _ in range(40):
            card = first_card(answer, scheduler)
            assert (card.due - card.last_review, card.stability) == (first.wait, first.stability)
    assert len(ratings) == 3  # Again, Hard and Good


def test_the_store_gives_every_answer_in_the_order_first_answered(make_setup) -> None:
    setup = make_setup(lessons=2, questions=3)
    take_quiz(setup, 2, wrong=set())
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    take_quiz(setup, 2)
    expected = [
        AnswerOutcome(
            record.lesson_id,
            record.question_id,
            record.last_correct,
            record.first_try_correct,
            record.times_wrong,
            record.last_answered,
        )
        for lesson in reversed(setup.course.lessons())
        for record in setup.store.answers(lesson.id)
    ]
    assert setup.store.answer_outcomes() == expected


def test_a_stored_card_missed_in_a_retake_is_ranked_as_fsrs_rates_it(make_setup) -> None:
    setup = make_setup(lessons=1, questions=4)
    take_quiz(setup, 1)
    setup.clock.move(days=1)
    for item in setup.deck.todays_review():
        setup.deck.answer(item, right=True)
    for gap in (1, 2, 5, 30):
        setup.clock.move(days=gap)
        take_quiz(setup, 1, wrong={setup.question_ids(1)[gap % 4]})
        setup.clock.move(hours=20)
        agree(setup)


def test_a_quiz_that_cannot_be_read_counts_none_of_its_questions(make_setup) -> None:
    setup = make_setup(lessons=2, questions=3)
    take_quiz(setup, 1)
    take_quiz(setup, 2)
    setup.clock.move(days=2)
    setup.course.lessons()[0].quiz_path.write_bytes(b"\xff\xfe not text")
    counted = agree(setup)
    assert counted and {lesson for lesson, _ in counted} == {setup.course.lessons()[1].id}


def test_equally_forgotten_questions_come_longest_waiting_first(make_setup) -> None:
    """Answered the same day, the later lesson's quiz in the morning and the earlier's at
    night: as likely forgotten, the morning's come first, course order only after."""
    setup = make_setup(lessons=2, questions=3)
    take_quiz(setup, 2)
    setup.clock.move(hours=10)
    take_quiz(setup, 1)
    setup.clock.move(days=3)
    counted = agree(setup)
    later, earlier = (lesson.id for lesson in reversed(setup.course.lessons()))
    assert [lesson for lesson, _ in counted] == [later] * 3 + [earlier] * 3
