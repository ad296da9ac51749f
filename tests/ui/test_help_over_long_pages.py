"""Get help now answers at once over a long page, even the instant it appears: the page is laid
out once when it opens (a second pass made the key wait), and a lesson too long to parse in a
blink is parsed in a thread while the learner can already press g. Timings are in
benchmarks/long_pages.py; these tests hold the mechanism."""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from pathlib import Path

from textual import events
from textual import widget as textual_widget
from textual._arrange import arrange
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import Problem
from iop_course.content.page_parts import PART_ITEMS
from iop_course.ui.dialogs.get_help import GetHelpDialog
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.opening_lesson import (
    LONG_LESSON_BYTES,
    PARSE_APART_BYTES,
    OpeningLessonScreen,
)
from iop_course.ui.widgets.fitting_footer import WordsFooter
from iop_course.ui.widgets.page_view import PageView
from tests.ui.conftest import FIXTURE_COURSE, screen_text, wait_until

LESSON_ID = "01-first-steps/09-long"
HEAD = "---\ntitle: A long list\nsummary: Very many steps.\n---\n\n## Steps\n\n"


def _course(tmp_path: Path, items: int) -> Path:
    root = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, root)
    body = "\n".join(f"- Item {number} to try when a craving comes" for number in range(items))
    (root / "lessons" / "01-first-steps" / "09-long.md").write_text(HEAD + body, "utf-8")
    return root


def _above_the_footer(app) -> str:
    """The screen's text but its last line (the footer's keys may change as the page settles:
    "Read on" or "Take the quiz")."""
    return screen_text(app).rstrip("\n").rsplit("\n", 1)[0]


def _footer_line(app) -> str:
    return screen_text(app).rstrip("\n").rsplit("\n", 1)[-1]


class LessonLayouts:
    """Counts the layout passes of every lesson screen, and how often the widgets of its page
    were arranged (placed, not taken from the last pass), from before its first pass."""

    def __init__(self, monkeypatch) -> None:
        self.passes: list[int] = []  # for each pass, how many of the page's widgets it arranged
        self.page_arranged = 0
        lay_out = Screen._refresh_layout

        def counted(screen: Screen, *args: object, **kwargs: object) -> None:
            before = self.page_arranged
            lay_out(screen, *args, **kwargs)
            if isinstance(screen, LessonScreen):
                self.passes.append(self.page_arranged - before)

        def arranged(widget: Widget, *args: object, **kwargs: object) -> object:
            if isinstance(widget, PageView) or any(
                isinstance(above, PageView) for above in widget.ancestors
            ):
                self.page_arranged += 1
            return arrange(widget, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        monkeypatch.setattr(textual_widget, "arrange", arranged)

    async def settle(self, pilot, quiet: float = 0.3) -> list[int]:
        """Wait until no pass has come for ``quiet`` seconds; the passes since the last call,
        each as the number of the page's widgets it arranged."""
        while True:
            before = len(self.passes)
            await pilot.pause(quiet)
            if len(self.passes) == before:
                passes, self.passes = self.passes, []
                return passes


async def test_a_long_page_is_laid_out_once_and_not_again_for_the_same_size(
    open_app, tmp_path, monkeypatch
):
    """The first layout made room for a scroll bar only after it had placed the text, and
    the screen's own resize event (sent by that first layout), then the terminal's first size
    report, each laid the whole page out again: Get help now waited behind both."""
    app = open_app(_course(tmp_path, 1000), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None)
        layouts = LessonLayouts(monkeypatch)
        app.open_lesson(LESSON_ID, intro=False)
        await wait_until(pilot, lambda app: "Item 0 to try" in screen_text(app))
        shown = _above_the_footer(app)
        assert "Get help now" in _footer_line(app)  # the keys come with the first frame
        first, *later = await layouts.settle(pilot)
        assert first > 2 * PART_ITEMS  # the page's list, paragraphs and items, placed once
        # After it the page's widgets are not placed again: the view alone, once, for its scroll
        # bar appearing (the header's title and the scroll bar's own size placed it twice). A
        # busy machine may add a pass that places none of them (a notice, the footer's keys).
        assert sum(later) <= 1, later
        assert _above_the_footer(app) == shown  # the first frame showed the page as it stays
        app.post_message(events.Resize(app.size, app.size))  # a terminal telling its size again
        assert await layouts.settle(pilot) == []
        await pilot.resize_terminal(70, 24)  # a real change is laid out
        assert sum(await layouts.settle(pilot)) > 2 * PART_ITEMS
        assert "Item 0 to try" in screen_text(app)


class HeldParse:
    """``loader.open_lesson`` held until ``go_on`` is set, noting the thread it runs in and
    how it was asked to parse."""

    def __init__(self, monkeypatch, fails: bool = False) -> None:
        self.parsing, self.go_on = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        self.how: list[dict[str, object]] = []
        open_lesson = loader.open_lesson

        def held(info, **how):
            self.threads.append(threading.current_thread())
            self.how.append(how)
            self.parsing.set()
            assert self.go_on.wait(10)
            if fails:
                raise ContentUnreadable(Problem(info.path, 0, "the file went away"))
            return open_lesson(info, **how)

        monkeypatch.setattr(loader, "open_lesson", held)


def _reopening_on_the_long_lesson(open_app, tmp_path, items: int = 1000):
    """An app that reopens the long lesson at start, as a learner who left off there."""
    app = open_app(_course(tmp_path, items), welcome_seen=True)
    app.store.set_page(LESSON_ID, 1)
    app.store.set_setting("screen", "lesson")
    return app


async def test_a_long_lesson_is_parsed_in_a_thread_while_get_help_answers(
    open_app, tmp_path, monkeypatch
):
    parse = HeldParse(monkeypatch)
    app = _reopening_on_the_long_lesson(open_app, tmp_path)
    assert (app.course.lesson(LESSON_ID).path.stat().st_size) > LONG_LESSON_BYTES
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: "takes a moment" in screen_text(app))
        assert isinstance(app.screen, OpeningLessonScreen)
        assert "A long list" in screen_text(app)  # its title, in the header
        assert parse.parsing.is_set() and parse.threads[0] is not threading.main_thread()
        assert parse.how[0]["in_a_process"] is False  # a thread: shorter than PARSE_APART_BYTES
        await pilot.press("g")  # while the lesson is still being parsed
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog) and "988" in screen_text(app)
        parse.go_on.set()
        opening = app.screen_stack[-2]
        assert isinstance(opening, OpeningLessonScreen)
        await wait_until(pilot, lambda app: opening._opened is not None)
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog)  # the lesson waits for help to close
        await pilot.press("escape")
        await wait_until(pilot, lambda app: "Item 40 to try" in screen_text(app))
        assert isinstance(app.screen, LessonScreen) and app.screen.page_index == 1
        assert not any(isinstance(screen, OpeningLessonScreen) for screen in app.screen_stack)
        await pilot.press("escape")  # back home, where the lesson was opened over
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"


