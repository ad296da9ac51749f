"""Spaced review: questions the learner missed (and a few they got right) come back days later.

Headless like ``content`` and ``store`` (it never imports Textual), so the rules are tested with
a fake clock and reused by any screen. The scheduling itself is the ``fsrs`` package's; this
package decides which questions enter review (``enrolment``), how a review answer is rated and
how fsrs is set up (``scheduling``), which cards make up today's short review (``daily``), and
ties them to the progress store and the course (``deck``). ``summary`` counts what is learned,
for the progress screen. Nothing here changes a lesson's status, its Done, or its quiz scores.

The package's names are imported when first used (``__getattr__``), so the app can start, and
paint its first screen, without loading fsrs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from iop_course.review.clock import Clock, utc_now
    from iop_course.review.deck import ReviewDeck, ReviewItem
    from iop_course.review.summary import ReviewSummary, review_summary

_HOMES = {
    "Clock": "clock",
    "utc_now": "clock",
    "ReviewDeck": "deck",
    "ReviewItem": "deck",
    "ReviewSummary": "summary",
    "review_summary": "summary",
}
__all__ = ["Clock", "ReviewDeck", "ReviewItem", "ReviewSummary", "review_summary", "utc_now"]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
