"""A quick first look at a whole table of a progress file: is every record surely fine?

Two years of progress hold about a thousand records and ten thousand values, checked before the
first paint. Checking them one by one in Python was most of the time of opening the store
(benchmarks/store_two_years.py). Here each field is checked for the whole table at once, as a
column, with loops that run inside Python's built-ins (``set(map(type, ...))``, ``min``,
``max``, ``datetime.fromisoformat``). The answer is only ever "every record is fine" or "look
closer": a table that is not surely fine is checked record by record by validation.py, which
finds and words the first problem. So a column check may refuse more than the record checks
(never less): each one below accepts exactly the values its record check accepts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from iop_course.store.json_limits import UnsafeJson, check_json_value

Column = Sequence[Any]
ColumnCheck = Callable[[Column], bool]

_NONE = type(None)
_year = attrgetter("year")
_zone = attrgetter("tzinfo")


def types_of(column: Iterable[Any]) -> set[type]:
    """The exact types of the values (a bool is a bool here, never an int)."""
    return set(map(type, column))


def texts(column: Column) -> bool:
    """Every value is a string (``is_text``)."""
    return types_of(column) <= {str}


def bools(column: Column) -> bool:
    """Every value is true or false (``is_bool``)."""
    return types_of(column) <= {bool}


def whole_numbers_within(low: int, high: int) -> ColumnCheck:
    """Every value is a whole number (never a bool) from ``low`` to ``high``."""

    def check(column: Column) -> bool:
        return not column or (
            types_of(column) <= {int} and low <= min(column) and max(column) <= high
        )

    return check


def texts_among(allowed: frozenset[str]) -> ColumnCheck:
    """Every value is one of these strings (``one_of``)."""

    def check(column: Column) -> bool:
        return texts(column) and set(column) <= allowed

    return check


def stamps_within(earliest_year: int, latest_year: int, longest: int) -> ColumnCheck:
    """Every value is an ISO 8601 time of at most ``longest`` characters with its UTC offset,
    in a year from ``earliest_year`` to ``latest_year`` (``is_stamp``)."""

    def check(column: Column) -> bool:
        if not column:
            return True
        if not texts(column) or max(map(len, column)) > longest:
            return False
        try:
            moments = list(map(datetime.fromisoformat, column))
        except ValueError:
            return False
        return (
            None not in set(map(_zone, moments))
            and earliest_year <= min(map(_year, moments))
            and max(map(_year, moments)) <= latest_year
        )

    return check


def text_lists(column: Column) -> bool:
    """Every value is a list of strings (``is_text_list``)."""
    return types_of(column) <= {list} and types_of(chain.from_iterable(column)) <= {str}


def texts_at_most(longest: int) -> ColumnCheck:
    """Every value is a string of at most ``longest`` characters."""

    def check(column: Column) -> bool:
        return not column or (texts(column) and max(map(len, column)) <= longest)

    return check


def bools_or_none(column: Column) -> bool:
    """Every value is true, false or null (``bool_or_none``)."""
    return types_of(column) <= {bool, _NONE}


def or_none(check: ColumnCheck) -> ColumnCheck:
    """Every value is null or passes ``check``."""
    return lambda column: check([value for value in column if value is not None])


def finite_numbers_within(low_above: float, high: float) -> ColumnCheck:
    """Every value is a finite number (never a bool) above ``low_above`` and at most ``high``
    (``is_scheduler_number``)."""

    def check(column: Column) -> bool:
        return not column or (
            types_of(column) <= {int, float}
            and all(map(math.isfinite, column))
            and low_above < min(column)
            and max(column) <= high
        )

    return check


def plain_json(check: Callable[[Any], bool]) -> ColumnCheck:
    """Every value passes ``check`` and is plain JSON within the store's limits (for values
    that may nest, such as a setting or a quiz in progress); also how any check without a
    column check of its own is made one."""

    def column_check(column: Column) -> bool:
        if not all(map(check, column)):
            return False
        try:
            for value in column:
                check_json_value(value)
        except UnsafeJson:
            return False
        return True

    return column_check


def one_per_line(pattern: str) -> re.Pattern[str]:
    """A pattern that matches texts ``pattern`` matches whole, each followed by a line break
    (for ``surely_fine_columns``: one search for all the ids of a table)."""
    return re.compile(f"(?:(?:{pattern})\n)*")


def surely_fine_columns(
    table: Mapping[str, Any], id_lines: re.Pattern[str], field_checks: Mapping[str, ColumnCheck]
) -> dict[str, list[Any]] | None:
    """The table's columns (each field's values, record by record) when every id of ``table``
    is one ``id_lines`` (from ``one_per_line``) accepts and every record is an object with
    exactly the fields of ``field_checks``, each column passing its check; None means "check it
    record by record" (a problem may be there, or not)."""
    if not table:
        return {name: [] for name in field_checks}
    # One search over all the ids; an id with a line break of its own would add a line.
    joined = "\n".join(table) + "\n"
    if joined.count("\n") != len(table) or id_lines.fullmatch(joined) is None:
        return None
    documents = list(table.values())
    # Objects with as many fields as expected, each of them found: exactly the fields expected.
    if not types_of(documents) <= {dict} or set(map(len, documents)) != {len(field_checks)}:
        return None
    try:
        columns = {name: list(map(itemgetter(name), documents)) for name in field_checks}
    except KeyError:
        return None
    if all(check(columns[name]) for name, check in field_checks.items()):
        return columns
    return None
