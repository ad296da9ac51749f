"""Fixtures for driving the real app through Textual's Pilot, on a small fixed course."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App

from iop_course.content.loader import load_course
from iop_course.store import ProgressStore, SavingImpossible, SavingProblem
from iop_course.ui.app import CourseApp

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def screen_text(app: App) -> str:
    """Everything the terminal shows right now, as plain text (what a learner reads)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        record=True,
        force_terminal=True,
        legacy_windows=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()


async def steady_screen_text(app: App, pilot, deadline: float = 10.0) -> str:
    """The screen's text once two frames in a row read the same and the footer is drawn: on a
    busy machine a screen just opened may still be painting its footer after one pause."""
    give_up = time.monotonic() + deadline
    before = None
    while True:
        await pilot.pause()
        text = screen_text(app)
        footer = text.rstrip("\n").rsplit("\n", 1)[-1]
        if (text == before and footer.strip()) or time.monotonic() > give_up:
            return text
        before = text


def terminal_output(app: App) -> str:
    """Every byte the app would write to the terminal to draw the whole screen now, styles and
    cursor moves included: what a terminal would obey."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return update.render_segments(app.console)


def compact(text: str) -> str:
    """Screen text without spaces, line breaks or box edges, for text that may wrap."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "█│┃▌▐")


def read_only_store(folder: Path) -> ProgressStore:
    """The progress in ``folder``, opened as the app opens it when the folder is read-only."""
    problem = SavingImpossible(SavingProblem.READ_ONLY, folder, folder, True)
    return ProgressStore.open_without_saving(problem)


@pytest.fixture(autouse=True)
def quick_fresh_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new question takes answers as soon as it is drawn (not 0.25 s later), so tests that
    answer question after question stay quick; the guard is still there (a key before the
    question is drawn is not an answer), and test_calm_answers checks the real delay."""
    from iop_course.ui.screens import answering_screen

    monkeypatch.setattr(answering_screen, "FRESH_QUESTION_SECONDS", 0.0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A private progress folder for one test."""
    return tmp_path / "data"


@pytest.fixture
def open_app(data_dir: Path) -> Iterator[Callable[..., CourseApp]]:
    """Make apps on the fixture course (or another folder); their stores close after the test.

    Each call opens the store afresh, the way launching ``iop-course`` again would.
    """
    stores: list[ProgressStore] = []

    def make(
        content: Path = FIXTURE_COURSE, welcome_seen: bool = False, theme: str | None = None
    ) -> CourseApp:
        store = ProgressStore.open(data_dir)
        stores.append(store)
        if welcome_seen:
            store.set_setting("welcome_seen", True)
        if theme:
            store.set_setting("theme", theme)
        return CourseApp(load_course(content), store, crash_log_dir=data_dir)

    yield make
    for store in stores:
        store.close()


async def wait_until(pilot, condition: Callable[[App], bool], limit: float = 10.0) -> None:
    """Let the app run until ``condition(app)`` holds; fail after ``limit`` seconds.

    For what the app does after a step rather than during it (a footer filled in after the first
    refresh, a report from a background thread): a busy machine takes longer, never forever.
    """
    deadline = time.monotonic() + limit
    while not condition(pilot.app):
        assert time.monotonic() < deadline, f"still not true after {limit} s"
        await pilot.pause(0.02)


def palette_offers(words: str) -> Callable[[App], bool]:
    """A condition for ``wait_until``: the command palette's highlighted suggestion has ``words``
    (the palette searches as the keys come, so its suggestions arrive a little later)."""

    def offered(app: App) -> bool:
        from textual.command import CommandList

        found = app.screen.query(CommandList)
        index = found.first().highlighted if found else None
        if index is None:
            return False
        prompt = found.first().get_option_at_index(index).prompt
        return words.lower() in str(prompt).lower()

    return offered


class LayoutCounter:
    """Counts a screen's layout passes, for tests that prove one step is laid out once.

    ``settle`` waits until no pass has come for a while, so a busy machine's late pass from an
    earlier step is not counted against the next one. It also waits for the app's background
    content check (started half a second after launch): its thread and its report must not
    land inside a measured step.
    """

    def __init__(self, screen, monkeypatch) -> None:
        self.passes = 0
        self.app = screen.app
        lay_out = screen._refresh_layout

        def counted(*args: object, **kwargs: object) -> None:
            self.passes += 1
            lay_out(*args, **kwargs)

        monkeypatch.setattr(screen, "_refresh_layout", counted)

    async def settle(self, pilot, quiet: float = 0.2, limit: float = 10.0) -> int:
        """Wait until the screen has had no layout for ``quiet`` seconds; return the passes
        counted since the last ``settle`` (including the ones it waited for)."""
        waited = 0.0
        while (
            self.app.content_check.checks_after_start
            and self.app.content_check.report is None
            and waited < limit
        ):
            await pilot.pause(quiet)
            waited += quiet
        while waited < limit:
            before = self.passes
            await pilot.pause(quiet)
            waited += quiet
            if self.passes == before:
                break
        counted, self.passes = self.passes, 0
        return counted


async def review_known(app: CourseApp, pilot, limit: float = 10.0) -> None:
    """Wait until today's review is built (in a worker) and the screens have shown it."""
    waited = 0.0
    while waited < limit:
        await pilot.pause()
        running = [
            worker
            for worker in app.workers
            if worker.group == "todays-review" and not worker.is_finished
        ]
        if app.todays_review.questions is not None and not running:
            break
        await pilot.pause(0.02)
        waited += 0.02
    await pilot.pause()
    assert app.todays_review.questions is not None, "today's review was never built"
