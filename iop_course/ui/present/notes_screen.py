"""The notes window's one screen: follows the presenting window, or says how to start one.

It reads the presenters' beacon five times a second and shows the notes for the slide the room
sees, so it is never more than a fifth of a second behind (the issue asks for half a second).
The beacon is a folder only this user can open, so only the same user on the same machine can
follow, with no network port. It follows one presenter: the one it followed before while that
one lives (its heartbeat keeps coming), else the one that started first. It says when another
presenting window runs (and which lesson it shows), and when the one it followed stopped
beating (a closed terminal), then follows one that lives. When nobody presents, it says so in
words and names the command that starts presenting. It never opens a learner's progress.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Static

from iop_course.i18n import N_, Words, _
from iop_course.present.beacon import PresenterBeacon, PresenterSign
from iop_course.present.notes import SpeakerNotes
from iop_course.present.state import PresenterState
from iop_course.ui.keys import get_help_binding
from iop_course.ui.present.notes_panel import NotesPanel
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

POLL_SECONDS = 0.2
SWITCH_NOTE_SECONDS = 60.0  # how long the notes say they moved to another presenter
WAITING = N_(
    "Nobody is presenting right now.\n\n"
    "To present, run this in another terminal (the one the projector shows):\n\n"
    "    iop-course present\n\n"
    "These notes then follow the presenting window by themselves, within half a second: "
    "the group boxes, the next slide, the time, and on quiz slides the answers. Only a "
    "presenting window that you started on this computer is followed.\n\n"
    "Looking for it in: {path}"
)
PRESENTERS = Words(
    {
        "others": N_(
            "{count} other presenting window(s) running: {lessons}. These notes follow "
            "{followed}, the first one started."
        ),
        "lost": N_(
            "The presenting window showing {lesson} stopped at slide {position} (no sign of "
            "it for {seconds} s). "
        ),
        "now_following": N_("These notes now follow {lesson}."),
        "gone": N_(
            "The presenting window showing {lesson} stopped at slide {position} (no sign of it "
            "for {seconds} s). Start it again with: iop-course present {lesson_id}"
        ),
    }
)
SHARED_FOLDER = N_(
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
        return _(SHARED_FOLDER).format(folder=folder)
    return ""


class NotesScreen(Screen[None]):
    """Follows the presenter's beacon and shows the notes for the slide on the projector."""

    BINDINGS = [
        get_help_binding(),
        Binding(
            "ctrl+q,q",
            "app.quit",
            N_("Quit"),
            key_display="q",
            tooltip=N_("Close the notes. The presenting window goes on."),
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
        self.followed_presenter: str | None = None
        self._switch_note: tuple[str, float] = ("", 0.0)
        self._shown: tuple[object, ...] = ()
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
        """Show the notes for the followed presenter's slide, say what other presenters do,
        or show the waiting words when nobody presents."""
        signs = self._beacon.signs()
        living = [sign for sign in signs if sign.alive]
        followed = next((s for s in living if s.presenter == self.followed_presenter), None)
        stopped = ""
        if followed is None and self.followed_presenter is not None:
            lost = next((s for s in signs if s.presenter == self.followed_presenter), None)
            stopped = self._lost_words(lost, bool(living))
            if living and stopped:
                self._switch_note = (
                    stopped + PRESENTERS["now_following"].format(lesson=self._title(living[0])),
                    time.monotonic(),
                )
        if followed is None and living:
            followed = living[0]
        if followed is not None:
            self.followed_presenter = followed.presenter
        others = [s for s in living if followed is None or s.presenter != followed.presenter]
        note, since = self._switch_note
        words = [note] if note and time.monotonic() - since < SWITCH_NOTE_SECONDS else []
        words.append(self._others_words(others, followed))
        state = followed.state if followed is not None else None
        await self._show(state, " ".join(word for word in words if word), stopped)

    def _lost_words(self, lost: PresenterSign | None, others_live: bool) -> str:
        if lost is None:
            return ""
        key = "lost" if others_live else "gone"
        return PRESENTERS[key].format(
            lesson=self._title(lost),
            lesson_id=lost.state.slide.lesson_id,
            position=lost.state.position,
            seconds=max(0, int(time.time() - lost.beat)),
        )

    def _others_words(self, others: list[PresenterSign], followed: PresenterSign | None) -> str:
        if not others or followed is None:
            return ""
        return PRESENTERS["others"].format(
            count=len(others),
            lessons="; ".join(
                f"{self._title(sign)} (slide {sign.state.position})" for sign in others
            ),
            followed=self._title(followed),
        )

    def _title(self, sign: PresenterSign) -> str:
        course = self._notes.course_for(sign.state.content_root)
        info = course.lesson(sign.state.slide.lesson_id)
        return f"“{info.title}”" if info is not None else sign.state.slide.lesson_id

    async def _show(self, state: PresenterState | None, presenters: str, stopped: str) -> None:
        shown = (state, presenters, stopped, self._beacon.problem)
        if shown == self._shown and self._started:
            return
        self._started = True
        self._shown = shown
        self.following = state
        panel = self.query_one(NotesPanel)
        waiting = self.query_one("#waiting", Static)
        if state is not None:
            panel.tell_presenters(presenters)
            await panel.show(self._notes.notes_for(state))
        else:
            waiting.update(literal(self._waiting_words(stopped)))
        waiting.display = state is None
        panel.display = state is not None

    def _waiting_words(self, stopped: str) -> str:
        """Which presenter stopped, how to start presenting and where the notes look, then
        anything wrong with a state file or its folder (a named pipe, garbage, no private
        folder at all)."""
        folder = self._beacon.folder
        told = "".join(
            f"\n\n{words}" for words in (self._beacon.problem, self._beacon.note) if words
        )
        lead = stopped + "\n\n" if stopped else ""
        if folder is None:
            return (lead + told.strip()).strip()
        return lead + _(WAITING).format(path=folder) + shared_folder_warning(folder) + told
