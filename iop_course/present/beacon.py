"""How the presenting window tells a notes view where the room is, with no network port.

Each presenter writes its state to a small file of its own in a folder only its user can open
(0700, owned by that user); the notes view reads them a few times a second. A file in a private
folder means only the same user on the same machine can follow, and nothing listens on a
network. Every file carries a heartbeat: the time the presenter last wrote it, at least once a
second. A presenter that was killed (a closed terminal) stops beating, so within a few seconds
the notes view knows it is gone (a process id could be reused by another program; a heartbeat
cannot lie that way), and with two presenters the notes view can tell them apart.
"""

from __future__ import annotations

import json
import os
import secrets
import time
import warnings
from collections.abc import Callable
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
STATE_FILE_PREFIX = "presenter-"
STATE_FILE_SUFFIX = ".json"
HEARTBEAT_LIMIT = 3.0  # seconds without a beat before a presenter counts as gone
FORGET_AFTER = 3600.0  # a gone presenter's file is removed by the next presenter after this
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


@dataclass(frozen=True)
class PresenterSign:
    """One presenter's latest state as a notes view reads it: whose it is, when it last beat,
    and whether that was recent enough to count it as running."""

    presenter: str
    state: PresenterState
    beat: float
    alive: bool


class PresenterBeacon:
    """Publishes one presenter's state, or reads every presenter's for a notes view; one file
    per presenter, same user only. ``clock`` gives the time in epoch seconds (tests pass one)."""

    def __init__(self, folder: Path | None = None, clock: Callable[[], float] = time.time) -> None:
        place = BeaconPlace(folder) if folder is not None else beacon_place()
        self._folder = place.folder
        self._clock = clock
        self.presenter = f"{os.getpid()}-{secrets.token_hex(4)}"
        """This presenter's own name: its state file is named after it."""
        self.note = place.note
        """Why the state is not in the usual folder (or why there is no notes link), or ""."""
        self.problem = ""
        """Why the last ``signs`` found a state file it could not use, or ""."""
        self._tidied = False

    @property
    def folder(self) -> Path | None:
        """The folder the presenters write to (shown by the notes view when nobody presents),
        or None when no private folder could be used."""
        return self._folder

    @property
    def path(self) -> Path | None:
        """This presenter's own state file, or None when no private folder could be used."""
        return None if self._folder is None else self._state_file(self.presenter)

    def publish(self, state: PresenterState) -> None:
        """Write the state and a heartbeat so a notes view sees both on its next look; raises
        BeaconUnsafe."""
        if self._folder is None:
            raise BeaconUnsafe(self.note)
        try:
            _ready(self._folder)
        except OSError as error:
            raise BeaconUnsafe(str(error)) from error
        if not self._tidied:
            self._tidied = True
            self._forget_long_gone()
        envelope = {
            "presenter": self.presenter,
            "beat": self._clock(),
            "state": json.loads(state.to_json()),
        }
        # The state lives only while presenting: no wait for the disk on every slide turn.
        path = self._state_file(self.presenter)
        write_file_atomically(path, json.dumps(envelope).encode(), durable=False)

    def signs(self) -> list[PresenterSign]:
        """Every presenter's latest state, living or gone, the earliest started first. An
        unsafe folder gives nothing; a state file that is not a plain file or holds no state
        is skipped, never waited on, and ``problem`` says why."""
        self.problem = ""
        if self._folder is None:
            return []
        try:
            check_private_folder(self._folder)
            names = sorted(os.listdir(self._folder))
        except OSError:
            return []
        now = self._clock()
        found = []
        for name in names:
            if name.startswith(STATE_FILE_PREFIX) and name.endswith(STATE_FILE_SUFFIX):
                sign = self._read_sign(self._folder / name, now)
                if sign is not None:
                    found.append(sign)
        return sorted(found, key=lambda sign: (sign.state.started_at, sign.presenter))

    def read(self) -> PresenterState | None:
        """The state of the first living presenter, or None when nobody presents."""
        return next((sign.state for sign in self.signs() if sign.alive), None)

    def withdraw(self) -> None:
        """Remove the state when presenting ends, so a notes view says the room has stopped."""
        if self._folder is not None:
            with suppress(OSError):
                self._state_file(self.presenter).unlink()

    def _state_file(self, presenter: str) -> Path:
        assert self._folder is not None
        return self._folder / f"{STATE_FILE_PREFIX}{presenter}{STATE_FILE_SUFFIX}"

    def _read_sign(self, path: Path, now: float) -> PresenterSign | None:
        """One state file as a sign, or None (``problem`` says why when it is not a state)."""
        try:
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
            beat, presenter = envelope.get("beat"), envelope.get("presenter")
            if isinstance(beat, bool) or not isinstance(beat, (int, float)):
                raise ValueError("no heartbeat")
            if not isinstance(presenter, str):
                raise ValueError("no presenter")
            state = PresenterState.from_json(json.dumps(envelope.get("state")))
        except (ValueError, TypeError, RecursionError):
            self.problem = UNREADABLE.format(path=path, reason=NOT_A_STATE)
            return None
        return PresenterSign(presenter, state, float(beat), now - beat < HEARTBEAT_LIMIT)

    def _forget_long_gone(self) -> None:
        """Remove the files of presenters gone for an hour (killed, so never withdrawn)."""
        now = self._clock()
        for sign in self.signs():
            if now - sign.beat > FORGET_AFTER:
                with suppress(OSError):
                    self._state_file(sign.presenter).unlink()
