"""The presenter's notes window follows the presenting window, and says so when nobody presents.

The presenting window is a stand-in app here that publishes its state through the real beacon
exactly as present mode does (``PresenterBeacon.publish`` on every slide change), so the test
drives two apps at once: keys on the presenter's side, the notes read on the other side.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from iop_course.commands.present_notes import run_notes
from iop_course.content.loader import load_course
from iop_course.present.beacon import PRESENT_DIR_VARIABLE, PresenterBeacon
from iop_course.present.notes import SpeakerNotes
from iop_course.present.state import PresenterState, SlideKind, SlideRef
from iop_course.ui.present.notes_app import NotesApp
from iop_course.ui.present.notes_panel import NotesPanel
from iop_course.ui.present.notes_screen import POLL_SECONDS
from tests.present.notes_course import LESSON_ID, page, state_at, write_notes_course
from tests.ui.conftest import compact, screen_text

FOLLOW_WITHIN_SECONDS = 0.5
GIVE_UP_SECONDS = 5.0  # a busy CI machine can stall one frame; the median is what is judged
QUESTION = SlideRef(LESSON_ID, SlideKind.QUESTION, question_id="which-is-a-trigger-for-many")


class PresenterStandIn(App[None]):
    """Publishes a list of slides as the presenting window would: n next, p back, q ends."""

    BINDINGS = [("n", "step(1)"), ("p", "step(-1)"), ("q", "end")]

    def __init__(self, beacon: PresenterBeacon, states: list[PresenterState]) -> None:
        super().__init__()
        self.beacon, self.states, self.index = beacon, states, 0

    def compose(self) -> ComposeResult:
        yield Static("projector")

    def on_mount(self) -> None:
        self.beacon.publish(self.states[0])

    def action_step(self, step: int) -> None:
        self.index = max(0, min(len(self.states) - 1, self.index + step))
        self.beacon.publish(self.states[self.index])

    def action_end(self) -> None:
        self.beacon.withdraw()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_notes_course(tmp_path / "course")


@pytest.fixture
def beacon(tmp_path: Path, monkeypatch) -> PresenterBeacon:
    folder = tmp_path / "beacon"
    monkeypatch.setenv(PRESENT_DIR_VARIABLE, str(folder))
    return PresenterBeacon()


@pytest.fixture(autouse=True)
def no_progress_store(monkeypatch) -> None:
    """The notes never open a learner's progress: any attempt fails the test."""
    from iop_course.store.progress_store import ProgressStore

    def refuse(*_args, **_kwargs):
        raise AssertionError("the notes window opened a progress store")

    monkeypatch.setattr(ProgressStore, "open", refuse)
    monkeypatch.setattr(ProgressStore, "open_without_saving", refuse)


async def shown_within(pilot, app: App, words: str, seconds: float = GIVE_UP_SECONDS) -> float:
    """Wait until ``words`` are on ``app``'s screen; fail after ``seconds``; return the wait."""
    start = time.monotonic()
    while compact(words) not in compact(screen_text(app)):
        waited = time.monotonic() - start
        assert waited < seconds, f"{words!r} not shown after {waited:.2f} s:\n{screen_text(app)}"
        await pilot.pause(0.02)
    return time.monotonic() - start


def lesson_states(root: Path) -> list[PresenterState]:
    slides = [SlideRef(LESSON_ID, SlideKind.TITLE), page(0), page(1), QUESTION]
    return [
        state_at(root, slide, slides[n + 1] if n + 1 < len(slides) else None, n + 1)
        for n, slide in enumerate(slides)
    ]


