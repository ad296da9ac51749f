"""Today's spaced review, counted in a Textual thread worker and kept between returns home.

The home screen needs only today's questions (how many, so whether a review is ready and how
long it is): ``ReviewDeck.todays_questions``, counted from every answer and review card, which
takes milliseconds after two years on the built-in course and more on a large one
(benchmarks/store_two_years.py), too long for the UI thread. They are counted again each time
the learner comes back home (answers may have changed); meanwhile the home screen shows the
last count, and it follows ``ready``. The review itself (each question parsed from its quiz,
with its card) is made in another worker a moment later (``ITEMS_AFTER_SECONDS``), away from
the first paint, and is ready when the learner starts it.
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
    from iop_course.review.daily import DueQuestion
    from iop_course.review.deck import ReviewDeck, ReviewItem
    from iop_course.review.early_review import EarlyReview

WORKER_GROUP = "todays-review"
ITEMS_WORKER_GROUP = "todays-review-items"
ITEMS_AFTER_SECONDS = 1.0
"""How long after today's questions are known their quizzes are read: the first paint and what
follows it at once come first."""


class TodaysReview:
    """The questions of today's review, once counted (``questions`` is None before), and the
    review made of them (``items``)."""

    def __init__(self, app: App, deck: Callable[[], ReviewDeck]) -> None:
        """``deck`` gives the review deck over the app's current store."""
        self.questions: list[DueQuestion] | None = None
        self.ready: Signal[list[DueQuestion]] = Signal(app, "todays-review-ready")
        self._app = app
        self._deck = deck
        self._made: tuple[list[DueQuestion], list[ReviewItem]] | None = None
        self._then: Callable[[list[ReviewItem]], None] | None = None

    def build(self) -> None:
        """Count today's questions in a thread worker; ``ready`` is published with them. A
        count still running is superseded (its result is dropped)."""
        self._app.run_worker(
            self._build,
            name="today's review",
            group=WORKER_GROUP,
            exclusive=True,
            thread=True,
            exit_on_error=False,
        )

    def take_early(self, early: EarlyReview, wait_seconds: float) -> bool:
        """Use the count ``open_course`` started before the app, waiting for it at most
        ``wait_seconds``. True when the first paint need not wait for it any longer: it is
        done (``questions``), or still counting after the wait (``ready`` is published once it
        is, as for a count of the app's own). False when it could not be done: ``build``."""
        questions = early.questions(wait_seconds)
        if questions is not None:
            self._finish(questions, publish=False)
            return True
        if early.built.done():
            return False
        early.built.add_done_callback(self._finish_early)
        return True

    def when_made(self, then: Callable[[list[ReviewItem]], None]) -> None:
        """Call ``then`` with today's review, ready to ask: at once when it is made, else once
        a thread worker has made it (its quizzes read; today's questions counted first when
        they are not yet). Only the latest ``then`` waiting is called."""
        made, questions = self._made, self.questions
        if made is not None and made[0] is questions:
            then(made[1])
            return
        if questions == []:
            then([])
            return
        self._then = then
        self._make_in_worker(questions)

    def forget(self) -> None:
        """Drop what was counted and made (the learner's data was deleted: it belonged to no
        one now)."""
        self.questions = None
        self._made = None
        self._then = None

    def _build(self) -> None:
        """Count, tell, then make the review of what was counted (the learner may start it
        from the home screen at once)."""
        worker = get_current_worker()
        deck = self._deck()
        questions = deck.todays_questions()
        if worker.is_cancelled or not self._app.is_running:
            return
        try:
            self._app.call_from_thread(self._finish, questions, True, False)
            items = deck.items_for(questions)
            if not worker.is_cancelled:
                self._app.call_from_thread(self._keep_items, questions, items)
        except RuntimeError:
            return  # the app closed just now

    def _finish_early(self, built: Future[list[DueQuestion]]) -> None:
        """On the early count's thread (or at once on the app's, if it was done meanwhile)."""
        if built.exception() is not None:
            return  # the next return home counts again
        if threading.current_thread() is threading.main_thread():
            self._app.call_later(self._finish, built.result())
            return
        try:
            self._app.call_from_thread(self._finish, built.result())
        except RuntimeError:
            return  # the app closed meanwhile

    def _finish(
        self, questions: list[DueQuestion], publish: bool = True, make_later: bool = True
    ) -> None:
        """Keep today's questions (and tell them with ``ready``); with ``make_later``, their
        review is made a moment later, away from the first paint."""
        self.questions = questions
        if publish:
            self.ready.publish(questions)
        if questions and make_later:
            self._app.set_timer(ITEMS_AFTER_SECONDS, lambda: self._make_later(questions))

    def _make_later(self, questions: list[DueQuestion]) -> None:
        """Make the review of ``questions`` in a thread worker, if they are still today's and
        nothing made it meanwhile."""
        if questions is self.questions and (self._made is None or self._made[0] is not questions):
            self._make_in_worker(questions)

    def _make_in_worker(self, questions: list[DueQuestion] | None) -> None:
        """Read the quizzes of ``questions`` and make their review in a thread worker (one at a
        time: a newer one supersedes it)."""
        self._app.run_worker(
            lambda: self._made_items(questions),
            name="today's review, its quizzes",
            group=ITEMS_WORKER_GROUP,
            exclusive=True,
            thread=True,
            exit_on_error=False,
        )

    def _made_items(self, questions: list[DueQuestion] | None) -> None:
        """In a thread worker: the review of ``questions``, or of today's questions counted
        now (None: not counted yet)."""
        deck = self._deck()
        items = deck.todays_review() if questions is None else deck.items_for(questions)
        try:
            self._app.call_from_thread(self._keep_items, questions, items)
        except RuntimeError:
            return  # the app closed just now

    def _keep_items(self, questions: list[DueQuestion] | None, items: list[ReviewItem]) -> None:
        if questions is not None and questions is self.questions:
            self._made = questions, items
        then, self._then = self._then, None
        if then is not None:
            then(items)
