"""Spaced review through the real UI: offered on the home screen in kind words once something is
due, done one question at a time with the quiz's keys and feedback, ended kindly, and never a
change to a lesson's Done. The clock is moved through the app's review clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.store import LessonStatus, ProgressStore
from iop_course.ui.app import CourseApp
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.review import ReviewScreen
from iop_course.ui.screens.review_words import NOTHING_TODAY
from iop_course.ui.widgets.review_offer import ReviewOffer
from tests.ui.conftest import (
    FIXTURE_COURSE,
    compact,
    palette_offers,
    review_known,
    screen_text,
    wait_until,
)
from tests.ui.quiz_helpers import press_choices

LESSON_ID = "01-first-steps/01-noticing"
FIRST = "which-comes-first-usually"
SELECT_ALL = "select-all-that-apply-which-help-ride-out-a-craving"
SIZES = [(60, 20), (80, 24)]


@pytest.fixture
def review_app(data_dir: Path) -> Iterator[Callable[..., CourseApp]]:
    """An app whose learner missed both fixture questions, with its review clock ``days`` on."""
    stores: list[ProgressStore] = []

    def make(days: float = 2, missed: bool = True) -> CourseApp:
        store = ProgressStore.open(data_dir)
        stores.append(store)
        store.set_setting("welcome_seen", True)
        if missed:
            store.record_answer(LESSON_ID, FIRST, ["a"], False, "first")
            store.record_answer(LESSON_ID, SELECT_ALL, ["c"], False, "first")
            store.record_quiz_score(LESSON_ID, 0, 50)
            store.mark_lesson_done(LESSON_ID)
        moment = datetime.now(timezone.utc) + timedelta(days=days)
        return CourseApp(
            load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir, review_clock=lambda: moment
        )

    yield make
    for store in stores:
        store.close()


def offer_text(app: CourseApp) -> str:
    offer = app.screen.query_one(ReviewOffer)
    return str(offer.render()) if offer.display else ""


@pytest.mark.parametrize("size", SIZES)
async def test_a_review_from_the_home_screen_to_done_for_today(review_app, size) -> None:
    app = review_app()
    async with app.run_test(size=size) as pilot:
        await review_known(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert (
            "A short review is ready: 2 questions from lessons you have read, about "
            "1 minute." in offer_text(app)
        )
        assert "rReview" in compact(screen_text(app).splitlines()[-1])
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        text = compact(screen_text(app))
        assert compact("From the lesson: Noticing [early] signs") in text
        assert compact("Which comes first [usually]?") in text
        assert screen_text(app).splitlines()[-1].strip().startswith("g Get help now")
        await press_choices(pilot, "Feelings")
        text = compact(screen_text(app))
        assert compact("✓ Right!") in text and compact("n: next question") in text
        assert screen_text(app).splitlines()[-1].strip().startswith("g Get help now")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend")
        await pilot.press("c")
        await pilot.pause()
        text = compact(screen_text(app))
        assert compact("✗ Not quite.") in text and compact("n: finish") in text
        await pilot.press("n")
        await pilot.pause()
        assert compact("Done for today.") in compact(screen_text(app))
        await pilot.press("escape")
        await review_known(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert offer_text(app) == ""
        assert app.screen.check_action("start_review", ()) is False
        assert "rReview" not in compact(screen_text(app).splitlines()[-1])
    cards = {card.question_id: card for card in app.store.review_cards()}
    assert set(cards) == {FIRST, SELECT_ALL} and all(c.reviews == 1 for c in cards.values())
    assert app.store.lesson_progress(LESSON_ID).status is LessonStatus.DONE
    assert [score.percent for score in app.store.quiz_scores(LESSON_ID)] == [0]


async def test_nothing_is_offered_before_a_day_has_passed(review_app) -> None:
    app = review_app(days=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert offer_text(app) == ""
        assert "A short review" not in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_palette_offers_the_review_and_says_kindly_when_there_is_none(review_app) -> None:
    app = review_app(days=0)
    async with app.run_test(size=(80, 24)) as pilot:
        commands = [command.title for command in app.get_system_commands(app.screen)]
        assert "Today's review" in commands
        app.open_review()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [str(note.message) for note in app._notifications] == [NOTHING_TODAY]


async def test_the_palette_opens_todays_review(review_app) -> None:
    app = review_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Today's review")
        await wait_until(pilot, palette_offers("Today's review"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


async def test_a_right_answer_after_the_hint_is_rated_hard(review_app) -> None:
    app = review_app()
    helped: list[bool] = []
    answer = app.reviews.answer

    def spy(item, right, helped_flag=False, **options):
        helped.append(options.get("helped", helped_flag))
        return answer(item, right, options.get("helped", helped_flag))

    app.reviews.answer = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await review_known(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        order = [item.question.id for item in screen.items]
        for question_id in order:
            if question_id == SELECT_ALL:
                await pilot.press("h")
                await press_choices(pilot, "Call a friend", "Take a walk")
                await pilot.press("c")
            else:
                await press_choices(pilot, "Feelings")
            await pilot.pause()
            await pilot.press("n")
    assert dict(zip(order, helped, strict=True)) == {FIRST: False, SELECT_ALL: True}


async def test_leaving_halfway_keeps_what_was_answered_and_offers_only_the_rest(review_app) -> None:
    app = review_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await review_known(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("1")
        await pilot.press("escape")
        await review_known(app, pilot)
        assert "A short review is ready: 1 question from a lesson you have read" in offer_text(app)


def test_the_offer_says_how_many_and_about_how_long_in_plain_words() -> None:
    from iop_course.review.deck import minutes_for
    from iop_course.ui.screens.review_words import offer_words

    assert [minutes_for(count) for count in (1, 2, 3, 5, 6, 10)] == [1, 1, 2, 3, 3, 5]
    assert offer_words(6, minutes_for(6)).startswith(
        "A short review is ready: 6 questions from lessons you have read, about 3 minutes."
    )
    assert "about 1 minute." in offer_words(2, 1)
    assert offer_words(1, 1).startswith("A short review is ready: 1 question from a lesson")


async def test_the_progress_screen_says_how_review_is_going_in_words(review_app) -> None:
    from iop_course.ui.screens.progress import ProgressScreen

    app = review_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        assert compact("Spaced review: 0 learned, 2 still being learned.") in compact(
            screen_text(app)
        )


async def test_a_new_learner_is_told_what_spaced_review_is(review_app) -> None:
    from iop_course.ui.screens.progress import ProgressScreen

    app = review_app(missed=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        text = compact(screen_text(app))
        assert compact("Spaced review: questions from your quizzes come back") in text
        assert compact("learned") not in text
