"""Today's session of a lesson is kept in present mode's own folder, made private, and read back
only from a plain file there: never through a link, never waiting on a pipe (a merge once lost
this, with the fsync-free writes; tests/ui_present/test_present_turns_stay_light.py)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from iop_course.present.room_session import RoomSession, SessionShelf, today
from iop_course.present.state import SlideKind, SlideRef

LESSON = "01-first-steps/01-noticing"


def _session() -> RoomSession:
    return RoomSession("/content", LESSON, today(), SlideRef(LESSON, SlideKind.PAGE, 2), 1.0)


def test_a_session_is_kept_in_a_private_folder_and_offered_back(tmp_path):
    shelf = SessionShelf(tmp_path / "present" / "mode")
    shelf.save(_session())
    assert shelf.offer("/content", LESSON) == _session()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "present" / "mode").stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="links and pipes as POSIX makes them")
def test_a_link_or_a_pipe_in_its_place_is_never_read(tmp_path):
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(_session().to_json(), encoding="utf-8")
    shelf = SessionShelf(tmp_path / "mode")
    (tmp_path / "mode").mkdir()
    shelf.path.symlink_to(elsewhere)
    assert shelf.offer("/content", LESSON) is None
    shelf.path.unlink()
    os.mkfifo(shelf.path)
    assert shelf.offer("/content", LESSON) is None  # returns at once: nothing opens the pipe
