"""The IOP Course app: holds the course and the learner's progress, and pushes screens.

The app stays small on purpose: each screen owns its own keys, and this class only knows what is
true everywhere (quit, get help now, how to use the app, the theme) and where to start. What it
does at start-up, to open the course's screens and about saving is in the mixins it is built on,
one job each: first_screens.py, course_navigation.py and saving_watch.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import SystemCommand
from textual.screen import Screen

from iop_course.content.model import Course
from iop_course.i18n import _
from iop_course.review.clock import Clock, utc_now
from iop_course.store import ProgressStore, RecoveryNotice
from iop_course.ui.closed_screens import let_closed_screens_go
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.first_screens import FirstScreens
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.saving_watch import SAVE_CHECK_SECONDS
from iop_course.ui.themes import PROJECTOR_THEMES
from iop_course.ui.todays_review import TodaysReview

if TYPE_CHECKING:
    from iop_course.review.deck import ReviewDeck
    from iop_course.review.early_review import EarlyReview
    from iop_course.ui.present.present_mode import PresentMode

DEFAULT_THEME = "textual-dark"


class CourseApp(FirstScreens):
    """The course app. Give it a loaded course and an open progress store."""

    TITLE = "IOP Course"
    # The lesson's and the dialogs' styles load with the app's: a screen's own CSS_PATH, read
    # when the screen is first pushed, makes Textual parse every stylesheet again and restyle
    # every widget on screen, so Get help now over a long page waited for it
    # (benchmarks/startup.py, benchmarks/long_pages.py).
    CSS_PATH = ["app.tcss", "screens/lesson.tcss", "dialogs/text_dialog.tcss"]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [*app_wide_bindings(capital=False)]

    def __init__(
        self,
        course: Course,
        store: ProgressStore,
        crash_log_dir: Path | None = None,
        review_clock: Clock = utc_now,
        early_review: EarlyReview | None = None,
    ) -> None:
        """``review_clock`` is the time spaced review goes by (tests move it days ahead);
        ``early_review`` is today's review already being built (by ``open_course``, on the
        same store and course and with the same clock), taken instead of a build of its own."""
        super().__init__()
        self.title = _(self.TITLE)
        self.course = course
        self._review_clock = review_clock
        self.todays_review = TodaysReview(self, lambda: self.reviews)
        self._held_paint: AbstractContextManager[None] | None = None
        self.use_store(store)
        self._early_review = early_review
        if early_review is not None:
            self._reviews = early_review.deck  # its quizzes stay parsed for the next builds
        self.content_check = ContentCheck(self, course.root)
        self.crash_log_dir = crash_log_dir
        self._reported_write_error: BaseException | None = None
        self._told_backup_notice: RecoveryNotice | None = None
        self.present_mode: PresentMode | None = None
        self._let_signals_go: Callable[[], None] = lambda: None
        self._first_screens_open = False
        self._welcomed_back = False
        for theme in PROJECTOR_THEMES:
            self.register_theme(theme)
        self.theme = self._saved_theme()

    def get_css_variables(self) -> dict[str, str]:
        """The theme's colours, with the footer's key letters and the highlighted row made
        readable (4.5:1 or more) where a theme left them faint (see ink.readable_variables)."""
        from iop_course.ui.ink import readable_variables

        self.theme_variables = readable_variables(super().get_css_variables())
        return self.theme_variables

    def use_store(self, store: ProgressStore) -> None:
        """Keep progress in ``store`` from now on (at start, and after the learner's data is
        deleted); today's review reads the same store."""
        self.store = store
        self._reviews: ReviewDeck | None = None
        self.todays_review.forget()
        if self.is_running:
            self.todays_review.build()

    def get_default_screen(self) -> Screen:
        """The course list is the first screen, so the first frame painted is the real one.

        When the learner resumes on a lesson or quiz, the list is built only once it is shown,
        so the lesson's first paint does not wait for a screen that is covered.
        """
        from iop_course.ui.screens.home import HomeScreen

        return HomeScreen(build_when_shown=self._resume_target() is not None)

    def on_mount(self) -> None:
        """Remember theme changes, save on a closing terminal, and open the first screens once the
        app is mounted.

        A screen pushed while the app mounts is laid out and drawn inside Textual's start-up
        batch, where no frame reaches the terminal, and then laid out and drawn again after
        it, so a resumed lesson showed its text later than a screen pushed just after.
        The course list below has nothing to show meanwhile (it is built only when shown).
        """
        from iop_course.ui.closing_signals import save_on_closing_signals

        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.screen_change_signal.subscribe(self, lambda _: self.clear_passing_notices())
        self._let_signals_go = save_on_closing_signals(self)
        # Textual kept parts of every closed screen alive (about 1 MiB a lesson visited).
        self.screen_change_signal.subscribe(self, lambda _: let_closed_screens_go(self))
        self.set_interval(SAVE_CHECK_SECONDS, self._warn_if_saving_failed)
        if self._resume_target() is None:
            self._hold_paint_until_review_is_known()
        self.call_later(self._open_first_screens)

    def clear_passing_notices(self) -> None:
        """Take away the toasts raised for the screen (or question) the learner just left:
        a note about one step must not cover the next. Errors about saving stay."""
        for notification in list(self._notifications):
            if notification.severity != "error":
                self._unnotify(notification, refresh=False)
        self._refresh_notifications()

    def on_unmount(self) -> None:
        """Give SIGHUP and SIGTERM back to whoever had them before the app."""
        self._let_signals_go()

    def _saved_theme(self) -> str:
        saved = self.store.get_setting("theme", DEFAULT_THEME)
        return saved if saved in self.available_themes else DEFAULT_THEME

    def _remember_theme(self, theme: object) -> None:
        if self.present_mode is None or not self.present_mode.active:  # present keeps its own
            self.store.set_setting("theme", self.theme)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Course commands in the command palette (ctrl+p), beside Textual's own."""
        from iop_course.ui.palette_commands import all_commands

        return all_commands(self, super().get_system_commands(screen))

    def action_delete_my_data(self) -> None:
        """Ask, naming every file, then delete them all and start over as a new learner."""
        from iop_course.ui.data_deletion import ask_to_delete_my_data

        ask_to_delete_my_data(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While presenting, q belongs to present mode: it ends presenting, not the course."""
        return not (action == "quit" and self.present_mode is not None and self.present_mode.active)

    def action_present(self) -> None:
        """Present a lesson to a group, in screens that never read the learner's progress."""
        if self.present_mode is None:
            from iop_course.ui.present.present_mode import PresentMode

            self.present_mode = PresentMode(self, self.course)
        self.present_mode.enter()

    async def end_presenting(self) -> None:
        """Presenting is over: back to the learner's screens and theme."""
        if self.present_mode is not None:
            await self.present_mode.leave()

    def _fatal_error(self) -> None:
        """Save an unexpected error's details to a file and show words, not a traceback.

        Only the first error is told (one log entry, one message): errors raised while the app
        closes follow from it, and Textual would add a developer's note counting them.
        """
        from iop_course.crash import crash_message, write_crash_log

        if self._exit_renderables:
            self._close_messages_no_wait()
            return
        error = self._exception
        log = write_crash_log(error, self.crash_log_dir) if error is not None else None
        self.bell()
        self._exit_renderables.append(Text(crash_message(log)))
        self._close_messages_no_wait()
