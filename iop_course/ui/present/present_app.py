"""``iop-course present``: the course projected to a group, as an app of its own.

It is given the course and nothing else: no progress store is opened, so nothing about any
learner can reach the projector, it runs on a machine that never ran the course, and it runs
beside a learner's open copy (which holds the progress lock). It starts on the
"Projector (light)" theme, and remembers a theme picked here in present mode's own settings.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from rich.text import Text
from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from iop_course.content.model import Course
from iop_course.i18n import N_, _
from iop_course.present.beacon import PresenterBeacon
from iop_course.present.deck import Deck
from iop_course.present.room_session import SessionShelf
from iop_course.present.settings import PresentSettings
from iop_course.ui.help_actions import HelpActions
from iop_course.ui.keys import get_help_binding
from iop_course.ui.textual_commands import in_learners_words, keys_in_learners_words
from iop_course.ui.themes import PROJECTOR_THEMES

DEFAULT_THEME = "Projector (light)"
LEFT_OUT_COMMANDS = frozenset({"Screenshot"})


class PresentApp(HelpActions):
    """Present mode: the picker (or one lesson's slides) and the get-help dialog, nothing else."""

    TITLE = N_("IOP Course: present")
    CSS_PATH = ["picker_screen.tcss", "present_screen.tcss"]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        get_help_binding("", capital=False),  # each screen declares G itself
        Binding(
            "f1,question_mark",
            "how_to_use",
            N_("How to use"),
            key_display="F1",
            tooltip=N_("The keys that work on this screen."),
        ),
    ]

    def __init__(
        self,
        course: Course,
        settings: PresentSettings,
        deck: Deck | None = None,
        beacon: PresenterBeacon | None = None,
        rng: random.Random | None = None,
    ) -> None:
        """``deck`` presents one lesson straight away; without it, a lesson picker comes first.
        ``rng`` shuffles the choices of a presented lesson (tests pass their own)."""
        super().__init__()
        self.title = _(self.TITLE)
        self.rng = rng
        self.course = course
        self.settings = settings
        self.deck = deck
        self.beacon = beacon if beacon is not None else PresenterBeacon()
        for theme in PROJECTOR_THEMES:
            self.register_theme(theme)
        self.theme = settings.theme if settings.theme in self.available_themes else DEFAULT_THEME

    def get_default_screen(self) -> Screen:
        """The lesson's slides when one was named, else the list of lessons."""
        from iop_course.ui.present.picker_screen import PresentPickerScreen
        from iop_course.ui.present.present_screen import PresentScreen

        shelf = SessionShelf(self.settings.path.parent)
        if self.deck is not None:
            return PresentScreen(self.deck, self.course, self.beacon, shelf=shelf, rng=self.rng)
        return PresentPickerScreen(self.course, self.beacon, shelf)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands that work in present mode (no Screenshot: it has no place to
        save to that a facilitator would find, and it failed on the projector), in the
        facilitator's language."""
        kept = (
            command
            for command in super().get_system_commands(screen)
            if command.title not in LEFT_OUT_COMMANDS
        )
        yield from in_learners_words(keys_in_learners_words(self, kept))

    def on_mount(self) -> None:
        """Keep a theme picked here for the next presentation (in present mode's settings)."""
        self.theme_changed_signal.subscribe(
            self, lambda theme: self.settings.save_theme(self.theme)
        )

    async def end_presenting(self) -> None:
        """Presenting is over: close present mode."""
        self.exit()

    async def action_quit(self) -> None:
        """Dialogs offer q as the app's quit: here it ends present mode."""
        self.exit()

    def _fatal_error(self) -> None:
        """Note an unexpected error in present mode's own folder and show words, not a
        traceback (never in a learner's folder: present mode saves nothing there)."""
        from iop_course.crash import crash_message, write_crash_log

        error = self._exception
        log = write_crash_log(error, self.settings.path.parent) if error is not None else None
        self.bell()
        self._exit_renderables.append(Text(crash_message(log)))
        self._close_messages_no_wait()
