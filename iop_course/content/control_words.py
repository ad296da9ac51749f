"""The checker's words for a line or value holding control characters.

``safe_text`` finds them and makes them visible (the store uses it too); what an author is told
about them is said here, in the content layer, where the words go through the catalog.
"""

from __future__ import annotations

from iop_course.i18n import Later
from iop_course.safe_text import CONTROL, control_codes, picture


def control_message(text: str) -> Later:
    """The checker's words for a line (or value) holding control characters."""
    codes = control_codes(text)
    shown = "".join(dict.fromkeys(picture(char) for char in CONTROL.findall(text)))
    which = ", ".join(codes[:3])
    if len(codes) > 3:
        which = Later.gettext("{codes} and others", codes=which)
    return Later.ngettext(
        "this line has a control character ({which}); it could change how the terminal "
        "behaves (a hidden terminal command) or make the text read backwards, so it is shown "
        "as {shown} instead: delete it in your editor.",
        "this line has control characters ({which}); it could change how the terminal behaves "
        "(a hidden terminal command) or make the text read backwards, so it is shown as "
        "{shown} instead: delete it in your editor.",
        len(codes),
        which=which,
        shown=shown,
    )


def lines_with_controls(text: str) -> list[tuple[int, Later]]:
    """Each line (1-based) of ``text`` that holds a control character, with its words."""
    if CONTROL.search(text) is None:
        return []
    return [
        (number, control_message(line))
        for number, line in enumerate(text.split("\n"), start=1)
        if CONTROL.search(line)
    ]
