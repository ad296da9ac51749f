"""Every word a learner reads about spaced review, in one place, in the learner's language.

The review screen, the home screen's offer and the command palette all read from here, and the
home screen can import it at start-up without loading the review screen's widgets.
"""

from __future__ import annotations

from iop_course.i18n import N_, ngettext, word_in_language

# The English words, the catalog's keys; read as words.NAME, in the learner's language.
WORDS = {
    "TITLE": N_("Review"),
    "POSITION": N_("Question {number} of {total}"),
    "FROM_LESSON": N_("From the lesson: {lesson}"),
    "FINISH": N_("n: finish"),
    "DONE_TITLE": N_("Done for today"),
    "DONE": N_(
        "Done for today. Thank you for taking a few minutes for this: coming back to an idea "
        "a few days later is what makes it stick. Press Esc or b to go back to your lessons."
    ),
    "OFFER_KEY_TOOLTIP": N_("A few questions from lessons you have read, to help them stick."),
    "NOTHING_TODAY": N_(
        "There is no review today. Questions from your quizzes come back here a few days later."
    ),
    "PALETTE_HELP": N_("A few questions from lessons you have read"),
}


def __getattr__(name: str) -> str:
    """Each word in the learner's language, looked up each time it is read."""
    return word_in_language(WORDS, name)


def offer_words(count: int, minutes: int) -> str:
    """The home screen's kind words for a review of ``count`` questions."""
    how_long = ngettext("{minutes} minute", "{minutes} minutes", minutes).format(minutes=minutes)
    offer = ngettext(
        "A short review is ready: 1 question from a lesson you have read, about {minutes}. "
        "Press r to start.",
        "A short review is ready: {count} questions from lessons you have read, about "
        "{minutes}. Press r to start.",
        count,
    )
    return offer.format(count=count, minutes=how_long)
