"""Plain mode's lines in and out: print once, wrapped; read one line, never more than it can hold.

Output is text only: every string passes ``make_visible`` (no escape byte, whatever the course or
a progress file holds) and is wrapped at the terminal's width, or 80 columns when that is
unknown (a pipe, a braille console). Input is read a line at a time from standard input; a
line longer than ``LONGEST_LINE`` is read to its end and set aside, so a paste of a megabyte
neither fills memory nor answers a question. End of input and a closed output pipe end the
session through ``InputEnded`` and ``OutputClosed``, so the caller saves and stops cleanly.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

from iop_course.plain.plain_text import wrapped
from iop_course.safe_text import make_visible

LONGEST_LINE = 20_000
"""Characters in one typed line: a worksheet answer can be that long (the store's limit)."""
UNKNOWN_WIDTH = 80


class InputEnded(Exception):
    """Standard input closed (end of file): there is nothing more to read."""


class OutputClosed(Exception):
    """Standard output was closed (a pipe whose reader went away): nothing more can be said."""


class LineTooLong(Exception):
    """The learner typed (or pasted) a line longer than ``LONGEST_LINE``; it was set aside."""


class PlainConsole:
    """Where plain mode prints its lines and reads the learner's."""

    def __init__(self, source: TextIO, sink: TextIO, width: int | None = None) -> None:
        self.source = source
        self.sink = sink
        self.width = width or shutil.get_terminal_size((UNKNOWN_WIDTH, 24)).columns
        isatty = getattr(source, "isatty", None)
        self._echoed = bool(isatty is not None and isatty())

    def say(self, text: str = "") -> None:
        """Print ``text`` (wrapped to the width) and a line break, at once."""
        self._write(wrapped(text, self.width) + "\n")

    def ask(self, prompt: str) -> str:
        """Print the one-line prompt and read the learner's line, without its line break."""
        self._write(make_visible(prompt) + " ")
        line = self.source.readline(LONGEST_LINE + 1)
        if line == "":
            raise InputEnded
        if len(line) > LONGEST_LINE and not line.endswith("\n"):
            while (rest := self.source.readline(LONGEST_LINE)) and not rest.endswith("\n"):
                pass
            raise LineTooLong
        if not self._echoed:
            self._write("\n")  # a terminal echoes the learner's Enter; a pipe does not
        return line.rstrip("\r\n")

    def _write(self, text: str) -> None:
        try:
            self.sink.write(text)
            self.sink.flush()
        except (BrokenPipeError, ValueError) as closed:
            raise OutputClosed from closed


def standard_console() -> PlainConsole:
    """The console on this process's standard input and output, as UTF-8 text."""
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    return PlainConsole(sys.stdin, sys.stdout)
