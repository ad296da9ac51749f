"""Proof that a progress file names nothing twice, without asking Python about each object.

An object that names a key twice is damage (json_limits: reading it would silently drop one of
the two records), so ``decode_json_bytes`` hands every object of the file to a Python hook that
compares its names with its keys; two years of progress hold thousands of objects, and the hook
was a large part of opening the store. The file can instead be decoded by json alone (its C
code builds the objects), and a count then proves that no name was dropped:

In JSON text, a colon outside a string only ever follows an object's name, so the text's colons
are the names of all its objects plus the colons written inside strings. Decoded, every name kept
and every string kept can be counted (``names_and_colons``). A name given twice drops a pair,
whose name the text still has: the text then has more colons than the decoded value accounts
for. A ``\\u`` escape can write a colon without a colon, so a text with one is not counted here
(the caller decodes it with the hook, as before); with none, the counts are equal exactly when
no object names a key twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import chain
from typing import Any

from iop_course.store.column_checks import types_of
from iop_course.store.json_limits import refuse_constant, refuse_infinite_float

_NO_TEXT = {bool, int, float, type(None)}


def decode_leniently(raw: bytes) -> Any:
    """The bytes' JSON value as ``decode_json_bytes`` reads it, but with a name given twice
    kept once (count it with ``names_and_colons``); ValueError or RecursionError for anything
    that function would refuse otherwise."""
    text = raw.decode("utf-8")
    return json.loads(text, parse_constant=refuse_constant, parse_float=refuse_infinite_float)


def colons_of(raw: bytes) -> int | None:
    """The colons a decoded value of ``raw`` must account for (counted in the bytes: no other
    character's UTF-8 has the colon's byte), or None when a ``\\u`` escape may write one that
    is not counted (the file must then be decoded with its names checked)."""
    if b"\\" in raw and b"\\u" in raw:  # most files have no backslash, found at once
        return None
    return raw.count(b":")


def names_and_colons(value: Any) -> int:
    """The names of every object in ``value`` and the colons in its strings (names included)."""
    if isinstance(value, str):
        return value.count(":")
    if isinstance(value, dict):
        return len(value) + sum(
            name.count(":") + names_and_colons(item) for name, item in value.items()
        )
    if isinstance(value, list):
        return sum(map(names_and_colons, value))
    return 0


def column_names_and_colons(column: Sequence[Any]) -> int:
    """``names_and_colons`` of every value of a table's column, counted by the column: texts
    joined, numbers and true or false at once, lists of texts joined; anything else value by
    value."""
    kinds = types_of(column)
    if kinds <= {str}:
        return "".join(column).count(":")
    if kinds <= _NO_TEXT:
        return 0
    if kinds <= {list}:
        items = list(chain.from_iterable(column))
        if types_of(items) <= {str}:
            return "".join(items).count(":")
    return sum(map(names_and_colons, column))
