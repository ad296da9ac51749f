"""Spaced review: questions the learner missed (and a few they got right) come back days later.

Headless like ``content`` and ``store`` (it never imports Textual), so the rules are tested with
a fake clock and reused by any screen. The scheduling itself is the ``fsrs`` package's; this
package decides which questions enter review (``enrolment``), how a review answer is rated and
how fsrs is set up (``scheduling``), which cards make up today's short review (``daily``), and
ties them to the progress store and the course (``deck``). ``summary`` counts what is learned,
for the progress screen. Nothing here changes a lesson's status, its Done, or its quiz scores.
"""

from iop_course.review.clock import Clock, utc_now
from iop_course.review.deck import ReviewDeck, ReviewItem
from iop_course.review.summary import ReviewSummary, review_summary

__all__ = ["Clock", "ReviewDeck", "ReviewItem", "ReviewSummary", "review_summary", "utc_now"]
