"""The presenter's notes window (``iop-course present --notes``), for a second terminal.

A small app of its own rather than a screen of the course app: it holds no progress store
(the facilitator's notes must never open or lock a learner's progress), only the course content
and the presenter's beacon. Its theme is not saved anywhere, for the same reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from iop_course.content.model import Course
from iop_course.i18n import N_, _
from iop_course.present.beacon import PresenterBeacon
from iop_course.present.notes import SpeakerNotes
from iop_course.ui.help_actions import HelpActions
from iop_course.ui.keys import get_help_binding
from iop_course.ui.present.notes_screen import POLL_SECONDS, NotesScreen
from iop_course.ui.textual_commands import in_learners_words, keys_in_learners_words
from iop_course.ui.themes import PROJECTOR_THEMES


class NotesApp(HelpActions):
    """Shows the notes for whatever the presenting window shows; give it the course content."""

    CSS_PATH = "notes_app.tcss"
    TITLE = N_("IOP Course: presenter notes")
    SUB_TITLE = N_("For your eyes only")
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        get_help_binding(""),
        Binding(
            "f1,question_mark",
            "how_to_use",
            N_("How to use"),
            key_display="F1",
            tooltip=N_("The keys that work here."),
        ),
    ]

    def __init__(
        self,
        course: Course,
        beacon: PresenterBeacon | None = None,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        """``beacon`` defaults to this user's presenter beacon."""
        super().__init__()
        self.title, self.sub_title = _(self.TITLE), _(self.SUB_TITLE)
        self.course = course
        self._beacon = beacon if beacon is not None else PresenterBeacon()
        self._poll_seconds = poll_seconds
        for theme in PROJECTOR_THEMES:
            self.register_theme(theme)

    def get_default_screen(self) -> Screen:
        """The notes screen, following the beacon from its first frame."""
        return NotesScreen(SpeakerNotes(self.course), self._beacon, self._poll_seconds)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands, in the facilitator's language."""
        yield from in_learners_words(
            keys_in_learners_words(self, super().get_system_commands(screen))
        )
