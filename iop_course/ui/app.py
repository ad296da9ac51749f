"""The IOP Course app: holds the course and the learner's progress, and pushes screens.

The app stays small on purpose: each screen owns its own keys, and this class only knows what is
true everywhere (quit, get help now, how to use the app, the theme) and where to start.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual.app import App, SystemCommand
from textual.screen import Screen

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import Course, LessonInfo, Module
from iop_course.store import LessonPlace, LessonProgress, LessonStatus, ProgressStore
from iop_course.ui.keys import app_wide_bindings
from iop_course.ui.widgets.literal import literal

DEFAULT_THEME = "textual-dark"
WHERE_SETTING = "screen"
SAVE_CHECK_SECONDS = 2.0


class CourseApp(App[None]):
    """The course app. Give it a loaded course and an open progress store."""

    TITLE = "IOP Course"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = app_wide_bindings()

    def __init__(self, course: Course, store: ProgressStore,
                 crash_log_dir: Path | None = None) -> None:
        super().__init__()
        self.course = course
        self.store = store
        self.crash_log_dir = crash_log_dir
        self._reported_write_error: BaseException | None = None
        self.theme = self._saved_theme()

    def get_default_screen(self) -> Screen:
        """The course list is the first screen, so the first frame painted is the real one.

        When the learner resumes on a lesson or quiz, the list is built only once it is shown,
        so the lesson's first paint does not wait for a screen that is covered.
        """
        from iop_course.ui.screens.home import HomeScreen

        return HomeScreen(build_when_shown=self._resume_target() is not None)

    def on_mount(self) -> None:
        """Remember theme changes and return the learner to where they were."""
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._resume_where_left()
        if not self.store.get_setting("welcome_seen", False):
            from iop_course.ui.dialogs.welcome import WelcomeDialog

            self.push_screen(WelcomeDialog(),
                             lambda _: self.store.set_setting("welcome_seen", True))
        self.set_interval(SAVE_CHECK_SECONDS, self._warn_if_saving_failed)
        if self.store.recovery is not None:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self.push_screen(NoticeDialog("Your progress file", self.store.recovery.message()))

    def _warn_if_saving_failed(self) -> None:
        """Tell the learner, once per failure, when progress could not be written to disk."""
        error = self.store.last_write_error
        if error is None or error is self._reported_write_error:
            return
        self._reported_write_error = error
        self.notify(literal(
            f"Your progress could not be saved ({error}). The course keeps trying. If your "
            "disk is full, free some space."), title="Saving", severity="error", timeout=15)

    def _saved_theme(self) -> str:
        saved = self.store.get_setting("theme", DEFAULT_THEME)
        return saved if saved in self.available_themes else DEFAULT_THEME

    def _remember_theme(self, theme: object) -> None:
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

    def open_lesson(self, lesson_id: str, quiz: bool = False, from_start: bool = False,
                    intro: bool = True) -> None:
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
            lesson, _ = loader.open_lesson(info)
        except ContentUnreadable as error:
            self.notify(literal(f"This lesson could not be opened: {error.problem.message}"),
                        severity="error", timeout=10)
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

        A quiz with no working question must not trap the learner: the lesson counts as done,
        and whoever looks after the course is told through the notice and the checker.
        """
        try:
            opened = loader.open_quiz(info)
        except ContentUnreadable:
            opened = None
        if opened is None or not opened[0].questions:
            self.store.mark_lesson_done(info.id)
            self.notify(literal(
                "This lesson's quiz has mistakes that whoever looks after the course needs to "
                "fix, so it was skipped. The lesson is marked done."),
                severity="warning", timeout=10)
            if replacing is not None:
                replacing.dismiss()
            return
        from iop_course.ui.screens.quiz import QuizScreen

        screen = QuizScreen(info, opened[0])
        if replacing is not None:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def action_get_help(self) -> None:
        """Show crisis lines and helplines, from any screen."""
        from iop_course.ui.dialogs.get_help import GetHelpDialog

        if not isinstance(self.screen, GetHelpDialog):
            self.push_screen(GetHelpDialog())

    def action_how_to_use(self) -> None:
        """Show the keys that work on the current screen and how the course works."""
        from iop_course.ui.dialogs.how_to_use import HowToUseDialog

        if not isinstance(self.screen, HowToUseDialog):
            self.push_screen(HowToUseDialog(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Course commands in the command palette (ctrl+p), beside Textual's own."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("Get help now", "Crisis lines and helplines", self.action_get_help)
        yield SystemCommand("How to use", "Keys and how the course works", self.action_how_to_use)
        yield SystemCommand("Content problems", "Files in the course that could not be read",
                            self.show_content_problems)

    def show_content_problems(self) -> None:
        """List the content files that could not be read, and why."""
        from iop_course.ui.screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(self.course.problems))

    def _fatal_error(self) -> None:
        """Save an unexpected error's details to a file and show words, not a traceback."""
        from iop_course.commands.crash import crash_message, write_crash_log

        error = self._exception
        log = write_crash_log(error, self.crash_log_dir) if error is not None else None
        self.bell()
        self._exit_renderables.append(Text(crash_message(log)))
        self._close_messages_no_wait()
