"""The JSON the progress store agrees to read and write: plain values within safe limits.

A progress file can be damaged by a disk, edited by hand or written by a buggy tool. Python's
``json`` module accepts things that later crash the app far from the file: nesting thousands of
levels deep (RecursionError), numbers of thousands of digits (ValueError on 3.11+), ``NaN`` and
``1e999`` (which the app could never write back as JSON), and lone surrogate escapes such as
``"\\ud800"`` (which cannot be encoded as UTF-8, so every later save fails); and it reads an object
that names a key twice as "the last one wins", silently dropping a record. These limits are
checked once, where the bytes are read, and again on every value handed to the store, so the
store never writes a file that it would itself call damaged.
"""

from __future__ import annotations

import gc
import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

MAX_JSON_DEPTH = 32
"""How deeply lists and objects may nest inside one stored value (a quiz state, a setting)."""

LARGEST_WHOLE_NUMBER = 2**63 - 1
"""Whole numbers outside +/- this are refused: nothing in a course needs them."""

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class UnsafeJson(ValueError):
    """Raised when bytes or a value fall outside what the store reads and writes; says why."""


class _RepeatedName(ValueError):
    """A JSON object that names the same key twice."""


def decode_json_bytes(raw: bytes) -> Any:
    """Turn the bytes of a file into a JSON value, or raise UnsafeJson with a plain reason."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeJson(f"it is not valid text ({error.reason})") from error
    try:
        value = json.loads(
            text,
            parse_constant=refuse_constant,
            parse_float=refuse_infinite_float,
            object_pairs_hook=_refuse_duplicate_keys,
        )
    except RecursionError as error:
        raise UnsafeJson("it is nested too deeply") from error
    except json.JSONDecodeError as error:
        raise UnsafeJson(f"it is not valid JSON ({error.msg})") from error
    except _RepeatedName as error:
        raise UnsafeJson(str(error)) from error
    except ValueError as error:  # a number too long to read, or one refused by the hooks
        raise UnsafeJson(f"it holds a number that cannot be used ({error})") from error
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):  # the quick look first: no escape
        _refuse_lone_surrogates(value)
    return value


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a file's values are made (JSON has no cycles,
    so a collection would find nothing to free); as it was again afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def check_json_value(value: Any, depth: int = 0) -> None:
    """Raise UnsafeJson unless ``value`` is plain JSON within the limits above.

    Strings are not checked here for lone surrogates: ``decode_json_bytes`` and
    ``checked_json_copy`` do that once for the whole text, which is far cheaper.
    """
    if depth > MAX_JSON_DEPTH:
        raise UnsafeJson(f"a value is nested more than {MAX_JSON_DEPTH} levels deep")
    if value is None or isinstance(value, (bool, str)):
        return
    if isinstance(value, int):
        if not -LARGEST_WHOLE_NUMBER <= value <= LARGEST_WHOLE_NUMBER:
            raise UnsafeJson("a whole number is too large")
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnsafeJson("a number is not finite")
        return
    if isinstance(value, list):
        for item in value:
            check_json_value(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise UnsafeJson("an object has a key that is not text")
            check_json_value(item, depth + 1)
        return
    raise UnsafeJson(f"a value of type {type(value).__name__} is not JSON")


def checked_json_copy(value: Any) -> Any:
    """A private copy of ``value`` as it will read back from the file, checked against the limits.

    Raises TypeError for values JSON cannot hold (sets, objects) and ValueError (UnsafeJson) for
    values outside the limits; the caller's value is never kept, so changing it later changes
    nothing in the store.
    """
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except RecursionError as error:
        raise UnsafeJson("a value is nested too deeply") from error
    except ValueError as error:
        raise UnsafeJson(f"a value cannot be saved as JSON ({error})") from error
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise UnsafeJson("a text holds a lone surrogate character") from error
    copy = json.loads(text)
    check_json_value(copy)
    return copy


def checked_text(value: Any, name: str) -> str:
    """``value`` if it is text the file can hold, else TypeError or ValueError (the ids and
    keys the store is handed are checked with it before anything changes)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be text, not {type(value).__name__}")
    checked_json_copy(value)
    return value


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose names are all different; a repeated name is damage (a hand edit or a
    bad merge), since reading it would silently drop one of the two records."""
    value = dict(pairs)
    if len(value) != len(pairs):
        raise _RepeatedName("it has a name that appears twice in one object (a record or a field)")
    return value


def refuse_constant(name: str) -> float:
    """For ``json.loads``: NaN, Infinity and -Infinity are refused (ValueError)."""
    raise ValueError(f"{name} is not a number JSON allows")


def refuse_infinite_float(text: str) -> float:
    """For ``json.loads``: a number too large to be finite (1e999) is refused (ValueError)."""
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is too large")
    return number


def _refuse_lone_surrogates(value: Any) -> None:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        raise UnsafeJson("a text holds a lone surrogate escape") from error
    except RecursionError as error:
        raise UnsafeJson("it is nested too deeply") from error
