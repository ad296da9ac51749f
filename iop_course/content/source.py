"""Reading an author's file: UTF-8 text, then the YAML front matter between ``---`` lines.

Every mistake found here becomes a ``Problem`` with the file and line, worded for an author who
is not a programmer; nothing here raises on bad content. This is also the edge where control
characters are made visible (``safe_text``), so nothing read from a file can command the terminal.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iop_course.content.control_words import lines_with_controls
from iop_course.content.model import Problem
from iop_course.content.yaml_reader import read_front_matter
from iop_course.i18n import Later
from iop_course.safe_text import CONTROL, make_visible

FENCE = "---"
NOT_UTF8 = Later.gettext(
    "this file is not saved as UTF-8 text. Open it in your editor and save it with the "
    "encoding UTF-8."
)


@dataclass
class SourceFile:
    """A content file split into its front matter and its Markdown body.

    ``body_line`` is the file line (1-based) where the body starts, so body problems can point at
    the right line in the file.
    """

    path: Path
    front_matter: dict[str, Any]
    body: str
    body_line: int
    problems: list[Problem] = field(default_factory=list)
    front_lines: list[str] = field(default_factory=list)
    control_characters: list[Problem] = field(default_factory=list)

    def field_line(self, name: str) -> int:
        """The file line of a front-matter field, so a problem with it points at it."""
        prefix = f"{name}:"
        for offset, line in enumerate(self.front_lines):
            if line.startswith(prefix):
                return offset + 2
        return 1

    def problem(self, line: int, message: str, **kwargs: Any) -> Problem:
        """A problem in this file; ``line`` is a file line."""
        return Problem(self.path, line, message, **kwargs)


def read_text(path: Path) -> tuple[str, list[Problem]] | Problem:
    """Read a file as UTF-8 text, or say where its first non-UTF-8 byte is.

    The text comes back with its control characters made visible, and one problem for each
    line that held any.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        return Problem(path, 1, _not_opened(error))
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return _decoded(path, data)


def read_front_only(path: Path, required: bool) -> SourceFile | Problem | None:
    """Read a file's front matter and not its body, as ``read_text`` then
    ``split_front_matter`` would (the body is "", ``body_line`` says where it starts).

    Start-up needs only each lesson's front matter; its body is read, and its control
    characters found, when the lesson is opened. Returns None when the head has a carriage
    return alone on a line, which only a whole read splits into lines rightly.
    """
    head: list[bytes] = []
    try:
        with path.open("rb") as file:
            head.append(file.readline().removeprefix(codecs.BOM_UTF8))
            if head[0].strip() == FENCE.encode():
                for line in file:
                    head.append(line)
                    if line.strip() in (b"---", b"..."):
                        break
    except OSError as error:
        return Problem(path, 1, _not_opened(error))
    data = b"".join(head)
    if b"\r" in data.replace(b"\r\n", b""):
        return None
    read = _decoded(path, data.replace(b"\r\n", b"\n"))
    if isinstance(read, Problem):
        return read
    text, controls = read
    source = split_front_matter(path, text, required)
    source.body = ""
    source.control_characters[:0] = controls
    return source


def _not_opened(error: OSError) -> Later:
    """Why a file could not be opened, in words (the system's reason, as it gives it)."""
    return Later.gettext("this file could not be opened ({reason}).", reason=error.strerror)


def _decoded(path: Path, data: bytes) -> tuple[str, list[Problem]] | Problem:
    """``data`` as UTF-8 text with its control characters made visible, as ``read_text``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return Problem(path, line, NOT_UTF8)
    if CONTROL.search(text) is None:
        return text, []
    controls = [Problem(path, line, message) for line, message in lines_with_controls(text)]
    return make_visible(text), controls


def split_front_matter(path: Path, text: str, required: bool) -> SourceFile:
    """Split off and parse the front matter; report when it is missing, unclosed or not YAML.

    Only the front matter is split into lines: start-up reads nothing else of a lesson.
    """
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).strip() != FENCE:
        problems = []
        if required:
            problems.append(
                Problem(
                    path,
                    1,
                    Later.gettext(
                        "the file must start with front matter: a line with ---, "
                        "then title: and summary:, then another line with ---."
                    ),
                )
            )
        return SourceFile(path, {}, text, 1, problems)
    front_lines: list[str] = []
    start = first_end + 1
    while first_end >= 0:
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip() in (FENCE, "..."):
            front = read_front_matter(path, front_lines)
            body = "" if end < 0 else text[end + 1 :]
            return SourceFile(
                path,
                front.data,
                body,
                len(front_lines) + 3,
                front.problems,
                front_lines,
                front.control_characters,
            )
        front_lines.append(line)
        if end < 0:
            break
        start = end + 1
    return SourceFile(
        path,
        {},
        "",
        text.count("\n") + 1,
        [
            Problem(
                path,
                1,
                Later.gettext(
                    "the front matter starts with --- on line 1 but never ends: "
                    "add a line with --- after it."
                ),
            )
        ],
    )
