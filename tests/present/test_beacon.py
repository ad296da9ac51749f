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
)


@given(states)
def test_a_state_reads_back_as_written(state: PresenterState) -> None:
    assert PresenterState.from_json(state.to_json()) == state


def test_notes_read_what_the_presenter_published(tmp_path) -> None:
    folder = tmp_path / "beacon"
    state = PresenterState("/course", SlideRef("01-a/01-b", SlideKind.PAGE, page=2), 3, 9, 100.0)
    PresenterBeacon(folder).publish(state)
    assert PresenterBeacon(folder).read() == state
    assert folder.stat().st_mode & 0o777 == 0o700
    PresenterBeacon(folder).withdraw()
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
    (folder / "presenter.json").write_text(text)
    assert PresenterBeacon(folder).read() is None


def test_a_presenter_that_was_killed_is_not_followed(tmp_path) -> None:
    import json
    import subprocess
    import sys

    folder = tmp_path / "beacon"
    beacon = PresenterBeacon(folder)
    beacon.publish(PresenterState("/c", SlideRef("l", SlideKind.TITLE), 1, 2, 1.0))
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    envelope = json.loads(beacon.path.read_text())
    envelope["pid"] = int(gone.stdout)
    beacon.path.write_text(json.dumps(envelope))
    assert beacon.read() is None


def test_no_runtime_folder_set_is_no_warning_on_the_projector(monkeypatch) -> None:
    import warnings

    from iop_course.present.beacon import PRESENT_DIR_VARIABLE, beacon_folder

    monkeypatch.delenv(PRESENT_DIR_VARIABLE, raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert beacon_folder().name
