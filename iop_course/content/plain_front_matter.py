"""A fast reader for the plain front matter nearly every course file has; YAML reads the rest.

Start-up reads every lesson's front matter, and PyYAML spends about 0.1 ms on each, half of the
time start-up grows per lesson. Front matter written as in the authoring guide is only
``name: text`` lines, ``name: 8`` numbers and lists of ``  - text`` items; this reads those
directly, giving exactly what YAML would (the same resolver decides what is text), and returns
None for anything else (quotes with escapes, comments, nesting, dates...) so YAML reads it.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import ScalarNode
from yaml.reader import Reader
from yaml.resolver import Resolver

FIELD = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:[ ]+(.*))?$")
ITEM = re.compile(r"( *)-[ ]+(.*)$")
SMALL_NUMBER = re.compile(r"[1-9][0-9]{0,5}$")
PLAIN_START = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s]")
TEXT_TAG = "tag:yaml.org,2002:str"
NUMBER_TAG = "tag:yaml.org,2002:int"
_RESOLVER = Resolver()
YAML_LINE_BREAKS = ("\x85", "\u2028", "\u2029")  # YAML reads these as line breaks


def read_plain(lines: list[str]) -> dict[str, Any] | None:
    """The fields of plain front matter, or None when YAML must read it."""
    text = "\n".join(lines)
    if Reader.NON_PRINTABLE.search(text) or any(mark in text for mark in YAML_LINE_BREAKS):
        return None  # YAML refuses or splits these: let it say so itself
    data: dict[str, Any] = {}
    items: list[Any] | None = None
    item_indent = None
    for line in lines:
        if not line.strip():
            continue
        item = ITEM.match(line)
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
        if field is None or _RESOLVER.resolve(ScalarNode, field.group(1), (True, False)) \
                != TEXT_TAG:
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


_DECLINE = object()


def _scalar(written: str) -> Any:
    """One value as YAML reads it, or ``_DECLINE`` when it is not plain enough to be sure."""
    text = written.rstrip(" ")
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        inner = text[1:-1]
        return _DECLINE if (text[0] in inner or "\\" in inner) else inner
    if not PLAIN_START.match(text) or ": " in text or " #" in text or "\t" in text \
            or text.endswith(":"):
        return _DECLINE
    tag = _RESOLVER.resolve(ScalarNode, text, (True, False))
    if tag == TEXT_TAG:
        return text
    if tag == NUMBER_TAG and SMALL_NUMBER.match(text):
        return int(text)
    return _DECLINE
