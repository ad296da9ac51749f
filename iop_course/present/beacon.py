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
import warnings
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from iop_course.files.durable_write import write_file_atomically
from iop_course.files.plain_file import NotAPlainFile, read_plain_file
from iop_course.files.private_folders import make_private_folders
from iop_course.present.private_folder import check_private_folder
from iop_course.present.state import PresenterState

PRESENT_DIR_VARIABLE = "IOP_COURSE_PRESENT_DIR"
STATE_FILE_NAME = "presenter.json"
_MAX_STATE_BYTES = 64 * 1024
OWN_FOLDER = (
    "The system's folder for running programs could not be used safely ({problem}), so the "
    "notes link is kept in {folder}, a private folder of IOP Course's own."
)
NO_FOLDER = (
    "Neither the system's folder for running programs nor a private folder of IOP Course's "
    "own could be used safely ({problem}), so a notes window cannot follow this presentation. "
    "Set {variable} to a folder only you can open to fix this."
)
UNREADABLE = "The presenter's state file {path} could not be read ({reason})."
NOT_A_STATE = "it does not hold a presenter's state"


class BeaconUnsafe(Exception):
    """The beacon's folder could be read or changed by someone else, so it is not used."""


@dataclass(frozen=True)
class BeaconPlace:
    """Where the presenter's state lives, and why it is not the usual place, in words.

    ``folder`` is None when no private folder could be used: presenting goes on without a
    notes link, and ``note`` says so.
    """

    folder: Path | None
    note: str = ""


def beacon_place() -> BeaconPlace:
    """The private folder the presenter's state lives in (``IOP_COURSE_PRESENT_DIR`` overrides).

    The system's runtime folder comes first. Where it cannot be used safely (made first by
    another user, open to others, a link: platformdirs refuses those, or the check here does),
    a private folder in the user's cache is used instead, and the note says so; the presenter
    and the notes window both come here, so they still meet.
    """
    chosen = os.environ.get(PRESENT_DIR_VARIABLE)
    if chosen:
        return BeaconPlace(Path(chosen))
    try:
        with warnings.catch_warnings():  # no XDG_RUNTIME_DIR: its fallback is checked below
            warnings.simplefilter("ignore")
            runtime = Path(platformdirs.user_runtime_dir("iop-course", appauthor=False))
        _ready(runtime)
        return BeaconPlace(runtime)
    except OSError as error:
        problem = str(error)
    own = Path(platformdirs.user_cache_dir("iop-course", appauthor=False)) / "present"
    try:
        _ready(own)
    except OSError as error:
        words = NO_FOLDER.format(problem=f"{problem}; {error}", variable=PRESENT_DIR_VARIABLE)
        return BeaconPlace(None, words)
    return BeaconPlace(own, OWN_FOLDER.format(problem=problem, folder=own))


def beacon_folder() -> Path | None:
    """The folder of ``beacon_place`` (None when no private folder can be used)."""
    return beacon_place().folder


def _ready(folder: Path) -> None:
    """Make ``folder`` privately if it is missing, then raise FolderUnsafe unless it is this
    user's own private folder."""
    make_private_folders(folder)
    check_private_folder(folder)


class PresenterBeacon:
    """Publishes the presenter's state, or reads it for a notes view; one file, same user only."""

    def __init__(self, folder: Path | None = None) -> None:
        place = BeaconPlace(folder) if folder is not None else beacon_place()
        self._folder = place.folder
        self.note = place.note
        """Why the state is not in the usual folder (or why there is no notes link), or ""."""
        self.problem = ""
        """Why the last ``read`` found a state file it could not use, or ""."""

    @property
    def path(self) -> Path | None:
        """The state file (shown by the notes view when it has nothing to follow), or None
        when no private folder could be used."""
        return None if self._folder is None else self._folder / STATE_FILE_NAME

    def publish(self, state: PresenterState) -> None:
        """Write the state so a notes view sees it on its next look; raises BeaconUnsafe."""
        if self._folder is None:
            raise BeaconUnsafe(self.note)
        try:
            _ready(self._folder)
        except OSError as error:
            raise BeaconUnsafe(str(error)) from error
        envelope = {"pid": os.getpid(), "state": json.loads(state.to_json())}
        write_file_atomically(self._folder / STATE_FILE_NAME, json.dumps(envelope).encode("utf-8"))

    def read(self) -> PresenterState | None:
        """The presenter's latest state, or None when nobody presents, or when the file is
        unsafe or cannot be used (``problem`` then says why). Never waits: a named pipe or a
        folder in place of the file is told, not read."""
        self.problem = ""
        if self._folder is None:
            return None
        path = self._folder / STATE_FILE_NAME
        try:
            check_private_folder(self._folder)
            raw = read_plain_file(path, largest=_MAX_STATE_BYTES)
        except NotAPlainFile as error:
            self.problem = UNREADABLE.format(path=path, reason=error.reason)
            return None
        except OSError:
            return None
        if raw is None:
            return None
        if len(raw) > _MAX_STATE_BYTES:
            self.problem = UNREADABLE.format(path=path, reason="it is too large")
            return None
        try:
            envelope = json.loads(raw.decode("utf-8"))
            if not isinstance(envelope, dict):
                raise ValueError("not an object")
            if not _is_running(envelope.get("pid")):
                return None
            return PresenterState.from_json(json.dumps(envelope.get("state")))
        except (ValueError, TypeError, RecursionError):
            self.problem = UNREADABLE.format(path=path, reason=NOT_A_STATE)
            return None

    def withdraw(self) -> None:
        """Remove the state when presenting ends, so a notes view says the room has stopped."""
        if self._folder is not None:
            with suppress(OSError):
                (self._folder / STATE_FILE_NAME).unlink()


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
