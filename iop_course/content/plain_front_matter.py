"""A fast reader for the plain front matter nearly every course file has; YAML reads the rest.

Start-up reads every lesson's front matter, and PyYAML was about half of the time start-up grows
by with each lesson (benchmarks/startup.py). Front matter written as in the authoring guide is only
``name: text`` lines, ``name: 8`` numbers and lists of ``  - text`` items, quoted on one line
where the text has a colon or quotes of its own (``"Say \\"no\\""``, ``'It''s'``); this reads
those directly, giving exactly what YAML would (PyYAML's own rules decide what is text), and
returns None for anything else (other escapes, comments, nesting, dates...) so YAML reads it.
It does not import PyYAML, a noticeable part of start-up, unless a file needs it.
"""

from __future__ import annotations

import re
from typing import Any

FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:[ ]+(.*))?$")
ITEM = re.compile(r"( *)-[ ]+(.*)$")
SMALL_NUMBER = re.compile(r"[1-9][0-9]{0,5}$")
PLAIN_START = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s]")
# PyYAML's implicit resolvers (yaml/resolver.py), verbatim: a plain value matching one of them
# is a yes/no, a number, a date, null... and not text.
NOT_TEXT = re.compile(
    r"""^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE
    |on|On|ON|off|Off|OFF)$
  |^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$
  |^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+
    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$
  |^(?:<<)$
  |^(?:~|null|Null|NULL|)$
  |^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
     (?:[Tt]|[ \t]+)[0-9][0-9]?
     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$
  |^(?:=)$""",
    re.X,
)
# PyYAML's reader refuses these characters: the complement of Reader.NON_PRINTABLE's class,
# written out because compiling that negated class is slow enough to show in start-up.
NON_PRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
YAML_LINE_BREAKS = "\r\x85\u2028\u2029"  # YAML reads these as line breaks
NOT_PLAIN = re.compile(NON_PRINTABLE.pattern[:-1] + YAML_LINE_BREAKS + "]")  # both, one search
# The only words NOT_TEXT matches: any other value that starts with a letter (and every field
# name, which does) is text without running that long pattern. Values starting with one of
# NOT_TEXT_STARTS may be numbers, dates, null...: NOT_TEXT decides those.
NOT_TEXT_WORDS = frozenset(
    spelling
    for word in ("yes", "no", "true", "false", "on", "off", "null")
    for spelling in (word, word.capitalize(), word.upper())
)
NOT_TEXT_STARTS = "-+.0123456789~<="
# Quoted text on one line: in double quotes, only the escapes of a quote and of a backslash (a
# translation quotes what a person says); in single quotes, a quote written twice.
DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\["\\])*)"')
DOUBLE_QUOTED_ESCAPE = re.compile(r'\\(["\\])')
SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_DECLINE = object()  # what ``_scalar`` gives for a value YAML must read


def read_plain(lines: list[str]) -> dict[str, Any] | None:
    """The fields of plain front matter, or None when YAML must read it."""
    text = "\n".join(lines)
    if NOT_PLAIN.search(text):
        return None  # YAML refuses or splits these: let it say so itself
    data: dict[str, Any] = {}
    key = ""  # the field being read
    items: list[Any] | None = None  # its list, if it has one
    item_indent: str | None = None
    for line in lines:
        if not line.strip(" "):
            continue
        item = ITEM.match(line) if items is not None else None  # items only under a name
        if item is not None and items is not None:
            if item_indent is None:
                item_indent = item.group(1)
            if item.group(1) != item_indent:
                return None
            value = _scalar(item.group(2))
            if value is _DECLINE:
                return None
            items.append(value)
            continue
        field = FIELD.match(line)
        if field is None or field.group(1) in NOT_TEXT_WORDS:
            return None
        if items is not None and not items:
            data[key] = None  # a name with no value and no items under it
        key, items, item_indent = field.group(1), None, None
        if field.group(2) is None or not field.group(2).strip(" "):
            items = []
            data[key] = items
            continue
        value = _scalar(field.group(2))
        if value is _DECLINE:
            return None
        data[key] = value
    if items is not None and not items:
        data[key] = None
    return data


def _scalar(written: str) -> Any:
    """One value as YAML reads it, or ``_DECLINE`` when it is not plain enough to be sure."""
    text = written.rstrip(" ")
    if text[:1] == '"':
        quoted = DOUBLE_QUOTED.fullmatch(text)
        return _DECLINE if quoted is None else DOUBLE_QUOTED_ESCAPE.sub(r"\1", quoted[1])
    if text[:1] == "'":
        quoted = SINGLE_QUOTED.fullmatch(text)
        return _DECLINE if quoted is None else quoted[1].replace("''", "'")
    if (
        not PLAIN_START.match(text)
        or ": " in text
        or " #" in text
        or "\t" in text
        or text.endswith(":")
    ):
        return _DECLINE
    if text[0] not in NOT_TEXT_STARTS:
        return _DECLINE if text in NOT_TEXT_WORDS else text
    if SMALL_NUMBER.match(text):
        return int(text)
    return _DECLINE if NOT_TEXT.match(text) else text
