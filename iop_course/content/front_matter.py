"""Checking the fields of a lesson's or module's front matter and turning them into plain values.

Authors type YAML by hand, so every field is checked for the type it needs and each mistake is
reported at the field's own line; unknown fields are flagged too, since they are usually typos.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iop_course.content.model import Problem, Severity
from iop_course.content.source import SourceFile
from iop_course.content.yaml_reader import shown_value
from iop_course.i18n import Later

LESSON_FIELDS = ("title", "summary", "minutes", "objectives", "sources")
MODULE_FIELDS = ("title", "summary")
PAIR_FIELDS = ("translates",)
"""What a translation (a ``.es.md`` file) adds to its kind's fields: the English it translates."""
MAX_MINUTES = 999  # anything longer is a typo, and a huge number cannot even be shown


@dataclass
class Fields:
    """The front-matter values of one file, already checked."""

    title: str = ""
    summary: str = ""
    minutes: int | None = None
    objectives: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)


def read_fields(source: SourceFile, known: tuple[str, ...]) -> Fields:
    """Check a file's front matter against the fields this kind of file may have."""
    data = source.front_matter
    fields = Fields()
    fields.title = _text(source, data, "title", fields.problems)
    fields.summary = _text(source, data, "summary", fields.problems)
    if "minutes" in known:
        fields.minutes = _whole_number(source, data, fields.problems)
    if "objectives" in known:
        fields.objectives = _text_list(source, data, "objectives", fields.problems)
    if "sources" in known:
        fields.sources = _text_list(source, data, "sources", fields.problems)
    for name in data:
        if name in PAIR_FIELDS and name not in known:
            fields.problems.append(
                source.problem(
                    source.field_line(str(name)),
                    Later.gettext(
                        "'{name}' belongs only in a translation (a file ending in .es.md), "
                        "where it records the English text it translates: remove it here.",
                        name=name,
                    ),
                    severity=Severity.WARNING,
                )
            )
        elif name not in known:
            fields.problems.append(
                source.problem(
                    source.field_line(str(name)),
                    Later.gettext(
                        "unknown field '{name}' (the fields are: {fields}); check its spelling.",
                        name=name,
                        fields=", ".join(known),
                    ),
                    severity=Severity.WARNING,
                )
            )
    return fields


def _text(source: SourceFile, data: dict[str, Any], name: str, problems: list[Problem]) -> str:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(
            source.problem(
                source.field_line(name),
                Later.gettext(
                    "the {name} is missing: add a line '{name}: ...' to the front matter.",
                    name=name,
                ),
            )
        )
        return ""
    if isinstance(value, (dict, list, set)):
        problems.append(
            source.problem(
                source.field_line(name),
                Later.gettext("the {name} must be one line of text.", name=name),
            )
        )
        return ""
    return value.strip() if isinstance(value, str) else shown_value(value)


def _whole_number(source: SourceFile, data: dict[str, Any], problems: list[Problem]) -> int | None:
    value = data.get("minutes")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_MINUTES:
        problems.append(
            source.problem(
                source.field_line("minutes"),
                Later.gettext(
                    "minutes must be a whole number like 10, not '{value}'.",
                    value=shown_value(value),
                ),
            )
        )
        return None
    return value


def _text_list(
    source: SourceFile, data: dict[str, Any], name: str, problems: list[Problem]
) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return ()
    if not isinstance(value, list) or any(isinstance(item, (dict, list, set)) for item in value):
        problems.append(
            source.problem(
                source.field_line(name),
                Later.gettext(
                    "{name} must be a list, one item per line starting with '- '.", name=name
                ),
            )
        )
        return ()
    texts = (
        item.strip() if isinstance(item, str) else shown_value(item)
        for item in value
        if item is not None
    )
    return tuple(text for text in texts if text)
