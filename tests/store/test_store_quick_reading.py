"""A progress file read the quick way (json's C code, names counted) reads as the exact way does.

``read_progress_bytes`` decodes a file without asking Python about each object and proves by
counting that no object names a key twice (repeated_names.py); anything it cannot prove is read
the exact way (each object's names checked as it is decoded). Either way the result, or the
damage found and its words, must be the exact way's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.store import json_limits, validation
from iop_course.store.errors import DamagedProgressFile, UnsupportedProgressVersion

PATH = Path("progress.json")
COLONY = st.text(alphabet='ab:é "\\\n', max_size=6)  # colons, quotes, escapes, non-ASCII
STAMPS = st.sampled_from(
    ["2026-01-02T03:04:05+00:00", "2025-12-31T23:59:59.000001+05:45"] * 4 + ["2026-01-02T03:04:05"]
)


class Pairs(list):  # type: ignore[type-arg]
    """An object written with its pairs as they are, so a name may be given twice."""


def write(value: Any) -> str:
    """JSON text of ``value``, with ``Pairs`` written pair by pair."""
    if isinstance(value, Pairs):
        return (
            "{"
            + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {write(v)}" for k, v in value)
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(map(write, value)) + "]"
    return json.dumps(value, ensure_ascii=False)


nested = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | COLONY,
    lambda children: (
        st.lists(children, max_size=3)
        | st.lists(st.tuples(COLONY, children), max_size=3).map(Pairs)
    ),
    max_leaves=6,
)


def record(fields: dict[str, Any]) -> st.SearchStrategy[Pairs]:
    return st.fixed_dictionaries(fields).map(lambda chosen: Pairs(chosen.items()))


QUESTION = record(
    {
        "learner": st.just("me"),
        "lesson_id": COLONY,
        "question_id": COLONY,
        "last_picked": st.lists(COLONY, max_size=2),
        "last_correct": st.booleans(),
        "first_try_correct": st.none() | st.booleans(),
        "times_right": st.integers(0, 3),
        "times_wrong": st.integers(0, 3),
        "first_answered": STAMPS,
        "last_answered": STAMPS,
    }
)
SETTING = record({"learner": st.just("me"), "key": COLONY, "value": nested})
SESSION = record({"learner": st.just("me"), "lesson_id": COLONY, "state": nested})


def table(records: st.SearchStrategy[Pairs]) -> st.SearchStrategy[Pairs]:
    return st.lists(records, max_size=4).map(
        lambda rows: Pairs((str(number), row) for number, row in enumerate(rows, start=1))
    )


files = st.builds(
    lambda settings, questions, sessions: Pairs(
        [
            ("meta", Pairs([("1", Pairs([("schema_version", 3)]))])),
            ("settings", settings),
            ("quiz_questions", questions),
            ("quiz_sessions", sessions),
        ]
    ),
    table(SETTING),
    table(QUESTION),
    table(SESSION),
)


def objects(value: Any) -> list[Pairs]:
    """Every object in ``value``, outermost first."""
    found = []
    if isinstance(value, Pairs):
        found.append(value)
        for _, item in value:
            found.extend(objects(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(objects(item))
    return found


def outcome(read: Any, raw: bytes) -> Any:
    try:
        stored = read(PATH, raw)
    except (DamagedProgressFile, UnsupportedProgressVersion) as error:
        return type(error).__name__, str(error)
    return stored.version, stored.tables


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files, st.data())
def test_a_file_reads_as_the_exact_reading_reads_it(file: Pairs, data: st.DataObject) -> None:
    """Whatever the strings hold (colons, quotes, escapes), and whichever object names one of
    its keys twice, the quick reading gives the exact reading's result or damage."""
    twice = data.draw(st.booleans())
    if twice:
        chosen = data.draw(st.sampled_from([found for found in objects(file) if found]))
        name, value = data.draw(st.sampled_from(chosen))
        chosen.insert(
            data.draw(st.integers(0, len(chosen))), (name, data.draw(nested | st.just(value)))
        )
    raw = write(file).encode()
    exact = outcome(validation._read_exactly, raw)
    exactly = validation._read_exactly
    read_exactly: list[bytes] = []
    validation._read_exactly = lambda path, raw: read_exactly.append(raw) or exactly(path, raw)
    try:
        assert outcome(validation.read_progress_bytes, raw) == exact
    finally:
        validation._read_exactly = exactly
    if twice:
        assert "appears twice" in str(exact)
    elif isinstance(exact[0], int) and b"\\u" not in raw:
        assert not read_exactly  # proved by counting: a sound file is read the quick way


def test_the_app_s_own_file_is_read_without_the_names_hook(monkeypatch) -> None:
    """A file as the app writes it (colons in its stamps and ids) is proved free of repeated
    names by counting: the hook that checks each object is never called."""
    tables = {
        "meta": {"1": {"schema_version": 3}},
        "settings": {"1": {"learner": "me", "key": "k:1", "value": {"a:b": ["c:d", 1]}}},
        "lessons": {
            "1": {
                "learner": "me",
                "lesson_id": "m:1/l",
                "status": "done",
                "page": 0,
                "where": "quiz",
                "updated_at": "2026-01-02T03:04:05.000006+00:00",
            }
        },
        "quiz_questions": {
            "1": {
                "learner": "me",
                "lesson_id": "m:1/l",
                "question_id": "q:1",
                "last_picked": ["a:b", "c"],
                "last_correct": False,
                "first_try_correct": None,
                "times_right": 0,
                "times_wrong": 1,
                "first_answered": "2026-01-02T03:04:05+00:00",
                "last_answered": "2026-01-02T03:04:05+00:00",
            }
        },
    }
    raw = json.dumps(tables, ensure_ascii=False).encode()

    def refused(pairs: Any) -> Any:
        raise AssertionError("each object's names were checked one by one")

    monkeypatch.setattr(json_limits, "_refuse_duplicate_keys", refused)
    stored = validation.read_progress_bytes(PATH, raw)
    assert stored.tables == tables


@pytest.mark.parametrize(
    "raw",
    [
        b'{"meta": {"1": {"schema_version": 3}}, "lessons": {}, "lessons": {}}',
        b'{"meta": {"1": {"schema_version": 3}}, "settings": {"1": {"learner": "me", '
        b'"key": "a", "value": 1, "value": 2}}}',
        b'{"meta": {"1": {"schema_version": 3}}, "settings": {"1": {"learner": "me", '
        b'"key": "\\u003a", "value": {"x": 1, "x": 1}}}}',
    ],
    ids=["a section twice", "a field twice", "a name twice beside an escaped colon"],
)
def test_a_name_given_twice_is_damage_as_before(raw: bytes) -> None:
    with pytest.raises(DamagedProgressFile, match="appears twice"):
        validation.read_progress_bytes(PATH, raw)
