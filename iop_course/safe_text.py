"""Keeping course files and learners' answers from writing to the terminal: control
characters are made visible.

ESC, the C1 controls (0x80-0x9f) and the other C0 controls start terminal commands: they can set
the window title, write the clipboard or move the cursor. The bidirectional overrides, embeddings
and isolates (U+202A-U+202E, U+2066-U+2069) make the text after them read backwards, so a phone
number can show reversed. Every text read from a content file (and every string its YAML front
matter decodes, since YAML escapes such as ``"\\e"`` make them too) and every answer the progress
store reads or saves passes through ``make_visible``, so no parser, screen, checker line or
export ever carries one. Newline and tab are the only controls a lesson or an answer may use.
The rule sits below both the content layer and the store (neither imports the other), so each
uses the same one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
DELETE_PICTURE = "\u2421"  # ␡
C1_PICTURE = "\ufffd"  # C1 controls have no control picture; the replacement character shows
BIDI_PICTURE = "\ufffd"  # nor do the direction overrides: one visible mark, one column wide


def picture(char: str) -> str:
    """The visible stand-in for one control character: ␛ for ESC, ␇ for BEL, and so on."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return DELETE_PICTURE
    if code > 0x9F:
        return BIDI_PICTURE
    return C1_PICTURE


def make_visible(text: str) -> str:
    """``text`` with every control character except newline and tab replaced by its picture."""
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub(lambda match: picture(match.group()), text)


def control_codes(text: str) -> list[str]:
    """The distinct control characters in ``text``, as 'U+001B', in the order they appear."""
    codes: list[str] = []
    for match in CONTROL.finditer(text):
        code = f"U+{ord(match.group()):04X}"
        if code not in codes:
            codes.append(code)
    return codes


def shown_path(path: Path) -> str:
    """A path as text that is safe to print: bytes that are not UTF-8 show as �, controls too."""
    return make_visible(os.fsencode(path).decode("utf-8", "replace"))


def name_is_text(name: str) -> bool:
    """True when a file or folder name is UTF-8 text without control characters.

    On Linux a name may be any bytes; Python keeps the ones that are not UTF-8 as lone
    surrogates, which cannot be saved in the progress file or printed.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return CONTROL.search(name) is None
