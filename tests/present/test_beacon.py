"""The presenter's beacon: a notes view reads exactly what was published, and only from a private
folder."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iop_course.present.beacon import PresenterBeacon
from iop_course.present.state import PresenterState, SlideKind, SlideRef

slides = st.builds(
    SlideRef,
    lesson_id=st.text(max_size=40),
    kind=st.sampled_from(SlideKind),
    page=st.integers(0, 50),
    part=st.integers(0, 9),
    parts=st.integers(1, 10),
    question_id=st.text(max_size=10),
)
states = st.builds(
    PresenterState,
    content_root=st.text(max_size=60),
    slide=slides,
    position=st.integers(0, 500),
    total=st.integers(0, 500),
    started_at=st.floats(0, 4e9),
    next_slide=st.none() | slides,
    revealed=st.booleans(),
    tally=st.lists(st.tuples(st.text(max_size=2), st.integers(0, 99)), max_size=9).map(tuple),
    order=st.lists(st.text(max_size=8), max_size=9).map(tuple),
    paused=st.booleans(),
)


@given(states)
def test_a_state_reads_back_as_written(state: PresenterState) -> None:
    assert PresenterState.from_json(state.to_json()) == state


def test_notes_read_what_the_presenter_published(tmp_path) -> None:
    folder = tmp_path / "beacon"
    state = PresenterState("/course", SlideRef("01-a/01-b", SlideKind.PAGE, page=2), 3, 9, 100.0)
    presenter = PresenterBeacon(folder)
    presenter.publish(state)
    assert PresenterBeacon(folder).read() == state
    assert folder.stat().st_mode & 0o777 == 0o700
    presenter.withdraw()
    assert PresenterBeacon(folder).read() is None


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_folder_others_can_open_is_not_followed(tmp_path) -> None:
    folder = tmp_path / "beacon"
    beacon = PresenterBeacon(folder)
    beacon.publish(PresenterState("/c", SlideRef("l", SlideKind.TITLE), 1, 2, 1.0))
    folder.chmod(0o777)
    assert beacon.read() is None


@pytest.mark.parametrize("text", ["", "[]", "{}", '{"slide": 3}', "not json"])
def test_a_damaged_state_file_means_nobody_presents(tmp_path, text: str) -> None:
    folder = tmp_path / "beacon"
    folder.mkdir(mode=0o700)
    (folder / "presenter-1-abcdef01.json").write_text(text)
    assert PresenterBeacon(folder).read() is None


class Clock:
    """A clock a test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_presenter_whose_heartbeat_stopped_is_gone_not_followed(tmp_path) -> None:
    """A killed presenter (a closed terminal) leaves its file but stops beating: within the
    heartbeat limit the notes count it as gone, whatever process now has its old id."""
    from iop_course.present.beacon import HEARTBEAT_LIMIT

    clock = Clock()
    folder = tmp_path / "beacon"
    presenter = PresenterBeacon(folder, clock)
    presenter.publish(PresenterState("/c", SlideRef("l", SlideKind.TITLE), 1, 2, 1.0))
    notes = PresenterBeacon(folder, clock)
    assert notes.read() is not None and notes.signs()[0].alive
    clock.now += HEARTBEAT_LIMIT + 0.5
    assert notes.read() is None
    [gone] = notes.signs()
    assert not gone.alive and gone.state.position == 1, "the notes can say where it stopped"
    presenter.publish(PresenterState("/c", SlideRef("l", SlideKind.TITLE), 2, 2, 1.0))
    assert notes.read().position == 2, "a heartbeat brings it back"


def test_two_presenters_are_told_apart_first_started_first(tmp_path) -> None:
    clock = Clock()
    folder = tmp_path / "beacon"
    first, second = PresenterBeacon(folder, clock), PresenterBeacon(folder, clock)
    second.publish(PresenterState("/c", SlideRef("b", SlideKind.TITLE), 1, 5, 20.0))
    first.publish(PresenterState("/c", SlideRef("a", SlideKind.TITLE), 1, 5, 10.0))
    signs = PresenterBeacon(folder, clock).signs()
    assert [sign.state.slide.lesson_id for sign in signs] == ["a", "b"]
    assert {sign.presenter for sign in signs} == {first.presenter, second.presenter}
    assert PresenterBeacon(folder, clock).read().slide.lesson_id == "a"
    first.withdraw()
    assert PresenterBeacon(folder, clock).read().slide.lesson_id == "b"


def test_a_state_file_that_is_not_a_plain_file_is_skipped(tmp_path) -> None:
    folder = tmp_path / "beacon"
    folder.mkdir(mode=0o700)
    os.mkfifo(folder / "presenter-1-abcdef01.json")
    assert PresenterBeacon(folder).signs() == [], "a FIFO is never opened (it would block)"


def test_no_runtime_folder_set_is_no_warning_on_the_projector(monkeypatch) -> None:
    import warnings

    from iop_course.present.beacon import PRESENT_DIR_VARIABLE, beacon_folder

    monkeypatch.delenv(PRESENT_DIR_VARIABLE, raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert beacon_folder().name