async def test_a_very_long_lesson_is_parsed_in_a_child_process(open_app, tmp_path, monkeypatch):
    """Parsed in a thread, it would slow every screen for seconds (parse_apart)."""
    parse = HeldParse(monkeypatch)
    app = _reopening_on_the_long_lesson(open_app, tmp_path, items=8000)
    assert (app.course.lesson(LESSON_ID).path.stat().st_size) > PARSE_APART_BYTES
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: parse.parsing.is_set())
        assert parse.how[0]["in_a_process"] is True
        parse.go_on.set()
        await wait_until(pilot, lambda app: "Item 40 to try" in screen_text(app))


async def test_going_back_while_a_long_lesson_opens_drops_it(open_app, tmp_path, monkeypatch):
    parse = HeldParse(monkeypatch)
    app = open_app(_course(tmp_path, 1000), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(LESSON_ID, intro=False)
        await wait_until(pilot, lambda app: "takes a moment" in screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
        home = app.screen
        parse.go_on.set()
        await pilot.pause(0.3)
        assert app.screen is home and len(app.screen_stack) == 1


async def test_a_long_lesson_that_cannot_be_read_is_told_in_words(open_app, tmp_path, monkeypatch):
    parse = HeldParse(monkeypatch, fails=True)
    app = open_app(_course(tmp_path, 1000), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        home = app.screen
        app.open_lesson(LESSON_ID, intro=False)
        await wait_until(pilot, lambda app: "takes a moment" in screen_text(app))
        parse.go_on.set()
        await wait_until(pilot, lambda app: app.screen is home)
        told = "This lesson could not be opened: the file went away"
        await wait_until(pilot, lambda app: [n.message for n in app._notifications] == [told])


async def test_get_help_builds_its_keys_once_and_leaves_the_page_s_keys_alone(
    open_app, tmp_path, monkeypatch
):
    """Textual rebuilds a footer at every change of focus or screen, even to the same keys:
    Get help now's footer was built five times before it was first drawn, and the lesson's
    once more beneath it, each key styled anew every time."""
    built: Counter[str] = Counter()
    compose = WordsFooter.compose

    def counted(footer: WordsFooter):
        for widget in compose(footer):
            built[type(footer.screen).__name__] += isinstance(widget, FooterKey)
            yield widget

    monkeypatch.setattr(WordsFooter, "compose", counted)
    app = open_app(_course(tmp_path, 30), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(LESSON_ID, intro=False)
        await wait_until(pilot, lambda app: "Item 0 to try" in screen_text(app))
        await pilot.pause(0.3)
        built.clear()
        await pilot.press("g")
        await wait_until(pilot, lambda app: "Close" in _footer_line(app))
        await pilot.pause(0.3)
        keys = len(app.screen.query(FooterKey))
        assert keys and built == Counter({"GetHelpDialog": keys})
        await pilot.press("escape")
        await wait_until(pilot, lambda app: isinstance(app.screen, LessonScreen))
        await pilot.pause(0.3)
        assert "Read on" in _footer_line(app)  # the page's keys, as they were
