"""How the presenting window tells a notes view where the room is, with no network port.

The presenter writes its state to one small file in a folder only its user can open (0700,
owned by that user); the notes view reads it a few times a second. A file in a private folder
means only the same user on the same machine can follow, and nothing listens on a network. The
file names the presenter's process, so a presenter that was killed (a closed terminal) is not
followed as if it still ran.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import warnings
from contextlib import suppress
from pathlib import Path

import platformdirs

from iop_course.files.durable_write import write_file_atomically
from iop_course.present.state import PresenterState

PRESENT_DIR_VARIABLE = "IOP_COURSE_PRESENT_DIR"
STATE_FILE_NAME = "presenter.json"
_PRIVATE_DIR_MODE = 0o700
_MAX_STATE_BYTES = 64 * 1024


class BeaconUnsafe(Exception):
    """The beacon's folder could be read or changed by someone else, so it is not used."""


def beacon_folder() -> Path:
    """The private folder the presenter's state lives in (``IOP_COURSE_PRESENT_DIR`` overrides)."""
    chosen = os.environ.get(PRESENT_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    with warnings.catch_warnings():  # no XDG_RUNTIME_DIR: its fallback is checked below
        warnings.simplefilter("ignore")
        runtime = Path(platformdirs.user_runtime_dir("iop-course", appauthor=False))
    if _can_create(runtime):
        return runtime
    return Path(tempfile.gettempdir()) / f"iop-course-present-{_user_id()}"


class PresenterBeacon:
    """Publishes the presenter's state, or reads it for a notes view; one file, same user only."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder if folder is not None else beacon_folder()

    @property
    def path(self) -> Path:
        """The state file: shown by the notes view when it has nothing to follow."""
        return self._folder / STATE_FILE_NAME

    def publish(self, state: PresenterState) -> None:
        """Write the state so a notes view sees it on its next look; raises BeaconUnsafe."""
        self._make_private_folder()
        envelope = {"pid": os.getpid(), "state": json.loads(state.to_json())}
        write_file_atomically(self.path, json.dumps(envelope).encode("utf-8"))

    def read(self) -> PresenterState | None:
        """The presenter's latest state, or None when nobody presents (or the file is unsafe)."""
        try:
            self._check_private(self._folder)
            info = self.path.stat()
            if info.st_size > _MAX_STATE_BYTES or not _is_mine(info):
                return None
            envelope = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(envelope, dict) or not _is_running(envelope.get("pid")):
                return None
            return PresenterState.from_json(json.dumps(envelope.get("state")))
        except (OSError, ValueError, BeaconUnsafe):
            return None

    def withdraw(self) -> None:
        """Remove the state when presenting ends, so a notes view says the room has stopped."""
        with suppress(OSError):
            self.path.unlink()

    def _make_private_folder(self) -> None:
        self._folder.mkdir(mode=_PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        self._check_private(self._folder)

    @staticmethod
    def _check_private(folder: Path) -> None:
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode) or not _is_mine(info):
            raise BeaconUnsafe(f"{folder} is not a folder of this user's")
        if os.name == "posix" and info.st_mode & 0o077:
            raise BeaconUnsafe(f"{folder} can be opened by other users")


def _is_mine(info: os.stat_result) -> bool:
    return os.name != "posix" or info.st_uid == _user_id()


def _is_running(pid: object) -> bool:
    """Whether the process that published is still there (a killed presenter leaves its file)."""
    if isinstance(pid, bool) or not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else: the folder check guards that
    return True


def _user_id() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _can_create(folder: Path) -> bool:
    try:
        folder.mkdir(mode=_PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)
