"""Every word a learner reads about spaced review, in one place (Spanish comes later).

The review screen, the home screen's offer and the command palette all read from here, and the
home screen can import it at start-up without loading the review screen's widgets.
"""

from __future__ import annotations

TITLE = "Review"
POSITION = "Question {number} of {total}"
FROM_LESSON = "From the lesson: {lesson}"
FINISH = "n: finish"
DONE_TITLE = "Done for today"
DONE = (
    "Done for today. Thank you for taking a few minutes for this: coming back to an idea "
    "a few days later is what makes it stick. Press Esc or b to go back to your lessons."
)
OFFER_ONE = (
    "A short review is ready: 1 question from a lesson you have read, about 1 minute. "
    "Press r to start."
)
OFFER = (
    "A short review is ready: {count} questions from lessons you have read, about "
    "{minutes}. Press r to start."
)
ONE_MINUTE = "1 minute"
MINUTES = "{minutes} minutes"
OFFER_KEY_TOOLTIP = "A few questions from lessons you have read, to help them stick."
NOTHING_TODAY = (
    "There is no review today. Questions from your quizzes come back here a few days later."
)
PALETTE_HELP = "A few questions from lessons you have read"


def offer_words(count: int, minutes: int) -> str:
    """The home screen's kind words for a review of ``count`` questions."""
    if count == 1:
        return OFFER_ONE
    how_long = ONE_MINUTE if minutes == 1 else MINUTES.format(minutes=minutes)
    return OFFER.format(count=count, minutes=how_long)
