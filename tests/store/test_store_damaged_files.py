"""No damaged progress file stops the app: every invalid file is kept aside, told, the backup used.

Each case here crashed every launch before the whole file was checked: the store read a field
deep inside a screen, or Python's json module accepted what the app could never use.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.store import ProgressStore, UnsupportedProgressVersion
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCHEMA_VERSION

LESSON = {
    "learner": "me",
    "lesson_id": "m/l",
    "status": "in_progress",
    "page": 2,
    "where": "lesson",
    "updated_at": "2026-01-02T03:04:05.000006+00:00",
}
SESSION = {"learner": "me", "lesson_id": "m/l", "state": {"position": 1}}
SCORE = {
    "learner": "me",
    "lesson_id": "m/l",
    "percent": 50,
    "pass_percent": 80,
    "at": "2026-01-02T03:04:05+00:00",
}
ATTEMPT = {
    "learner": "me",
    "lesson_id": "m/l",
    "question_id": "q1",
    "picked": ["a"],
    "correct": True,
    "phase": "first",
    "at": "2026-01-02T03:04:05.000006+00:00",
}


def good_file(version: object = 1) -> dict[str, Any]:
    """A complete, valid version-1 progress file with one record in every table."""
    return {
        "meta": {"1": {"schema_version": version}},
        "settings": {"1": {"learner": "me", "key": "theme", "value": "textual-dark"}},
        "lessons": {"1": dict(LESSON)},
        "quiz_attempts": {"1": dict(ATTEMPT)},
        "quiz_sessions": {"1": dict(SESSION)},
        "quiz_scores": {"1": dict(SCORE)},
    }


def with_change(table: str, field: str, value: object) -> bytes:
    """A good file with one field of its first record replaced."""
    data = good_file()
    data[table]["1"][field] = value
    return json.dumps(data).encode()


DAMAGED = {
    "document id that is not a whole number": json.dumps(
        {**good_file(), "lessons": {"first": LESSON}}
    ).encode(),
    "document id with leading zero": json.dumps(
        {**good_file(), "lessons": {"01": LESSON}}
    ).encode(),
    "quiz session state that is a list": with_change("quiz_sessions", "state", [1, 2]),
    "quiz session lesson id that is a number": with_change("quiz_sessions", "lesson_id", 7),
    "lesson page that is text": with_change("lessons", "page", "2"),
    "lesson status unknown": with_change("lessons", "status", "finished"),
    "setting key that is null": with_change("settings", "key", None),
    "score that is a float": with_change("quiz_scores", "percent", 50.5),
    "answer picked that is text": with_change("quiz_attempts", "picked", "a"),
    "answer correct that is 1": with_change("quiz_attempts", "correct", 1),
    "a missing field": json.dumps({**good_file(), "lessons": {"1": {"learner": "me"}}}).encode(),
    "json nested 5000 levels": b'{"settings": {"1": {"learner": "me", "key": "k", "value": '
    + b"[" * 5000
    + b"]" * 5000
    + b"}}}",
    "value nested 40 levels": with_change(
        "quiz_sessions", "state", json.loads('{"a":' * 40 + "1" + "}" * 40)
    ),
    "a number of 5000 digits": b'{"lessons": {"1": {"page": ' + b"9" * 5000 + b"}}}",
    "a huge float": with_change("settings", "value", 0).replace(b'"value": 0', b'"value": 1e999'),
    "NaN": with_change("settings", "value", 0).replace(b'"value": 0', b'"value": NaN'),
    "a timestamp in year 9999": with_change(
        "lessons", "updated_at", "9999-12-31T23:59:59.999999+00:00"
    ),
    "a timestamp without offset": with_change("lessons", "updated_at", "2026-01-02T03:04:05"),
    "a lone surrogate escape": with_change("lessons", "lesson_id", "x").replace(
        b'"lesson_id": "x"', b'"lesson_id": "\\ud800"'
    ),
    "schema_version as text": json.dumps(good_file("1")).encode(),
    "schema_version as float": json.dumps(good_file(1.0)).encode(),
    "schema_version null": json.dumps(good_file(None)).encode(),
    "schema_version true": json.dumps(good_file(True)).encode(),
    "a section no format has": json.dumps({**good_file(), "extra": {}}).encode(),
    "emptied": b"",
    "only whitespace": b" \n\t\r\n",
    "a record id twice": json.dumps(good_file())
    .encode()
    .replace(b'"lessons": {"1": {', b'"lessons": {"1": {}, "1": {'),
    "a field twice": with_change("lessons", "page", 2).replace(
        b'"page": 2', b'"page": 2, "page": 3'
    ),
}


def use_everything(store: ProgressStore) -> None:
    """Every call the screens make; a damaged file that got through would crash one of them."""
    store.get_setting("theme")
    store.all_lesson_progress()
    store.last_location()
    store.lesson_progress("m/l")
    store.quiz_session("m/l")
    store.quiz_scores("m/l")
    store.answers("m/l")
    store.set_page("m/l", 1)
    store.record_answer("m/l", "q1", ["a"], True, "first")
    store.save_quiz_session("m/l", {"position": 2})
    store.record_quiz_score("m/l", 100, 80)
    store.mark_lesson_done("m/l")
    store.flush()
    assert store.last_write_error is None


@pytest.mark.parametrize("raw", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_file_is_kept_aside_and_the_backup_used(data_dir: Path, raw: bytes) -> None:
    """Kept aside byte for byte, the learner told, the last good file (the backup) used."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    progress.write_text(json.dumps(good_file()), "utf-8")
    ProgressStore.open(data_dir).close()
    progress.write_bytes(raw)

    with ProgressStore.open(data_dir) as store:
        notice = store.recovery
        assert notice is not None and notice.restored_from_backup, notice
        assert notice.damaged_copy is not None and notice.damaged_copy.read_bytes() == raw
        assert str(notice.damaged_copy) in notice.message()
        assert store.lesson_progress("m/l").page == 2
        use_everything(store)
    with ProgressStore.open(data_dir) as reopened:
        assert reopened.recovery is None


