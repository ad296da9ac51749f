"""What the learner sees first at start-up: where they left off, the welcome or welcome back,
what happened to their progress file, and a one-line note when the window is too small.

A mixin of CourseApp (app.py), kept apart so the app class stays a small router.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from textual import events

from iop_course.i18n import _
from iop_course.store import LessonPlace, LessonProgress
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.course_navigation import CourseNavigation

if TYPE_CHECKING:
    from iop_course.review.deck import ReviewItem

WHERE_SETTING = "screen"
REVIEW_WAIT_SECONDS = 0.4  # the longest the first paint waits for today's review
REVIEW_AFTER_RESUME_SECONDS = 1.0
# The backup is refreshed once the first screen is drawn: it is not needed before, and reading
# the old backup to compare was most of the cost of opening two years of progress.
BACKUP_AFTER_SECONDS = 1.0


class FirstScreens(CourseNavigation):
    """Opens the first screens once the app is mounted (the home screen's first paint waits
    for today's review, briefly) and remembers where the learner is for the next start."""

    content_check: ContentCheck
    _held_paint: AbstractContextManager[None] | None
    _first_screens_open: bool
    _welcomed_back: bool

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
