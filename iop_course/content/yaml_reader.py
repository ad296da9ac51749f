"""Reading front matter YAML so that no value an author types can crash the app or the checker.

PyYAML raises more than ``YAMLError``: ``title: 2024-02-30`` or a bad time-zone offset raise
``ValueError`` while a date is built, and so does a number of 5,000 digits. Each becomes a mistake
at the line of the field it is in. Strings that come out of YAML escapes (``"\\e]0;..."``) are
made visible here too, as text read from the file is in ``source.read_text``. Plain front matter
(nearly all of it) is read by ``plain_front_matter`` first, which is faster and gives the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iop_course.content.control_words import control_message
from iop_course.content.model import Problem
from iop_course.content.plain_front_matter import read_plain
from iop_course.i18n import Later
from iop_course.safe_text import CONTROL, make_visible

SAFE_LOADER: Any = None  # PyYAML's loader class; None means its C loader when built (tests pin one)
FIRST_LINE = 2  # front matter starts on the file's second line, after the opening ---
YAML_HELP = Later.gettext(
    "Each line should look like 'title: Some words'; put text with a colon in double quotes."
)
VALUE_HELP = Later.gettext(
    "this value could not be read: it looks like a date, a time or a number, but is "
    "not a valid one. If it is text, put it in double quotes."
)
LONGEST_SHOWN = 40


@dataclass
class FrontMatter:
    """The fields of one front matter, the mistakes found in it, and control characters."""

    data: dict[Any, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    control_characters: list[Problem] = field(default_factory=list)


def read_front_matter(path: Path, lines: list[str]) -> FrontMatter:
    """Parse the lines between the two ``---`` fences; never raises on what an author wrote."""
    front = FrontMatter()
    plain = read_plain(lines)
    if plain is not None:
        front.data = plain  # no escapes in plain text: read_text already made controls visible
        return front
    import yaml  # only when a file's front matter is not plain: its import slows start-up

    text = "\n".join(lines)
    try:
        data = yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as error:
        front.problems.append(
            Problem(
                path,
                _error_line(error, text),
                Later.gettext(
                    "the front matter could not be read ({why}). {help}",
                    why=error.problem or Later.gettext("it is not valid"),
                    help=YAML_HELP,
                ),
            )
        )
        return front
    except yaml.YAMLError:
        front.problems.append(
            Problem(
                path,
                FIRST_LINE,
                Later.gettext("the front matter could not be read. {help}", help=YAML_HELP),
            )
        )
        return front
    except (ValueError, OverflowError, RecursionError):  # a value YAML could not build
        front.problems.append(Problem(path, _unbuildable_line(text), VALUE_HELP))
        return front
    if data is None:
        return front
    if not isinstance(data, dict):
        front.problems.append(
            Problem(
                path, FIRST_LINE, Later.gettext("the front matter must be lines of 'name: value'.")
            )
        )
        return front
    front.data = _visible_fields(path, data, lines, front.control_characters)
    return front


def shown_value(value: object) -> str:
    """A value as a short text for a message; lists, big numbers and long text are cut short."""
    if isinstance(value, (dict, list, set, tuple)):
        if isinstance(value, (list, tuple, set)):
            return Later.gettext("a list")
        return Later.gettext("a group of fields")
    if isinstance(value, int) and value.bit_length() > 128:
        return Later.gettext("a very long number")
    text = make_visible(str(value))
    return text if len(text) <= LONGEST_SHOWN else text[: LONGEST_SHOWN - 1] + "\u2026"


def _loader() -> Any:
    import yaml

    return SAFE_LOADER or getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _error_line(error: Any, text: str) -> int:
    mark = error.problem_mark or error.context_mark
    if error.context_mark and mark and mark.index >= len(text):
        mark = error.context_mark  # the text ended inside a quote or bracket: where it opened
    return mark.line + FIRST_LINE if mark else FIRST_LINE


def _unbuildable_line(text: str) -> int:
    """The line of the first field whose value YAML parses but cannot build."""
    import yaml

    try:
        root = yaml.compose(text, Loader=_loader())
    except Exception:
        return FIRST_LINE
    if not isinstance(root, yaml.MappingNode):
        return FIRST_LINE
    for key, value in root.value:
        for node in (key, value):
            try:
                _loader()("").construct_object(node, deep=True)
            except Exception:
                return node.start_mark.line + FIRST_LINE
    return FIRST_LINE


def _visible_fields(
    path: Path, data: dict[Any, Any], lines: list[str], found: list[Problem]
) -> dict[Any, Any]:
    """The fields with control characters in names, text and lists of text made visible."""
    visible: dict[Any, Any] = {}
    for name, value in data.items():
        texts = [name, value] + (value if isinstance(value, list) else [])
        unsafe = [text for text in texts if isinstance(text, str) and CONTROL.search(text)]
        if unsafe:
            found.append(
                Problem(
                    path,
                    _field_line(lines, make_visible(str(name))),
                    control_message("".join(unsafe)),
                )
            )
        visible[_visible(name)] = (
            [_visible(item) for item in value] if isinstance(value, list) else _visible(value)
        )
    return visible


def _visible(value: Any) -> Any:
    return make_visible(value) if isinstance(value, str) else value


def _field_line(lines: list[str], name: str) -> int:
    prefix = f"{name}:"
    for offset, line in enumerate(lines):
        if line.startswith(prefix):
            return offset + FIRST_LINE
    return FIRST_LINE
