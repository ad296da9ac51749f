"""Reading a lesson: nothing skipped unread, pages turned in one frame, lists that wrap neatly.

On the real course at 80x24 and 60x20, where most pages are taller than the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen

from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.widgets.page_view import BlockView, PageView
from tests.ui.conftest import compact, screen_text, wait_until

REAL_COURSE = Path(__file__).resolve().parents[2]
HOW_IOP_WORKS = "01-getting-started/01-how-iop-works"
TIP = "If you are not sure who to ask about something, start with your counselor."
SIZES = [(80, 24), (60, 20)]


async def _open_page(open_app, pilot_size, page: int):
    """The real course's "How IOP works", opened at ``page`` (0-based) as if resumed there."""
    app = open_app(REAL_COURSE, welcome_seen=True)
    app.store.set_page(HOW_IOP_WORKS, page)
    return app


def _page(app) -> str:
    return app.screen.sub_title


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["right", "n", "space"])
async def test_reading_on_scrolls_to_the_end_of_the_page_before_turning_it(open_app, size, key):
    app = await _open_page(open_app, size, 1)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        assert _page(app) == "Page 2 of 6"
        text = screen_text(app)
        assert compact(TIP) not in compact(text)  # below the fold at this size
        assert "more below" in text
        saw_tip = False
        for _ in range(12):
            await pilot.press(key)
            await pilot.pause()
            if _page(app) != "Page 2 of 6":
                break
            saw_tip = saw_tip or compact(TIP) in compact(screen_text(app))
        assert saw_tip, "the page turned before its Tip was shown"
        assert _page(app) == "Page 3 of 6"
        assert app.screen.query_one(PageView).scroll_y == 0  # the next page opens at its top


@pytest.mark.parametrize("size", SIZES)
async def test_the_position_line_says_more_below_until_the_end_of_the_page(open_app, size):
    app = await _open_page(open_app, size, 1)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        assert "▼ more below" in screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        text = screen_text(app)
        assert "more below" not in text and "→ next page" in text
        assert _page(app) == "Page 2 of 6"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["left", "p", "b"])
async def test_going_back_scrolls_up_first_then_shows_the_previous_page_at_its_end(
    open_app, size, key
):
    app = await _open_page(open_app, size, 1)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        view = app.screen.query_one(PageView)
        for _ in range(12):
            if view.scroll_y == 0:
                break
            before = view.scroll_y
            await pilot.press(key)
            await pilot.pause()
            assert _page(app) == "Page 2 of 6" and view.scroll_y < before
        assert view.scroll_y == 0 and _page(app) == "Page 2 of 6"
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        assert _page(app) == "Page 1 of 6"
        assert compact("easier to walk in the door.") in compact(screen_text(app))
        assert not view.more_below  # shown at its end, so reading back is continuous


async def test_page_keys_scroll_within_the_page_and_never_turn_it(open_app):
    app = await _open_page(open_app, (60, 20), 1)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        view = app.screen.query_one(PageView)
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert compact(TIP) in compact(screen_text(app)) and not view.more_below
        await pilot.press("pagedown", "down")
        await pilot.pause()
        assert _page(app) == "Page 2 of 6"
        await pilot.press("pageup")
        await pilot.pause()
        assert view.more_below
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("up", "pageup")
        await pilot.pause()
        assert _page(app) == "Page 2 of 6"
        await pilot.press("escape")  # Esc alone goes back to the list
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_last_page_goes_on_to_the_quiz_only_from_its_end(open_app):
    app = await _open_page(open_app, (60, 20), 5)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        assert "Take the quiz" not in screen_text(app)  # the footer offers reading on
        saw_sources = False
        for _ in range(12):
            if not isinstance(app.screen, LessonScreen):
                break
            saw_sources = saw_sources or "Sources" in screen_text(app)
            await pilot.press("right")
            await pilot.pause()
        assert saw_sources, "the quiz started before the sources were shown"
        assert not isinstance(app.screen, LessonScreen)


def _wrapped_items(text: str) -> int:
    """Check each wrapped bullet item's follow-on lines line up under its text; count them."""
    lines = text.splitlines()
    wrapped = 0
    for number, line in enumerate(lines):
        if "• " not in line or "│" in line:
            continue
        text_column = line.index("• ") + 2
        for follow_on in lines[number + 1 :]:
            if not follow_on.strip() or "•" in follow_on or "Page " in follow_on:
                break
            assert len(follow_on) - len(follow_on.lstrip()) == text_column, (line, follow_on)
            wrapped += 1
    return wrapped


