"""The IOP Course app: holds the course and the learner's progress, and pushes screens.

The app stays small on purpose: each screen owns its own keys, and this class only knows what is
true everywhere (quit, get help now, how to use the app, the theme) and where to start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import SystemCommand
from textual.screen import Screen

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import Course, LessonInfo, Module
from iop_course.i18n import N_, _
from iop_course.review.clock import Clock, utc_now
from iop_course.store import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    ProgressStore,
    RecoveryNotice,
)
from iop_course.ui.closed_screens import let_closed_screens_go
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.help_actions import HelpActions
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.screens import review_words
from iop_course.ui.themes import PROJECTOR_THEMES
from iop_course.ui.todays_review import TodaysReview

if TYPE_CHECKING:
    from iop_course.review.deck import ReviewDeck, ReviewItem
    from iop_course.ui.present.present_mode import PresentMode

DEFAULT_THEME = "textual-dark"
WHERE_SETTING = "screen"
SAVE_CHECK_SECONDS = 2.0
REVIEW_WAIT_SECONDS = 0.4  # the longest the first paint waits for today's review
REVIEW_AFTER_RESUME_SECONDS = 1.0
# The backup is refreshed once the first screen is drawn: it is not needed before, and reading
# the old backup to compare was most of the cost of opening two years of progress.
BACKUP_AFTER_SECONDS = 1.0
NOT_SAVED = N_(
    "Your progress could not be saved ({error}). The course keeps trying. If your disk is full, "
    "free some space."
)
BACKUP_NOT_SAVED = N_(
    "The backup of your progress could not be updated ({error}). Your last backup is kept. If "
    "your disk is full, free some space."
)
LESSON_UNREADABLE = N_("This lesson could not be opened: {problem}")
SEARCH_COMMANDS = N_("Search for commands…")


class CourseApp(HelpActions):
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
    ) -> None:
        """``review_clock`` is the time spaced review goes by (tests move it days ahead)."""
        super().__init__()
        self.title = _(self.TITLE)
        self.course = course
        self._review_clock = review_clock
        self.todays_review = TodaysReview(self, lambda: self.reviews)
        self._held_paint: AbstractContextManager[None] | None = None
        self.use_store(store)
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

    @property
    def reviews(self) -> ReviewDeck:
        """The spaced review deck over the current store, made when first needed (in the
        worker that builds today's review: fsrs is not loaded before)."""
        if self._reviews is None:
            from iop_course.review.deck import ReviewDeck

            self._reviews = ReviewDeck(self.store, self.course, clock=self._review_clock)
        return self._reviews

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

    def on_resize(self, event: events.Resize) -> None:
        """Below the size the course needs, say so in one line instead of showing empty boxes;
        take the line away once the window is big enough."""
        self._say_if_too_small(event.size.width, event.size.height)

    def _say_if_too_small(self, width: int, height: int) -> None:
        from iop_course.ui.screens.too_small import TooSmallScreen, too_small

        if not self._first_screens_open:
            return  # said once the first screens are open, on top of them
        covered = isinstance(self.screen, TooSmallScreen)
        if too_small(width, height):
            if isinstance(self.screen, TooSmallScreen):
                self.screen.show_size(width, height)
            elif not any(isinstance(screen, TooSmallScreen) for screen in self.screen_stack):
                self.push_screen(TooSmallScreen())
        elif covered:
            self.pop_screen()

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

    def _hold_paint_until_review_is_known(self) -> None:
        """Start building today's review, and paint the home screen only once it is known
        (or after REVIEW_WAIT_SECONDS): its offer is a row of the home screen, and a row that
        comes a frame later moves the whole course list down.

        While the worker builds it, the home screen is composed and laid out as usual; no
        frame reaches the terminal until then (Textual's ``batch_update``).
        """
        self._held_paint = self.batch_update()
        self._held_paint.__enter__()
        self.todays_review.ready.subscribe(self, lambda _: self._paint_now())
        self.set_timer(REVIEW_WAIT_SECONDS, self._paint_now)
        self.todays_review.build()

    def _paint_now(self) -> None:
        """Let frames reach the terminal again (once; later calls do nothing)."""
        held, self._held_paint = self._held_paint, None
        if held is not None:
            held.__exit__(None, None, None)

    def _open_first_screens(self) -> None:
        """Return the learner to where they were, then whatever they must read first."""
        resumed = self._resume_target() is not None
        self._resume_where_left()
        if not self.store.get_setting("welcome_seen", False):
            self.show_welcome()
        elif resumed and self.store.recovery is None and self.store.saving_problem is None:
            # Home offers today's review itself; a lesson reopened over it says so here,
            # once it is painted (the review's scheduler is not loaded before).
            self.call_after_refresh(self._welcome_back)
        if self.store.recovery is not None:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self.push_screen(NoticeDialog(_("Your progress file"), self.store.recovery.message()))
        if self.store.saving_problem is not None:
            from iop_course.ui.dialogs.open_without_saving import OpenWithoutSavingDialog

            self.push_screen(
                OpenWithoutSavingDialog(self.store.saving_problem), self._go_on_without_saving
            )
        self._first_screens_open = True
        self._say_if_too_small(*self.size)
        # Counted from here, not from mount: a very long lesson reopened above took seconds to
        # parse, and work started beside its first paint made Get help now wait.
        self.content_check.start_soon()
        self.set_timer(BACKUP_AFTER_SECONDS, self.store.refresh_backup_soon)
        if resumed:  # built once the lesson is painted, so the list is whole when back home
            self.set_timer(REVIEW_AFTER_RESUME_SECONDS, self.todays_review.build)

    def _welcome_back(self) -> None:
        """Say in one line that a short review is ready, with its keys, if one is: once today's
        review is built (in its worker, after the lesson is painted)."""
        if self.todays_review.items is not None:
            self._offer_welcome_back(self.todays_review.items)
        else:
            self.todays_review.ready.subscribe(self, self._offer_welcome_back)

    def _offer_welcome_back(self, items: list[ReviewItem]) -> None:
        from iop_course.review.deck import minutes_for
        from iop_course.ui.dialogs.welcome_back import WelcomeBackDialog

        if self._welcomed_back:
            return  # once a launch; the review is built again at each return home
        self._welcomed_back = True
        if not items:
            return

        def go_on(choice: str | None) -> None:
            if choice == "review":
                self.open_review()
            elif choice == "plan":
                self.show_recovery_plan()

        self.push_screen(WelcomeBackDialog(minutes_for(len(items))), go_on)

    def show_welcome(self) -> None:
        """The first-run welcome; once closed, it is not shown again."""
        from iop_course.ui.dialogs.welcome import WelcomeDialog

        self.push_screen(WelcomeDialog(), lambda _: self.store.set_setting("welcome_seen", True))

    def _go_on_without_saving(self, go_on: bool | None) -> None:
        """Quit, or keep a "not saving" banner on every screen from now on."""
        if not go_on:
            self.exit(return_code=1)
            return
        self.screen_change_signal.subscribe(self, self._add_not_saving_banner)
        for screen in self.screen_stack:
            self._add_not_saving_banner(screen)

    def _add_not_saving_banner(self, screen: Screen) -> None:
        from textual.screen import ModalScreen

        from iop_course.ui.widgets.not_saving_banner import NotSavingBanner

        problem = self.store.saving_problem
        if self.present_mode is not None and self.present_mode.active:
            return  # nothing about the learner's progress on a projected screen
        if (
            problem is not None
            and not isinstance(screen, ModalScreen)
            and not screen.query(NotSavingBanner)
        ):
            screen.mount(NotSavingBanner(problem.short))

    async def action_quit(self) -> None:
        """Quit; while saves are failing, first say what would be lost (q again quits)."""
        from iop_course.ui.dialogs.quit_unsaved import QuitUnsavedDialog

        error, unsaved = self.store.last_write_error, self.store.unsaved_changes()
        if error is None or not unsaved or isinstance(self.screen, QuitUnsavedDialog):
            self.exit()
            return
        what = unsaved.describe(
            lambda lesson_id: getattr(self.course.lesson(lesson_id), "title", lesson_id)
        )
        self.push_screen(
            QuitUnsavedDialog(error, what), lambda quit_anyway: self.exit() if quit_anyway else None
        )

    def _warn_if_saving_failed(self) -> None:
        """Tell the learner, once per failure, when progress could not be written to disk; and
        why the backup was kept as it was, when it was refreshed after the first screen."""
        notice = self.store.backup_notice
        if notice is not None and notice is not self._told_backup_notice:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self._told_backup_notice = notice
            self.push_screen(NoticeDialog(_("Your progress file"), notice.message()))
        backup_error = self.store.backup_error
        if backup_error is not None and backup_error is not self._reported_write_error:
            self._reported_write_error = backup_error
            self.notify(
                _(BACKUP_NOT_SAVED).format(error=backup_error),
                markup=False,
                title=_("Saving"),
                severity="error",
                timeout=15,
            )
            return
        error = self.store.last_write_error
        if error is None or error is self._reported_write_error:
            return
        self._reported_write_error = error
        self.notify(
            _(NOT_SAVED).format(error=error),
            markup=False,
            title=_("Saving"),
            severity="error",
            timeout=15,
        )

    def _saved_theme(self) -> str:
        saved = self.store.get_setting("theme", DEFAULT_THEME)
        return saved if saved in self.available_themes else DEFAULT_THEME

    def _remember_theme(self, theme: object) -> None:
        if self.present_mode is None or not self.present_mode.active:  # present keeps its own
            self.store.set_setting("theme", self.theme)

    def _resume_target(self) -> LessonProgress | None:
        """The lesson to reopen at start-up, or None to start on the course list."""
        where = self.store.get_setting(WHERE_SETTING, "home")
        last = self.store.last_location()
        if where == "home" or last is None or self.course.lesson(last.lesson_id) is None:
            return None
        return last

    def _resume_where_left(self) -> None:
        last = self._resume_target()
        if last is not None:
            self.open_lesson(last.lesson_id, quiz=last.where is LessonPlace.QUIZ)

    def remember_screen(self, where: str) -> None:
        """Note which kind of screen the learner is on, so reopening returns there."""
        self.store.set_setting(WHERE_SETTING, where)

    def open_lesson(
        self, lesson_id: str, quiz: bool = False, from_start: bool = False, intro: bool = True
    ) -> None:
        """Open a lesson at the page the learner reached (or its first page), or its quiz.

        A module's first lesson, never opened before, is preceded by the module's intro (unless
        ``intro`` is False: the intro itself opens the lesson). Re-reading a lesson whose quiz
        is under way keeps the saved place in the quiz, so Continue still goes there. The lesson
        is parsed here, before any screen is made, so a file that cannot be read is told in
        words and the learner stays where they were.
        """
        info = self.course.lesson(lesson_id)
        if info is None:
            return
        if quiz and info.quiz_path is not None:
            self.start_quiz(info)
            return
        record = self.store.lesson_progress(lesson_id)
        module = next(module for module in self.course.modules if module.id == info.module_id)
        if intro and module.lessons[0] == info and record.status is LessonStatus.NOT_STARTED:
            self.show_module_intro(module, info)
            return
        try:
            lesson = loader.open_lesson(info)[0]
        except ContentUnreadable as error:
            self.notify(
                _(LESSON_UNREADABLE).format(problem=error.problem.message),
                markup=False,
                severity="error",
                timeout=10,
            )
            return
        from iop_course.ui.screens.lesson import LessonScreen

        page = 0 if from_start else record.page
        in_quiz = record.where is LessonPlace.QUIZ
        self.push_screen(LessonScreen(lesson, page, save_place=not in_quiz))

    def show_module_intro(self, module: Module, lesson: LessonInfo, started: bool = False) -> None:
        """Show what a module is about, before ``lesson`` (the one it leads to, ``started``
        or not)."""
        from iop_course.ui.screens.module_intro import ModuleIntroScreen

        self.push_screen(ModuleIntroScreen(module, lesson, started=started))

    def start_quiz(self, info: LessonInfo, replacing: Screen | None = None) -> None:
        """Show a lesson's quiz, in place of ``replacing`` when given (the lesson just read).

        A quiz that cannot run (unreadable, or no working question) is told in a dialog over
        the screen the learner is on; the lesson is not marked done, since nothing was checked.
        """
        from iop_course.ui.screens import quiz as quiz_screen

        try:
            opened = loader.open_quiz(info)
            quiz = opened[0] if opened is not None and opened[0].questions else None
            why = _(quiz_screen.NO_WORKING_QUESTION)
        except ContentUnreadable as error:
            quiz, why = None, _(quiz_screen.UNREADABLE).format(problem=error.problem.message)
        if quiz is None:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self.push_screen(NoticeDialog(_(quiz_screen.CANNOT_RUN), why))
            return
        screen = quiz_screen.QuizScreen(info, quiz)
        if replacing is not None:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_command_palette(self) -> None:
        """Textual's command palette, its search line in the learner's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            palette = CommandPalette(placeholder=_(SEARCH_COMMANDS), id="--command-palette")
            self.push_screen(palette)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Course commands in the command palette (ctrl+p), beside Textual's own."""
        from iop_course.ui.palette_commands import all_commands

        return all_commands(self, super().get_system_commands(screen))

    def show_recovery_plan(self) -> None:
        """The learner's plan, gathered from their worksheets."""
        from iop_course.ui.screens.recovery_plan import RecoveryPlanScreen

        if not isinstance(self.screen, RecoveryPlanScreen):
            self.push_screen(RecoveryPlanScreen())

    def action_show_progress(self) -> None:
        """Lessons done per module and each quiz's scores over time."""
        from iop_course.ui.screens.progress import ProgressScreen

        if not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen())

    def action_delete_my_data(self) -> None:
        """Ask, naming every file, then delete them all and start over as a new learner."""
        from iop_course.ui.data_deletion import ask_to_delete_my_data

        ask_to_delete_my_data(self)

    def open_review(self) -> None:
        """Today's spaced review, or a kind word that there is none today."""
        items = self.todays_review.items
        if items is None:  # asked for before the worker could build it
            items = self.reviews.todays_review()
        if not items:
            self.notify(review_words.NOTHING_TODAY, markup=False, title=review_words.TITLE)
            return
        from iop_course.ui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(items))

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

    def show_content_problems(self) -> None:
        """List what ``iop-course check`` finds in the course files: the whole check, asked
        for now (the app's own check looks only for mistakes)."""
        from iop_course.ui.screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(ContentCheck(self, self.course.root, quality=True)))

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
