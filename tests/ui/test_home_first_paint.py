"""Home's first frame is its final frame, and it comes sooner (issue 21 point 3).

Today's review is started before the app, while Textual and the screens load
(``review.early_review``), and the home screen is composed with its offer; the first paint
waits for the first layout to be handled by every widget (the footer fits its keys, the list
its scrollbar, the highlighted lesson's line is filled), and then draws the whole screen at
once. benchmarks/startup.py times it against a bare app in a real terminal.
"""

from __future__ import annotations

import io
import threading
import time
from typing import Any

from rich.console import Console
from textual._compositor import Compositor
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from iop_course.review.deck import ReviewDeck
from iop_course.review.early_review import EarlyReview
from iop_course.ui import first_screens
from iop_course.ui.app import CourseApp
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.widgets.steady_footer import SteadyFooter
from tests.ui.conftest import review_known, screen_text, steady_screen_text
from tests.ui.test_light_app import _app_with_a_review_due, _home_state

OFFER = "A short review is ready: 2 questions"


def with_early_review(app: CourseApp) -> EarlyReview:
    """``app`` given today's review started before it, as ``open_course`` does."""
    early = EarlyReview(app.store, app.course, clock=app._review_clock)
    app._early_review = early
    app._reviews = early.deck
    return early


def home_as_shown(home: HomeScreen) -> tuple[Any, ...]:
    """Everything the first paint must already have: the list's place, the review offer, the
    footer's keys as fitted, the highlighted lesson's line."""
    return (*_home_state(home), str(home.query_one("#lesson-summary", Static).render()))


async def painted_and_settled(app: CourseApp, pilot) -> None:
    """Wait (on a busy machine too) for the first paint, then for the screen to stop changing."""
    for _ in range(500):
        if app._held_paint is None and not app._batch_count:
            break
        await pilot.pause(0.02)
    await steady_screen_text(app, pilot)
    await pilot.pause(0.1)


def record_first_paint(monkeypatch) -> list[tuple[Any, ...]]:
    first: list[tuple[Any, ...]] = []
    paint = Screen._on_timer_update

    def recorded(screen: Screen) -> None:
        painting = screen.is_current and not screen.app._batch_count
        paint(screen)
        if painting and isinstance(screen, HomeScreen) and not first:
            first.append(home_as_shown(screen))

    monkeypatch.setattr(Screen, "_on_timer_update", recorded)
    return first


def record_builds(monkeypatch) -> list[threading.Thread]:
    built_in: list[threading.Thread] = []
    build = ReviewDeck.todays_questions

    def recorded(deck: ReviewDeck) -> list:
        built_in.append(threading.current_thread())
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", recorded)
    return built_in


async def test_the_first_paint_has_the_review_started_early_and_all_the_layout_brought(
    data_dir, monkeypatch
):
    first = record_first_paint(monkeypatch)
    built_in = record_builds(monkeypatch)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline when busy
    app, store = _app_with_a_review_due(data_dir)
    early = with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
            final = home_as_shown(app.screen)
            workers = [worker for worker in app.workers if worker.group == "todays-review"]
    finally:
        store.close()
    assert OFFER in final[1] and final[3]  # the offer, and the next lesson's line
    assert first == [final]
    assert len(built_in) == 1 and built_in[0] is not threading.main_thread()
    assert workers == [] and app.reviews is early.deck  # no second build; its quizzes kept


async def test_a_review_still_being_built_is_not_waited_for_twice(data_dir, monkeypatch):
    built_in = record_builds(monkeypatch)
    build = ReviewDeck.todays_questions
    go_on = threading.Event()

    def slow_build(deck: ReviewDeck) -> list:
        go_on.wait(10)
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", slow_build)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 0.05)
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(200):
                if app._held_paint is None:
                    break
                await pilot.pause(0.02)
            assert app._held_paint is None and app.todays_review.questions is None  # painted
            go_on.set()
            await review_known(app, pilot)
            offer = home_as_shown(app.screen)[1]
    finally:
        go_on.set()
        store.close()
    assert OFFER in offer and len(built_in) == 1  # shown once built, and built once


async def test_a_review_that_could_not_be_built_early_is_built_by_the_app(data_dir, monkeypatch):
    build = ReviewDeck.todays_questions
    calls: list[str] = []

    def fails_first(deck: ReviewDeck) -> list:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            raise OSError("the disk went away for a moment")
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", fails_first)
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await review_known(app, pilot)
            offer = home_as_shown(app.screen)[1]
    finally:
        store.close()
    assert OFFER in offer and len(calls) == 2


async def test_the_first_update_drawn_is_the_whole_final_screen(data_dir, monkeypatch):
    """What the first update after the held frames draws is the screen the home settles on:
    the whole of it (the header was drawn while held; a partial update left its row empty for a
    frame), with the footer fitted, the list's scrollbar and the next lesson's line."""
    first_update: list[str] = []
    render = Compositor.render_update

    def recorded(compositor: Compositor, *args: Any, **kwargs: Any) -> Any:
        update = render(compositor, *args, **kwargs)
        home = homes.get(id(compositor))
        if home is not None and not home.app._batch_count and update and not first_update:
            first_update.append(text_of(update, home.app))
        return update

    homes: dict[int, HomeScreen] = {}
    mount = HomeScreen._on_mount

    def remember(screen: HomeScreen, event: Any) -> Any:
        homes[id(screen._compositor)] = screen
        return mount(screen, event)

    monkeypatch.setattr(HomeScreen, "_on_mount", remember)
    monkeypatch.setattr(Compositor, "render_update", recorded)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline when busy
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
            final = screen_text(app)
    finally:
        store.close()
    assert OFFER in final
    assert first_update == [final]