@pytest.mark.parametrize("size", SIZES)
async def test_wrapped_objectives_and_sources_keep_a_hanging_indent(open_app, size):
    app = await _open_page(open_app, size, 0)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        wrapped = _wrapped_items(screen_text(app))  # the objectives, on the first page
        app.screen.page_index = 5
        await app.screen._show_page()
        await pilot.pause()
        app.screen.view.scroll_to_widget(
            app.screen.query_one("#sources"), animate=False, top=True, immediate=True
        )
        await pilot.pause()
        assert "Sources" in screen_text(app)
        wrapped += _wrapped_items(screen_text(app))
        assert wrapped, "no item was long enough to wrap at this size"


def painted(frames: list[str], words: str) -> Callable[[App], bool]:
    """A condition for ``wait_until``: a frame painted since the last step shows ``words``."""
    return lambda app: any(words in frame for frame in frames)


async def test_a_page_turn_shows_the_new_number_and_the_new_text_in_the_same_frame(
    open_app, monkeypatch
):
    frames: list[str] = []
    paint = Screen._on_timer_update

    def record_frame(screen: Screen) -> None:
        paint(screen)
        if isinstance(screen, LessonScreen):
            frames.append(screen_text(screen.app))

    monkeypatch.setattr(Screen, "_on_timer_update", record_frame)
    app = await _open_page(open_app, (80, 24), 2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson(HOW_IOP_WORKS)
        await pilot.pause()
        view = app.screen.query_one(PageView)
        text_widgets = set(map(id, view.query(BlockView)))
        for page in range(4, 7):
            await pilot.press("end")
            await pilot.pause()
            frames.clear()
            await pilot.press("right")
            await wait_until(pilot, painted(frames, f"Page {page} of 6"))
            await pilot.pause()
            title = app.screen.lesson.pages[page - 1].title
            shown = [frame for frame in frames if f"Page {page} of 6" in frame]
            for frame in shown:
                assert title in frame, f"page {page}'s number was shown over another page's text"
        # The page's block widgets are updated in place, never removed and mounted again.
        assert text_widgets <= set(map(id, view.query(BlockView)))


def _resumed_on_page_2(open_app):
    """The fixture course's app, about to resume on page 2 of its first lesson."""
    app = open_app(welcome_seen=True)
    app.store.set_page("01-first-steps/01-noticing", 1)
    app.store.set_setting("screen", "lesson")
    return app


async def test_resuming_on_a_lesson_builds_the_lesson_list_only_when_it_is_shown(open_app):
    app = _resumed_on_page_2(open_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "Page 2 of 3" in screen_text(app)
        home = app.screen_stack[0]
        assert isinstance(home, HomeScreen)
        assert not home.query("#outline"), "the covered list was built before the lesson"
        await pilot.press("escape")
        await pilot.pause()
        text = screen_text(app)
        assert app.screen is home and "Continue: Noticing [early] signs, page 2" in text
        assert "0 of 2 lessons done" in text
        assert app.store.get_setting("screen") == "home"


async def test_a_resumed_lesson_is_first_laid_out_when_its_frame_can_be_shown(
    open_app, monkeypatch
):
    """Textual holds every frame while the app mounts: a lesson pushed in that time was laid
    out and drawn for nothing, then again, so its text came late."""
    frames_held: list[int] = []
    layout = Screen._refresh_layout

    def record(screen: Screen, *args, **kwargs) -> None:
        if isinstance(screen, LessonScreen):
            frames_held.append(screen.app._batch_count)
        layout(screen, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", record)
    app = _resumed_on_page_2(open_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "Page 2 of 3" in screen_text(app)
    assert frames_held and frames_held[0] == 0, "the lesson was laid out while frames were held"


async def test_opening_a_lesson_does_not_parse_the_app_styles_again(open_app, monkeypatch):
    """A screen whose styles are not loaded yet makes Textual re-parse every
    stylesheet when it is pushed; the lesson's are loaded with the app's."""
    reparsed: list[Stylesheet] = []
    reparse = Stylesheet.reparse

    def record(stylesheet: Stylesheet) -> None:
        reparsed.append(stylesheet)
        reparse(stylesheet)

    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(Stylesheet, "reparse", record)
        app.open_lesson("01-first-steps/01-noticing", intro=False)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen) and "Page 1 of 3" in screen_text(app)
    assert not reparsed


async def test_a_lesson_without_a_quiz_ends_with_finish_not_take_the_quiz(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_lesson("01-first-steps/02-next-step")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Finish the lesson" in footer and "Take the quiz" not in footer
        await pilot.press("right")
        await pilot.pause()
        assert not isinstance(app.screen, LessonScreen)
        assert app.store.lesson_progress("01-first-steps/02-next-step").status.value == "done"
