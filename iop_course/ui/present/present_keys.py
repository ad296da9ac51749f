"""Present mode's keys on a slide, declared once: moving, counting hands, revealing, pausing.

No key has two meanings: counting letters skip G (``g`` is Get help now everywhere), the
footer names the letters of the question on screen ("a-e Count"), and the way to end is not a
counting letter's neighbour alone (``q`` asks first when hands were counted).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

from iop_course.content.quiz_model import MAX_CHOICES
from iop_course.i18n import N_, Words
from iop_course.present.room_question import ROOM_LETTERS
from iop_course.ui.keys import get_help_binding

WORDS = Words(
    {
        "hands": N_("Hands"),
    }
)
# What a narrow footer leaves out first (F1 still lists them): the arrows every facilitator
# knows, then End, then How to use, so Get help now, Pause, Reveal and Count stay in sight.
LEFT_OUT_FIRST = ("back", "next", "end", "how_to_use")
COUNT_HINT = "count_hint"  # one key for every question: its letters change in place


def count_keys(choices: int) -> str:
    """How the footer names the counting keys of a question with ``choices`` choices: exactly
    its letters ("a-c 0-9"), as wide for every question (its key is changed in place)."""
    return f"a-{ROOM_LETTERS[choices - 1].lower()} 0-9"


def slide_bindings() -> list[BindingType]:
    """Every key of a presented slide, in the order the footer lists them."""
    return [
        get_help_binding(),
        Binding(
            "right,space,n",
            "next",
            N_("Next"),
            key_display="→",
            tooltip=N_("The next slide (Space and n work too)."),
        ),
        Binding(
            "left,p",
            "back",
            N_("Back"),
            key_display="←",
            tooltip=N_("The slide before (p works too)."),
        ),
        Binding("home", "first_slide", N_("First slide"), show=False),
        Binding("end", "last_slide", N_("Last slide"), show=False),
        Binding(
            "q,escape",
            "end",
            N_("End"),
            priority=True,
            key_display="q",
            tooltip=N_("Stop presenting this lesson (asks first when hands were counted)."),
        ),
        Binding(
            "r",
            "reveal",
            N_("Reveal"),
            tooltip=N_(
                "Show the right answer and what each choice means (press again to hide it)."
            ),
        ),
        Binding(
            "a",
            COUNT_HINT,
            N_("Count"),
            key_display=count_keys(MAX_CHOICES),
            tooltip=N_(
                "Press a choice's letter (the line at the bottom names them), then type how "
                "many hands (or + and -). A pause of 2 seconds starts a new number."
            ),
        ),
        *(
            Binding(
                f"{letter.lower()},{letter}", f"pick('{letter}')", f"Count {letter}", show=False
            )
            for letter in ROOM_LETTERS[:MAX_CHOICES]
        ),
        *(
            Binding(digit, f"digit('{digit}')", WORDS["hands"], show=False)
            for digit in "0123456789"
        ),
        Binding("plus,equals_sign", "add(1)", N_("One more"), show=False),
        Binding("minus", "add(-1)", N_("One fewer"), show=False),
        Binding("down", "step(1)", N_("Next letter"), show=False),
        Binding("up", "step(-1)", N_("Letter before"), show=False),
        Binding(
            "full_stop",
            "pause",
            N_("Pause"),
            key_display=".",
            tooltip=N_(
                "Pause the room: a calm screen with 988 and nothing else. Press . again "
                "to come back to this slide."
            ),
        ),
    ]
