"""The keys for answering a question, shared by the quiz and spaced review.

A learner who knows how to answer in a quiz knows how to answer in a review: the same keys, the
same words in the footer, in How to use and on the screen. Both screens take these from here.
"""

from __future__ import annotations

from textual.binding import Binding

from iop_course.content.quiz_model import MAX_CHOICES
from iop_course.i18n import N_

NUMBER_KEYS = tuple(str(number) for number in range(1, MAX_CHOICES + 1))
PICK_ACTION = "pick(1)"  # the number keys' one shown binding, named for the question's count

# What the learner reads while answering, on the quiz and the review screens alike.
HOW_TO_PICK_ONE = N_("Pick one: press its number, or ↑ ↓ then Enter.")
HOW_TO_SELECT_ALL = N_(
    "Tick every right one: its number, or ↑ ↓ then Space. Then press c to check."
)
HINT = N_("Hint: {hint}")
NOTHING_MARKED = N_("Press a choice's number, or move to one with ↑ ↓ first.")
NOTHING_TICKED = N_("Tick at least one choice first (its number, or Space).")
NEXT_QUESTION = N_("n: next question")


def answering_bindings() -> list[Binding]:
    """Pick by number, move the marker, choose, check a "select all", a hint, and scrolling."""
    return [
        Binding(
            "1",
            PICK_ACTION,
            N_("Pick"),
            key_display=f"1-{MAX_CHOICES}",
            tooltip=N_(
                "Answer with the choice of that number. In 'select all', tick or untick it."
            ),
        ),
        *(Binding(key, f"pick({key})", N_("Pick"), show=False) for key in NUMBER_KEYS[1:]),
        Binding(
            "up",
            "move(-1)",
            N_("Move"),
            key_display="↑↓",
            tooltip=N_("Move the ▸ marker up or down the choices."),
        ),
        Binding("down", "move(1)", N_("Move"), show=False),
        Binding(
            "enter,space",
            "choose",
            N_("Choose"),
            key_display="enter",
            tooltip=N_(
                "Answer with the choice marked ▸. In 'select all', tick or untick it "
                "(Space does the same)."
            ),
        ),
        Binding("c", "check_answer", N_("Check"), tooltip=N_("Check the choices you ticked.")),
        Binding("h", "show_hint", N_("Hint"), tooltip=N_("Show a nudge in the right direction.")),
        Binding(
            "up",
            "scroll(-1)",
            N_("Scroll"),
            key_display="↑↓",
            tooltip=N_("Scroll the question and its feedback up or down."),
        ),
        Binding("down", "scroll(1)", N_("Scroll"), show=False),
        Binding(
            "pageup",
            "page(-1)",
            N_("Page up"),
            show=False,
            tooltip=N_("Scroll the question up by a screenful."),
        ),
        Binding(
            "pagedown",
            "page(1)",
            N_("Page down"),
            show=False,
            tooltip=N_("Scroll the question down by a screenful."),
        ),
    ]
