"""What the learner sees first at start-up: where they left off, the welcome or welcome back,
what happened to their progress file, and a one-line note when the window is too small.

A mixin of CourseApp (app.py), kept apart so the app class stays a small router.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from enum import Enum
from typing import TYPE_CHECKING

from textual import events

from iop_course.i18n import _
from iop_course.learning.resume_place import WHERE_SETTING, lesson_to_resume
from iop_course.store import LessonPlace, LessonProgress
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.course_navigation import CourseNavigation

if TYPE_CHECKING:
    from iop_course.review.daily import DueQuestion
    from iop_course.review.early_review import EarlyReview

REVIEW_WAIT_SECONDS = 0.4  # the longest the first paint waits for today's review
REVIEW_AFTER_RESUME_SECONDS = 1.0
# The backup is refreshed once the first screen is drawn: it is not needed before, and reading
# the old backup to compare was most of the cost of opening two years of progress.
BACKUP_AFTER_SECONDS = 1.0


class FirstPaintWait(Enum):
    """What the home screen's first paint waits for."""

    REVIEW = "today's review"
    LAYOUT = "the first layout, handled by every widget"


class FirstScreens(CourseNavigation):
    """Opens the first screens once the app is mounted (the home screen's first paint waits
    for today's review, briefly) and remembers where the learner is for the next start."""

    content_check: ContentCheck
    _early_review: EarlyReview | None
    _held_paint: AbstractContextManager[None] | None
    _first_paint_waits_for: set[FirstPaintWait]
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
        """Paint the home screen only once today's review is known and the screen is laid out
        (or after REVIEW_WAIT_SECONDS): the review's offer is a row of the home screen, and a
        row that comes a frame later moves the whole course list down; the first layout also
        brings the footer's fitting, the list's scrollbar and the highlighted lesson's line.

        Meanwhile the home screen is composed and laid out as usual, but no frame reaches the
        terminal (Textual's ``batch_update``). A review started before the app
        (``early_review``) is waited for before the home screen is composed; otherwise a
        worker builds it now.
        """
        early, self._early_review = self._early_review, None
        self._held_paint = self.batch_update()
        self._held_paint.__enter__()
        self._first_paint_waits_for = {FirstPaintWait.REVIEW, FirstPaintWait.LAYOUT}
        if early is not None and self.todays_review.take_early(early, REVIEW_WAIT_SECONDS):
            self._first_paint_ready(FirstPaintWait.REVIEW)
            return
        # Only a review counted from now on is waited for against the clock; the early one was
        # waited for above, and a deadline started before that wait could end the first layout.
        self.set_timer(REVIEW_WAIT_SECONDS, self._paint_now)
        self.todays_review.ready.subscribe(
            self, lambda _: self._first_paint_ready(FirstPaintWait.REVIEW)
        )
        self.todays_review.build()

    def on_ready(self, event: events.Ready) -> None:
        """The first layout is done (no frame shown yet)."""
        if self._held_paint is not None:
            self._first_paint_ready(FirstPaintWait.LAYOUT)

    def _first_paint_ready(self, ready: FirstPaintWait) -> None:
        self._first_paint_waits_for.discard(ready)
        if self._first_paint_waits_for or self._held_paint is None:
            return
        if not self.screen_stack:  # closing already
            self._paint_now()
            return
        self._when_screen_settled(self._paint_now)

    def _when_screen_settled(self, then: Callable[[], None]) -> None:
        """Call ``then`` once every widget of the screen has handled what was sent to it
        before now: what the first layout sent (the footer fits its keys to its width, the list
        measures its rows and shows its scrollbar, the highlighted lesson's line is filled),
        and the keys that today's review brings (the home screen shows its offer as the review
        is published, so the footer's new keys are on their way before this is called)."""
        left = 0

        def handled() -> None:
            nonlocal left
            left -= 1
            if not left:
                then()

        for widget in list(self.screen.walk_children(with_self=True)):
            left += widget.call_after_refresh(handled)
        if not left:
            then()

    def _paint_now(self) -> None:
        """Let frames reach the terminal again (once; later calls do nothing)."""
        held, self._held_paint = self._held_paint, None
        if held is not None:
            # What was drawn while held never reached the terminal, yet the compositor counts
            # it as shown: the first update must draw the whole screen, or the parts drawn
            # meanwhile (the header) would come a frame after the rest.
            if not self.screen_stack:
                held.__exit__(None, None, None)
                return
            compositor = self.screen._compositor
            compositor._dirty_regions.add(compositor.size.region)
            held.__exit__(None, None, None)
            # Drawn now: the screen's update timer, started only at its first use, would wait
            # a whole update period before its first tick.
            self.screen._on_timer_update()

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
        if self.todays_review.questions is not None:
            self._offer_welcome_back(self.todays_review.questions)
        else:
            self.todays_review.ready.subscribe(self, self._offer_welcome_back)

    def _offer_welcome_back(self, questions: list[DueQuestion]) -> None:
        from iop_course.review.deck import minutes_for
        from iop_course.ui.dialogs.welcome_back import WelcomeBackDialog

        if self._welcomed_back:
            return  # once a launch; the review is built again at each return home
        self._welcomed_back = True
        if not questions:
            return

        def go_on(choice: str | None) -> None:
            if choice == "review":
                self.open_review()
            elif choice == "plan":
                self.show_recovery_plan()

        self.push_screen(WelcomeBackDialog(minutes_for(len(questions))), go_on)

    def show_welcome(self) -> None:
        """The first-run welcome; once closed, it is not shown again."""
        from iop_course.ui.dialogs.welcome import WelcomeDialog

        self.push_screen(WelcomeDialog(), lambda _: self.store.set_setting("welcome_seen", True))

    def _resume_target(self) -> LessonProgress | None:
        """The lesson to reopen at start-up, or None to start on the course list."""
        return lesson_to_resume(self.store, self.course)

    def _resume_where_left(self) -> None:
        last = self._resume_target()
        if last is not None:
            self.open_lesson(last.lesson_id, quiz=last.where is LessonPlace.QUIZ)

    def remember_screen(self, where: str) -> None:
        """Note which kind of screen the learner is on, so reopening returns there."""
        self.store.set_setting(WHERE_SETTING, where)
