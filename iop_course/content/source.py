"""Reading an author's file: UTF-8 text, then the YAML front matter between ``---`` lines.

Every mistake found here becomes a ``Problem`` with the file and line, worded for an author who
is not a programmer; nothing here raises on bad content.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from iop_course.content.model import Problem

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is faster when built

FENCE = "---"


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


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """Read a file as UTF-8 text, or say where its first non-UTF-8 byte is."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, Problem(path, 1, f"this file could not be opened ({error.strerror}).")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, Problem(
            path,
            line,
            "this file is not saved as UTF-8 text. Open it in your editor and save it "
            "with the encoding UTF-8.",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def split_front_matter(path: Path, text: str, required: bool) -> SourceFile:
    """Split off and parse the front matter; report when it is missing, unclosed or not YAML."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        problems = []
        if required:
            problems.append(
                Problem(path, 1, "the file must start with front matter: a line with ---, "
                        "then title: and summary:, then another line with ---.")
            )
        return SourceFile(path, {}, text, 1, problems)
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in (FENCE, "...")), None)
    if closing is None:
        return SourceFile(
            path, {}, "", len(lines),
            [Problem(path, 1, "the front matter starts with --- on line 1 but never ends: "
                     "add a line with --- after it.")],
        )
    front_lines = lines[1:closing]
    data, problem = _parse_yaml(path, "\n".join(front_lines))
    return SourceFile(
        path, data, "\n".join(lines[closing + 1:]), closing + 2,
        [problem] if problem else [], front_lines,
    )


def _parse_yaml(path: Path, text: str) -> tuple[dict[str, Any], Problem | None]:
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark and mark and mark.index >= len(text):
            mark = error.context_mark  # the text ended inside a quote or bracket: where it opened
        line = mark.line + 2 if mark else 2
        reason = error.problem or "it is not valid"
        return {}, Problem(
            path, line, f"the front matter could not be read ({reason}). Each line should look "
            "like 'title: Some words'; put text with a colon in double quotes."
        )
    except yaml.YAMLError:
        return {}, Problem(path, 2, "the front matter could not be read.")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, Problem(path, 2, "the front matter must be lines of 'name: value'.")
    return data, None
