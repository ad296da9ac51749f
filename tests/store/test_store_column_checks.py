"""The quick whole-column look at a progress file accepts exactly what the record checks accept.

Opening two years of progress checks about ten thousand values before the first paint; checking
a whole column at once (column_checks.py) made that several times cheaper. It is only safe if a
column passes exactly when every value in it passes its record check and the JSON limits: a
column check that let one damaged value through would let the store use a damaged file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.store import ProgressStore, validation
from iop_course.store.errors import DamagedProgressFile
from iop_course.store.json_limits import UnsafeJson, check_json_value
from iop_course.store.validation import (
    TABLES_BY_VERSION,
    OneOf,
    column_check,
    read_progress_bytes,
)
from iop_course.store.worksheet_answers import LARGEST_ANSWER
from tests.store.two_years import two_year_folder

EVERY_CHECK = list(
    {
        check: None
        for tables in TABLES_BY_VERSION.values()
        for fields in tables.values()
        for check in fields.values()
    }
)
STAMPS = [
    "2026-01-02T03:04:05.000006+00:00",
    "2026-01-02T03:04:05+02:00",
    "1970-01-01T00:00:00-05:00",
    "2199-12-31T23:59:59+14:00",
    "1969-12-31T23:59:59+00:00",
    "2200-01-01T00:00:00+00:00",
    "2026-01-02T03:04:05",
    "2026-02-30T00:00:00+00:00",
    "2026-01-02T03:04:05.000006+00:00" + " " * 10,
    "2026-01-02T03:04:05.000006+00:00:00.000000",  # a time, but longer than a stamp may be
    "not a time",
]
NUMBERS: list[Any] = [0, 1, 99, 100, 101, -1, 10**9, 10**9 + 1, 2**63, -(2**63) - 1, 0.0, 0.5, 1.0]
NUMBERS += [1e6, 1e6 + 1, -0.5, math.nan, math.inf, -math.inf, True, False, None]
TEXTS = ["", "me", "done", "in_progress", "not_started", "lesson", "quiz", "first", "review"]
TEXTS += ["learning", "relearning", "a" * LARGEST_ANSWER, "a" * (LARGEST_ANSWER + 1), "x\n1"]
NESTED = [[], ["a"], ["a", 1], [None], [["a"]], {}, {"a": 1}, {"a": math.nan}, {"a": [2**64]}]
NESTED += [json.loads("[" * 40 + "]" * 40), {"position": 2, "answers": {"q1": ["a"]}}]
POOL = STAMPS + NUMBERS + TEXTS + NESTED
SHAPES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)


def value_passes(check: Any, value: Any) -> bool:
    """What the record-by-record check says of one value: its check and the JSON limits."""
    if not check(value):
        return False
    try:
        check_json_value(value)
    except UnsafeJson:
        return False
    return True


def name_of(check: Any) -> str:
    """The check's name, the same in every process (a set's order is not)."""
    if isinstance(check, OneOf):
        return "one_of_" + "_".join(sorted(check.allowed))
    return str(check.__name__)


@pytest.mark.parametrize("check", EVERY_CHECK, ids=name_of)
def test_one_value_passes_its_column_exactly_when_it_passes_its_check(check: Any) -> None:
    for value in POOL:
        assert column_check(check)([value]) == value_passes(check, value), value


@pytest.mark.parametrize("check", EVERY_CHECK, ids=name_of)
def test_a_value_among_good_ones_fails_their_column_exactly_when_it_fails_its_check(
    check: Any,
) -> None:
    """Before and after each value that passes (a NaN after a number escapes min and max)."""
    good = [value for value in POOL if value_passes(check, value)]
    for value in POOL:
        for other in good:
            passes = value_passes(check, value)
            assert column_check(check)([other, value]) == passes, (other, value)
            assert column_check(check)([value, other, other]) == passes, (value, other)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EVERY_CHECK), st.data())
def test_a_column_passes_exactly_when_every_value_does(check: Any, data: st.DataObject) -> None:
    """A column of values that pass, with or without one value of any kind among them."""
    good = [value for value in POOL if value_passes(check, value)]
    column = data.draw(st.lists(st.sampled_from(good), max_size=6)) if good else []
    if data.draw(st.booleans()):
        odd = data.draw(st.sampled_from(POOL) | SHAPES)
        column.insert(data.draw(st.integers(0, len(column))), odd)
    assert column_check(check)(column) == all(value_passes(check, value) for value in column)


def two_years(tmp_path: Path) -> tuple[Path, bytes]:
    """The progress file two years of the built-in course leave, in today's format."""
    folder = two_year_folder(tmp_path / "data")
    ProgressStore.open(folder).close()
    path = folder / "progress.json"
    return path, path.read_bytes()


def test_a_sound_file_is_never_checked_record_by_record(tmp_path, monkeypatch) -> None:
    path, raw = two_years(tmp_path)
    looked_closer: list[str] = []
    monkeypatch.setattr(
        validation, "_check_records", lambda p, name, *_: looked_closer.append(name)
    )
    read_progress_bytes(path, raw)
    assert looked_closer == []


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ('"percent": ', '"percent": -'),
        ('"at": "2', '"at": "1'),
    ],
)
def test_a_damaged_record_is_still_found_and_named(tmp_path, change, words) -> None:
    path, raw = two_years(tmp_path)
    text = raw.decode()
    where = text.index(change, text.index('"quiz_scores"'))
    damaged = text[:where] + text[where:].replace(change, words, 1)
    with pytest.raises(DamagedProgressFile) as raised:
        read_progress_bytes(path, damaged.encode())
    assert "of the 'quiz_scores' section has a wrong" in str(raised.value)