async def test_the_notes_follow_the_presenter_within_half_a_second(root, beacon) -> None:
    presenter = PresenterStandIn(beacon, lesson_states(root))
    notes = NotesApp(load_course(root))
    async with notes.run_test(size=(100, 30)) as notes_pilot:
        assert "Nobody is presenting" in screen_text(notes)
        async with presenter.run_test() as presenter_pilot:
            waits = [await shown_within(notes_pilot, notes, "Title slide: Triggers [and] cues")]
            await shown_within(notes_pilot, notes, "Make a plan for one")
            await shown_within(
                notes_pilot, notes, "Group plan (45 minutes): open, teach [the basics]"
            )
            for words in ("Slide 2 of 9", "Ask: which trigger surprised you?", "Right answer: A"):
                await presenter_pilot.press("n")
                waits.append(await shown_within(notes_pilot, notes, words))
            for words in (
                "✓ A. A payday  (right)",
                "✗ B. A glass of water",
                "Ask the room for a trigger nobody named yet.",
            ):
                await shown_within(notes_pilot, notes, words)
            await presenter_pilot.press("p")
            waits.append(await shown_within(notes_pilot, notes, "Slide 3 of 9"))
            await presenter_pilot.press("q")
            waits.append(await shown_within(notes_pilot, notes, "Nobody is presenting"))
    assert sorted(waits)[len(waits) // 2] < FOLLOW_WITHIN_SECONDS
    assert POLL_SECONDS * 2 <= FOLLOW_WITHIN_SECONDS, "two looks at the beacon fit in half a second"


async def test_nobody_presenting_is_said_in_words_with_the_command(root, beacon) -> None:
    app = NotesApp(load_course(root))
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        assert "Nobody is presenting right now." in text
        assert "iop-course present" in text
        assert not app.query_one(NotesPanel).display


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="folder modes are POSIX")
async def test_a_beacon_others_could_change_is_not_followed(root, beacon) -> None:
    beacon.publish(state_at(root, page(1)))
    beacon.path.parent.chmod(0o777)
    app = NotesApp(load_course(root))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(FOLLOW_WITHIN_SECONDS)
        assert "Nobody is presenting" in screen_text(app)
        assert "surprised you" not in screen_text(app)
        assert compact(f"chmod 700 {beacon.path.parent}") in compact(screen_text(app))
        beacon.path.parent.chmod(0o700)
        await shown_within(pilot, app, "Ask: which trigger surprised you?")


async def test_the_tally_and_the_reveal_show_as_the_presenter_counts(root, beacon) -> None:
    app = NotesApp(load_course(root))
    async with app.run_test(size=(100, 30)) as pilot:
        beacon.publish(state_at(root, QUESTION))
        await shown_within(pilot, app, "No hands counted yet.")
        assert "Not shown to the room yet." in screen_text(app)
        beacon.publish(state_at(root, QUESTION, tally=(("A", 1), ("B", 4)), revealed=True))
        await shown_within(pilot, app, "The room sees the answer now.")
        text = screen_text(app)
        assert "✓ A. A payday  (right)  ·  1 hand" in text
        assert "✗ B. A glass of water  ·  4 hands" in text
        assert "✗ C. Brushing your teeth  ·  0 hands" in text


async def test_the_clock_counts_from_when_presenting_started(root) -> None:
    now = [1000.0 + 65]

    class PanelApp(App[None]):
        def compose(self) -> ComposeResult:
            yield NotesPanel(clock=lambda: now[0])

    app = PanelApp()
    async with app.run_test(size=(80, 24)) as pilot:
        notes = SpeakerNotes(load_course(root)).notes_for(state_at(root, page(1)))
        await app.query_one(NotesPanel).show(notes)
        await pilot.pause()
        assert "Slide 1 of 9  ·  1:05 elapsed" in screen_text(app)
        now[0] += 60
        await shown_within(pilot, app, "Slide 1 of 9  ·  2:05 elapsed")  # at the next tick


async def test_a_slide_missing_from_these_notes_is_explained(root, beacon) -> None:
    app = NotesApp(load_course(root))
    async with app.run_test(size=(100, 30)) as pilot:
        beacon.publish(state_at(root, SlideRef("01-basics/99-gone", SlideKind.TITLE)))
        await shown_within(pilot, app, "not in the course at")


def test_run_notes_says_when_the_content_folder_is_missing(tmp_path, capsys) -> None:
    assert run_notes(tmp_path / "nowhere") == 1
    assert "does not exist" in capsys.readouterr().err
