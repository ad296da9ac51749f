"""Today's review, counted as soon as the course is open, while the screens are still loading.

The home screen's first frame shows today's review offer (or none), so its first paint waits
for today's questions to be known. Counted in a worker once the app was mounted, they came
last: the home screen was laid out without the offer, then again with it
(benchmarks/startup.py). ``open_course`` starts counting here, on a thread of its own, right
after the store and the course are open and before Textual and the screens load; the app takes
the questions just before the home screen is composed, waiting a short while at most. Only the
questions are counted (``ReviewDeck.todays_questions``: no quiz parsed, no card made for each
answer): their quizzes are read once the home screen is painted. The review is still never
built on the UI thread.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

from iop_course.content.model import Course
from iop_course.review.clock import Clock, utc_now

if TYPE_CHECKING:
    from iop_course.review.daily import DueQuestion
    from iop_course.review.deck import ReviewDeck
    from iop_course.store.progress_store import ProgressStore


class EarlyReview:
    """Today's questions being counted on a thread of its own (``built``), and the deck it
    uses, kept for the builds that follow."""

    def __init__(self, store: ProgressStore, course: Course, clock: Clock = utc_now) -> None:
        """Start counting at once."""
        from iop_course.review.deck import ReviewDeck  # fsrs loads here, not before

        self.deck: ReviewDeck = ReviewDeck(store, course, clock=clock)
        self.built: Future[list[DueQuestion]] = Future()
        threading.Thread(target=self._build, name="today's review, early", daemon=True).start()

    def questions(self, wait_seconds: float) -> list[DueQuestion] | None:
        """Today's questions, waiting at most ``wait_seconds`` for them; None when they are
        not counted by then, or could not be."""
        try:
            return self.built.result(timeout=wait_seconds)
        except Exception:  # not counted yet, or failed: the caller says which with ``built``
            return None

    def _build(self) -> None:
        try:
            self.built.set_result(self.deck.todays_questions())
        except Exception as error:  # kept in ``built``, never lost on a thread
            self.built.set_exception(error)
