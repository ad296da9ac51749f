"""Present mode's folders: private whatever the umask, an unsafe runtime folder told (never a
crash), and an odd state file told in the notes window (never a hang)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.present.beacon import (
    PRESENT_DIR_VARIABLE,
    BeaconUnsafe,
    PresenterBeacon,
    beacon_place,
)
from iop_course.present.settings import CONFIG_DIR_VARIABLE, PresentSettings
from iop_course.present.state import PresenterState, SlideKind, SlideRef
from iop_course.ui.present.notes_app import NotesApp
from iop_course.ui.present.present_app import PresentApp
from tests.ui.conftest import compact, screen_text
from tests.ui_present.conftest import FIXTURE_COURSE

OTHER_USER_ID = 65534
STATE_FILE = "presenter-4242-abcdef01.json"  # a presenter's own file, as the beacon names them
STATE = PresenterState("/c", SlideRef("l", SlideKind.TITLE), 1, 2, 1.0)
posix_only = pytest.mark.skipif(os.name != "posix", reason="folder modes and owners are POSIX")


@pytest.fixture
def system_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No runtime folder set (ssh, containers): platformdirs falls back to TMPDIR/runtime-UID;
    the cache, the config folder and TMPDIR are this test's own."""
    for name in (PRESENT_DIR_VARIABLE, CONFIG_DIR_VARIABLE, "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    return temp / f"runtime-{os.getuid()}"


def _plant_unsafe_runtime_folder(runtime: Path) -> None:
    """Another user made the runtime folder first, open to all (or, without root to make
    another user's folder, one of ours that others can write, which the check refuses)."""
    runtime.mkdir()
    runtime.chmod(0o777)
    if os.geteuid() == 0:
        os.chown(runtime, OTHER_USER_ID, OTHER_USER_ID)


@posix_only
def test_an_unsafe_runtime_folder_is_told_and_a_private_folder_of_its_own_used(system_folders):
    _plant_unsafe_runtime_folder(system_folders)
    place = beacon_place()
    assert place.folder is not None and not place.folder.is_relative_to(system_folders)
    assert stat.S_IMODE(place.folder.stat().st_mode) == 0o700
    assert "could not be used safely" in place.note and str(place.folder) in place.note
    presenter, notes = PresenterBeacon(), PresenterBeacon()  # two windows, one folder
    presenter.publish(STATE)
    assert notes.read() == STATE
    assert sorted(path.name for path in system_folders.iterdir()) == []


@posix_only
def test_with_no_private_folder_at_all_present_mode_runs_without_the_notes_link(
    system_folders, tmp_path
):
    _plant_unsafe_runtime_folder(system_folders)
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / ".cache").write_text("a file, not a folder", "utf-8")
    beacon = PresenterBeacon()
    assert beacon.path is None and "cannot follow this presentation" in beacon.note
    with pytest.raises(BeaconUnsafe):
        beacon.publish(STATE)
    assert beacon.read() is None


@posix_only
async def test_present_starts_and_says_where_the_notes_link_went(system_folders):
    """`present` and P in the course used to crash at start on another user's runtime folder."""
    _plant_unsafe_runtime_folder(system_folders)
    course = load_course(FIXTURE_COURSE)
    from iop_course.present.deck import build_deck

    deck = build_deck(course, course.lessons()[0].id)
    app = PresentApp(course, PresentSettings(), deck)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = [str(notice.message) for notice in app._notifications]
        assert any("could not be used safely" in note for note in notes), notes
    notes_app = NotesApp(course)
    async with notes_app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        text = compact(screen_text(notes_app))
        assert compact("could not be used safely") in text


@posix_only
def test_under_umask_000_present_modes_folders_and_files_are_private(system_folders, tmp_path):
    """Its settings folder (and a missing ~/.config), its runtime folder and its files: 0700 and
    0600, and a second run finds its runtime folder as safe as it left it."""
    old = os.umask(0)
    try:
        PresentSettings().save_theme("Projector (dark)")
        beacon = PresenterBeacon()
        beacon.publish(STATE)
        again = beacon_place()
    finally:
        os.umask(old)
    config = tmp_path / "home" / ".config"
    for folder in (config, config / "iop-course", system_folders, system_folders / "iop-course"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in (config / "iop-course" / "present.json", beacon.path):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert again.note == "" and again.folder == system_folders / "iop-course"
    assert PresentSettings().theme == "Projector (dark)"


def _named_pipe(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xff{not json" * 10)


ODD = {
    "a named pipe": (_named_pipe, "it is a named pipe, not a file"),
    "a folder": (_folder, "it is a folder, not a file"),
    "garbage": (_garbage, "it does not hold a presenter's state"),
}


@pytest.mark.parametrize(("make", "reason"), ODD.values(), ids=ODD.keys())
async def test_the_notes_window_tells_an_odd_state_file_and_still_quits(tmp_path, make, reason):
    folder = tmp_path / "odd-beacon"
    folder.mkdir(mode=0o700)
    make(folder / STATE_FILE)
    app = NotesApp(load_course(FIXTURE_COURSE), PresenterBeacon(folder), poll_seconds=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        text = compact(screen_text(app))
        assert compact(f"{folder / STATE_FILE} could not be read ({reason})") in text
        assert compact("Nobody is presenting right now") in text
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running