def text_of(update: object, app: CourseApp) -> str:
    """The text an update draws on an empty screen of the app's size (as ``screen_text``)."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), record=True, force_terminal=True
    )
    console.print(update)
    return console.export_text()


async def test_the_footer_keys_are_made_as_they_are_shown(data_dir, monkeypatch):
    """Made compact, then made not compact, each key was restyled twice before the first
    paint; and the footer measured every key again each time Textual said its bindings
    changed, mostly with nothing changed."""
    restyled: list[str] = []
    update = DOMNode.update_node_styles

    def recorded(node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, FooterKey):
            restyled.append(node.description)
        update(node, animate)

    monkeypatch.setattr(DOMNode, "update_node_styles", recorded)
    fitted: list[int] = []
    fit = SteadyFooter.fit_keys

    def counted(footer: SteadyFooter, fresh: bool = False) -> None:
        fitted.append(footer.size.width)
        fit(footer, fresh)

    monkeypatch.setattr(SteadyFooter, "fit_keys", counted)
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
            footer = app.screen.query_one(SteadyFooter)
            keys = list(footer.query_children(FooterKey))
            restyled_at_start, fitted_at_start = list(restyled), len(fitted)
            footer.bindings_changed(app.screen)  # nothing changed: nothing to do
    finally:
        store.close()
    assert restyled_at_start == []
    assert len(fitted) == fitted_at_start
    palette = [key for key in keys if key.has_class("-command-palette")]
    assert all(key.compact == key.has_class("-compact") for key in keys)
    assert [key.compact for key in palette] == [True] and not any(
        key.compact for key in keys if key not in palette
    )


async def test_a_review_known_only_as_the_app_closes_lets_the_paint_go_without_a_screen(
    data_dir, monkeypatch
):
    """Seen under load: the review came once the app had no screen left; it must not crash."""
    app, store = _app_with_a_review_due(data_dir)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    finally:
        store.close()
    monkeypatch.setattr(CourseApp, "screen_stack", property(lambda app: []))
    batches = app._batch_count
    held = app.batch_update()
    held.__enter__()
    app._held_paint = held
    app._first_paint_waits_for = {first_screens.FirstPaintWait.REVIEW}
    app._first_paint_ready(first_screens.FirstPaintWait.REVIEW)
    assert app._held_paint is None and app._batch_count == batches


async def test_the_home_screen_is_drawn_as_the_paint_is_let_go(data_dir, monkeypatch):
    """The first frame is drawn when the hold ends, not at the screen's update timer's first
    tick: Textual's timer, started only then, waits a whole update period (1/60 s) before it
    draws anything."""
    drawn_while_letting_go: list[bool] = []
    letting_go = False
    render = Compositor.render_update

    def recorded(compositor: Compositor, *args: Any, **kwargs: Any) -> Any:
        update = render(compositor, *args, **kwargs)
        if update is not None and not app._batch_count and not drawn_while_letting_go:
            drawn_while_letting_go.append(letting_go)
        return update

    paint_now = CourseApp._paint_now

    def let_go(app: CourseApp) -> None:
        nonlocal letting_go
        letting_go = True
        try:
            paint_now(app)
        finally:
            letting_go = False

    monkeypatch.setattr(Compositor, "render_update", recorded)
    monkeypatch.setattr(CourseApp, "_paint_now", let_go)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline when busy
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
    finally:
        store.close()
    assert drawn_while_letting_go == [True]


async def test_an_early_review_that_takes_most_of_the_wait_does_not_cut_the_layout_short(
    data_dir, monkeypatch
):
    """The deadline for today's review was started before the app waited for the early
    review: a count that took most of that wait (a slow or busy machine) left the deadline
    a moment after it, and the first paint came before the first layout, so later frames moved
    the screen. The early review is waited for once; no deadline runs after it."""
    build = ReviewDeck.todays_questions

    def slow_build(deck: ReviewDeck) -> list:
        time.sleep(0.5)
        return build(deck)

    monkeypatch.setattr(ReviewDeck, "todays_questions", slow_build)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 1.0)  # most of it waited
    first = record_first_paint(monkeypatch)
    app, store = _app_with_a_review_due(data_dir)
    with_early_review(app)
    deadlines: list[object] = []
    set_timer = app.set_timer

    def recorded(delay: float, callback: Any = None, **options: Any) -> Any:
        if callback == app._paint_now:
            deadlines.append(callback)
        return set_timer(delay, callback, **options)

    monkeypatch.setattr(app, "set_timer", recorded)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await painted_and_settled(app, pilot)
            final = home_as_shown(app.screen)
    finally:
        store.close()
    assert deadlines == []
    assert OFFER in final[1] and first == [final]
