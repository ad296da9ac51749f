"""Today's spaced review, built in a Textual thread worker and kept between returns home.

Building it reads every answer and review card and parses the quizzes it asks from: tens of
milliseconds after two years on the built-in course, and several times that on a large one
(benchmarks/store_two_years.py), too long for the UI thread. It is built again each time the
learner comes back home (answers may have changed); meanwhile the home screen shows the last
result, and it follows ``ready``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from textual.app import App
from textual.signal import Signal
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from iop_course.review.deck import ReviewDeck, ReviewItem
    from iop_course.review.early_review import EarlyReview

WORKER_GROUP = "todays-review"


class TodaysReview:
    """The questions of today's review, once built (``items`` is None before)."""

    def __init__(self, app: App, deck: Callable[[], ReviewDeck]) -> None:
        """``deck`` gives the review deck over the app's current store."""
        self.items: list[ReviewItem] | None = None
        self.ready: Signal[list[ReviewItem]] = Signal(app, "todays-review-ready")
        self._app = app
        self._deck = deck

    def build(self) -> None:
        """Build today's review in a thread worker; ``ready`` is published with it. A build
        still running is superseded (its result is dropped)."""
        self._app.run_worker(
            self._build,
            name="today's review",
            group=WORKER_GROUP,
            exclusive=True,
            thread=True,
            exit_on_error=False,
        )

    def take_early(self, early: EarlyReview, wait_seconds: float) -> bool:
        """Use the review ``open_course`` started before the app, waiting for it at most
        ``wait_seconds``. True when the first paint need not wait for it any longer: it is
        built (``items``), or still being built after the wait (``ready`` is published once it
        is, as for a build of the app's own). False when it could not be built: ``build``."""
        items = early.items(wait_seconds)
        if items is not None:
            self.items = items
            return True
        if early.built.done():
            return False
        early.built.add_done_callback(self._finish_early)
        return True

    def forget(self) -> None:
        """Drop what was built (the learner's data was deleted: it belonged to no one now)."""
        self.items = None

    def _build(self) -> None:
        worker = get_current_worker()
        items = self._deck().todays_review()
        if worker.is_cancelled or not self._app.is_running:
            return
        try:
            self._app.call_from_thread(self._finish, items)
        except RuntimeError:
            return  # the app closed just now

    def _finish_early(self, built: Future[list[ReviewItem]]) -> None:
        """On the early review's thread (or at once on the app's, if it was built meanwhile)."""
        if built.exception() is not None:
            return  # the next return home builds it again
        if threading.current_thread() is threading.main_thread():
            self._app.call_later(self._finish, built.result())
            return
        try:
            self._app.call_from_thread(self._finish, built.result())
        except RuntimeError:
            return  # the app closed meanwhile

    def _finish(self, items: list[ReviewItem]) -> None:
        self.items = items
        self.ready.publish(items)
