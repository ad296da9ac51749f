"""The notes window's one screen: follows the presenting window, or says how to start one.

It reads the presenter's beacon five times a second and shows the notes for the slide the room
sees, so it is never more than a fifth of a second behind (the issue asks for half a second).
The beacon is a file in a folder only this user can open, so only the same user on the same
machine can follow, with no network port. When nobody presents, it says so in words and names
the command that starts presenting. It never opens a learner's progress.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Static

from iop_course.present.beacon import PresenterBeacon
from iop_course.present.notes import SpeakerNotes
from iop_course.present.state import PresenterState
from iop_course.ui.keys import get_help_binding
from iop_course.ui.present.notes_panel import NotesPanel
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

POLL_SECONDS = 0.2
WAITING = (
    "Nobody is presenting right now.\n\n"
    "To present, run this in another terminal (the one the projector shows):\n\n"
    "    iop-course present\n\n"
    "These notes then follow the presenting window by themselves, within half a second: "
    "the group boxes, the next slide, the time, and on quiz slides the answers. Only a "
    "presenting window that you started on this computer is followed.\n\n"
    "Looking for it at: {path}"
)
SHARED_FOLDER = (
    "\n\nThat folder can be opened by other users, so these notes do not follow it (anyone "
    "could make them show something else). Make it yours alone with:\n\n    chmod 700 {folder}"
)


def shared_folder_warning(folder: Path) -> str:
    """Words for a beacon folder the notes refuse because others could open it, else ""."""
    try:
        info = folder.lstat()
    except OSError:
        return ""
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if os.name == "posix" and stat.S_ISDIR(info.st_mode) and mine and info.st_mode & 0o077:
        return SHARED_FOLDER.format(folder=folder)
    return ""


class NotesScreen(Screen[None]):
    """Follows the presenter's beacon and shows the notes for the slide on the projector."""

    BINDINGS = [
        get_help_binding(),
        Binding(
            "ctrl+q,q",
            "app.quit",
            "Quit",
            key_display="q",
            tooltip="Close the notes. The presenting window goes on.",
        ),
    ]

    def __init__(
        self, notes: SpeakerNotes, beacon: PresenterBeacon, poll_seconds: float = POLL_SECONDS
    ) -> None:
        """``poll_seconds`` is how often the beacon is read."""
        super().__init__()
        self._notes = notes
        self._beacon = beacon
        self._poll_seconds = poll_seconds
        self.following: PresenterState | None = None
        self._problem = ""
        self._started = False

    def compose(self) -> ComposeResult:
        """The waiting words and the notes; one of them is shown at a time."""
        yield Header()
        yield Static(id="waiting")
        yield NotesPanel(id="notes")
        yield FittingFooter()

    async def on_mount(self) -> None:
        """Look at once, then keep looking."""
        await self.follow()
        self.set_interval(self._poll_seconds, self.follow)

    async def follow(self) -> None:
        """Show the notes for the presenter's slide, or the waiting words when nobody presents."""
        state = self._beacon.read()
        problem = self._beacon.problem
        if state == self.following and problem == self._problem and self._started:
            return
        self._started = True
        self.following = state
        self._problem = problem
        panel = self.query_one(NotesPanel)
        waiting = self.query_one("#waiting", Static)
        if state is not None:
            await panel.show(self._notes.notes_for(state))
        else:
            waiting.update(literal(self._waiting_words()))
        waiting.display = state is None
        panel.display = state is not None

    def _waiting_words(self) -> str:
        """How to start presenting and where the notes look, then anything wrong with the
        state file or its folder (a named pipe, garbage, no private folder at all)."""
        path = self._beacon.path
        told = "".join(
            f"\n\n{words}" for words in (self._beacon.problem, self._beacon.note) if words
        )
        if path is None:
            return told.strip()
        return WAITING.format(path=path) + shared_folder_warning(path.parent) + told
