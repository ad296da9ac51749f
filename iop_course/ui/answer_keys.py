"""The keys for answering a question, shared by the quiz and spaced review.

A learner who knows how to answer in a quiz knows how to answer in a review: the same keys, the
same words in the footer, in How to use and on the screen. Both screens take these from here.
"""

from __future__ import annotations

from textual.binding import Binding

from iop_course.content.model import MAX_CHOICES

NUMBER_KEYS = tuple(str(number) for number in range(1, MAX_CHOICES + 1))

# What the learner reads while answering, on the quiz and the review screens alike.
HOW_TO_PICK_ONE = "Pick one: press its number, or ↑ ↓ then Enter."
HOW_TO_SELECT_ALL = "Tick every right one: its number, or ↑ ↓ then Space. Then press c to check."
HINT = "Hint: {hint}"
NOTHING_MARKED = "Press a choice's number, or move to one with ↑ ↓ first."
NOTHING_TICKED = "Tick at least one choice first (its number, or Space)."
NEXT_QUESTION = "n: next question"


def answering_bindings() -> list[Binding]:
    """Pick by number, move the marker, choose, check a "select all", a hint, and scrolling."""
    return [
        Binding(
            "1",
            "pick(1)",
            "Pick",
            key_display=f"1-{MAX_CHOICES}",
            tooltip="Answer with the choice of that number. In 'select all', tick or untick it.",
        ),
        *(Binding(key, f"pick({key})", "Pick", show=False) for key in NUMBER_KEYS[1:]),
        Binding(
            "up",
            "move(-1)",
            "Move",
            key_display="↑↓",
            tooltip="Move the ▸ marker up or down the choices.",
        ),
        Binding("down", "move(1)", "Move", show=False),
        Binding(
            "enter,space",
            "choose",
            "Choose",
            key_display="enter",
            tooltip="Answer with the choice marked ▸. In 'select all', tick or untick it "
            "(Space does the same).",
        ),
        Binding("c", "check_answer", "Check", tooltip="Check the choices you ticked."),
        Binding("h", "show_hint", "Hint", tooltip="Show a nudge in the right direction."),
        Binding(
            "up",
            "scroll(-1)",
            "Scroll",
            key_display="↑↓",
            tooltip="Scroll the question and its feedback up or down.",
        ),
        Binding("down", "scroll(1)", "Scroll", show=False),
        Binding(
            "pageup",
            "page(-1)",
            "Page up",
            show=False,
            tooltip="Scroll the question up by a screenful.",
        ),
        Binding(
            "pagedown",
            "page(1)",
            "Page down",
            show=False,
            tooltip="Scroll the question down by a screenful.",
        ),
    ]
