"""Present mode inside the learner's app: its own screens and theme, none of the learner's data.

From the home screen (or the command palette) a facilitator can present without closing the
course. The picker and slides are full screens pushed over the learner's (which they cover
completely), and they are given the course only, never the progress store. The theme
switches to present mode's own (saved in its own settings, never in the learner's progress) and
the learner's theme comes back when presenting ends. The projector then shows a neutral screen
(``PresentingEndedScreen``), never the learner's home, until the learner asks for it.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from iop_course.content.model import Course
from iop_course.present.beacon import PresenterBeacon
from iop_course.present.room_session import SessionShelf
from iop_course.present.settings import PresentSettings
from iop_course.ui.themes import PROJECTOR_THEMES

DEFAULT_THEME = "Projector (light)"


class PresentMode:
    """Enters and leaves present mode on a host app that has a ``course``."""

    def __init__(
        self,
        app: App[Any],
        course: Course,
        settings: PresentSettings | None = None,
        beacon: PresenterBeacon | None = None,
    ) -> None:
        self.app = app
        self.course = course
        self.settings = settings if settings is not None else PresentSettings()
        self.beacon = beacon if beacon is not None else PresenterBeacon()
        self._learner_theme = app.theme

    @property
    def active(self) -> bool:
        """True while the app shows present mode's screens."""
        from iop_course.ui.present.picker_screen import PresentPickerScreen

        return any(isinstance(screen, PresentPickerScreen) for screen in self.app.screen_stack)

    def enter(self) -> None:
        """Show the lesson picker in a screen stack of its own, on present mode's theme."""
        from iop_course.ui.present.picker_screen import PresentPickerScreen

        if self.active:
            return
        self._learner_theme = self.app.theme
        for theme in PROJECTOR_THEMES:
            if theme.name not in self.app.available_themes:
                self.app.register_theme(theme)
        picker = PresentPickerScreen(
            self.course, self.beacon, SessionShelf(self.settings.path.parent)
        )
        self.app.push_screen(picker)
        wanted = self.settings.theme
        self.app.theme = wanted if wanted in self.app.available_themes else DEFAULT_THEME
        self.app.call_after_refresh(self._follow_theme, picker)

    def _follow_theme(self, picker: object) -> None:
        self.app.theme_changed_signal.subscribe(picker, self._remember_theme)  # type: ignore

    def _remember_theme(self, theme: object) -> None:
        if self.active:
            self.settings.save_theme(self.app.theme)

    async def leave(self) -> None:
        """Back to the learner's screens and theme; present mode's screens are let go."""
        from iop_course.ui.present.picker_screen import PresentPickerScreen

        if not self.active:
            return
        self.beacon.withdraw()
        while self.active:
            leaving = self.app.screen
            await self.app.pop_screen()
            if isinstance(leaving, PresentPickerScreen):
                break
        self.app.theme = self._learner_theme
        from iop_course.ui.present.presenting_ended import PresentingEndedScreen

        await self.app.push_screen(PresentingEndedScreen())