def test_only_a_whole_number_newer_version_is_refused(data_dir: Path) -> None:
    """A real newer version is left untouched; the same number as text is damage, not news."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    progress.write_text(json.dumps(good_file(SCHEMA_VERSION + 1)), "utf-8")
    with pytest.raises(UnsupportedProgressVersion):
        ProgressStore.open(data_dir)
    progress.write_text(json.dumps(good_file(str(SCHEMA_VERSION + 1))), "utf-8")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is not None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)
TABLES = ["meta", "settings", "lessons", "quiz_attempts", "quiz_sessions", "quiz_scores"]


def _open_any(raw: bytes) -> None:
    """Open a folder holding ``raw`` as progress.json: it must open (perhaps after recovery)
    or be refused as newer, and every call must then work."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        (data_dir / "progress.json").write_bytes(raw)
        try:
            store = ProgressStore.open(data_dir)
        except UnsupportedProgressVersion:
            assert (data_dir / "progress.json").read_bytes() == raw
            return
        with store:
            if store.recovery is not None:
                assert store.recovery.damaged_copy is not None
                assert store.recovery.damaged_copy.read_bytes() == raw
            use_everything(store)
        assert not (data_dir / BACKUP_FILE_NAME).exists() or store.recovery is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_any_bytes_open(raw: bytes) -> None:
    """Arbitrary bytes never stop the app."""
    _open_any(raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(TABLES),
    st.sampled_from(["1", "x", "-1", "1.5"]),
    st.sampled_from(
        [
            "learner",
            "lesson_id",
            "state",
            "page",
            "status",
            "updated_at",
            "value",
            "key",
            "percent",
            "at",
            "picked",
            "schema_version",
        ]
    ),
    json_values,
)
def test_any_value_in_any_field_opens(table: str, doc_id: str, field: str, value: Any) -> None:
    """A valid file with any JSON value put in any field of any record never stops the app."""
    data = good_file()
    record = dict(data[table].get("1", {}))
    record[field] = value
    data[table] = {doc_id: record}
    _open_any(json.dumps(data, allow_nan=True).encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=6000), st.sampled_from(["[", '{"a":']))
def test_any_nesting_opens(depth: int, opener: str) -> None:
    """However deeply a value nests, the file opens (recovered if too deep)."""
    closer = "]" if opener == "[" else "}"
    value = opener * depth + "1" * (opener != "[") + closer * depth
    data = json.dumps(good_file()).replace('"state": {"position": 1}', f'"state": {{"v": {value}}}')
    _open_any(data.encode())


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), "\ud800", 2**70, json.loads("[" * 40 + "]" * 40)]
)
def test_the_store_never_writes_what_it_would_call_damaged(open_store, value: object) -> None:
    """Values outside the limits are refused when given, not found damaged at the next open."""
    store = open_store()
    with pytest.raises(ValueError):
        store.set_setting("theme", value)
    with pytest.raises(ValueError):
        store.save_quiz_session("m/l", {"v": value})
    assert store.get_setting("theme") is None and store.quiz_session("m/l") is None
