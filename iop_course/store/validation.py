"""Checks a whole progress file before any of it is used: its JSON, its version, every record.

A file that passes can be used without another type check anywhere in the store, so no damaged
field can crash a screen later; a file that fails raises DamagedProgressFile with the first
problem found, and the caller keeps it aside and uses the backup. Only a file that says, in a
real whole number, that a newer app wrote it raises UnsupportedProgressVersion instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from iop_course.store import column_checks
from iop_course.store.column_checks import ColumnCheck, one_per_line, surely_fine_columns
from iop_course.store.errors import DamagedProgressFile, UnsupportedProgressVersion
from iop_course.store.json_limits import (
    UnsafeJson,
    check_json_value,
    collector_paused,
    decode_json_bytes,
)
from iop_course.store.records import LessonPlace, LessonStatus, QuizPhase
from iop_course.store.repeated_names import (
    colons_of,
    column_names_and_colons,
    decode_leniently,
    names_and_colons,
)
from iop_course.store.review_cards import (
    LARGEST_SCHEDULER_NUMBER,
    REVIEW_CARDS_TABLE,
    ReviewState,
    is_scheduler_number,
)
from iop_course.store.schema import (
    LESSONS_TABLE,
    META_TABLE,
    NO_SCHEMA_VERSION,
    QUIZ_ATTEMPTS_TABLE,
    QUIZ_QUESTIONS_TABLE,
    QUIZ_SCORES_TABLE,
    QUIZ_SESSIONS_TABLE,
    SCHEMA_VERSION,
    SCHEMA_VERSION_FIELD,
    SETTINGS_TABLE,
    Tables,
)
from iop_course.store.worksheet_answers import LARGEST_ANSWER, WORKSHEET_ANSWERS_TABLE

FieldCheck = Callable[[Any], bool]
Fields = dict[str, FieldCheck]  # a table's fields, each with its check
TableChecks = dict[str, Fields]  # the tables of one version of the file, by name

EARLIEST_YEAR = 1970
LATEST_YEAR = 2199
LARGEST_COUNT = 10**9
LONGEST_STAMP = 40
_DOCUMENT_ID = re.compile(r"[1-9][0-9]{0,9}")
_DOCUMENT_ID_LINES = one_per_line(_DOCUMENT_ID.pattern)


def is_text(value: Any) -> bool:
    """A string."""
    return isinstance(value, str)


def is_bool(value: Any) -> bool:
    """True or false."""
    return isinstance(value, bool)


def is_count(value: Any) -> bool:
    """A whole number from 0 to LARGEST_COUNT (never a bool, which Python counts as an int)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= LARGEST_COUNT


def is_percent(value: Any) -> bool:
    """A whole number from 0 to 100."""
    return is_count(value) and value <= 100


def is_stamp(value: Any) -> bool:
    """An ISO 8601 time with its UTC offset, between 1970 and 2199 (clocks drift; not by ages)."""
    if not isinstance(value, str) or len(value) > LONGEST_STAMP:
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.tzinfo is not None and EARLIEST_YEAR <= moment.year <= LATEST_YEAR


def is_text_list(value: Any) -> bool:
    """A list of strings, such as the choices a learner picked."""
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def is_object(value: Any) -> bool:
    """A JSON object (its contents are checked by the JSON limits only)."""
    return isinstance(value, dict)


def is_any(value: Any) -> bool:
    """Any JSON value (checked by the JSON limits only)."""
    return True


def is_answer_text(value: Any) -> bool:
    """A worksheet answer: text of at most LARGEST_ANSWER characters."""
    return isinstance(value, str) and len(value) <= LARGEST_ANSWER


@dataclass(frozen=True)
class OneOf:
    """A check that accepts only these strings, e.g. an enum's values."""

    allowed: frozenset[str]

    def __call__(self, value: Any) -> bool:
        return isinstance(value, str) and value in self.allowed


def one_of(values: list[str]) -> FieldCheck:
    """A check that accepts only these strings, e.g. an enum's values."""
    return OneOf(frozenset(values))


def bool_or_none(value: Any) -> bool:
    """True, false or null."""
    return value is None or isinstance(value, bool)


def count_or_none(value: Any) -> bool:
    """A whole number from 0 to LARGEST_COUNT, or null."""
    return value is None or is_count(value)


_LEARNER_AND_LESSON: Fields = {"learner": is_text, "lesson_id": is_text}
_SETTINGS: Fields = {"learner": is_text, "key": is_text, "value": is_any}
_LESSONS: Fields = {
    **_LEARNER_AND_LESSON,
    "status": one_of([status.value for status in LessonStatus]),
    "page": is_count,
    "where": one_of([place.value for place in LessonPlace]),
    "updated_at": is_stamp,
}
_SESSIONS: Fields = {**_LEARNER_AND_LESSON, "state": is_object}
_SCORES: Fields = {
    **_LEARNER_AND_LESSON,
    "percent": is_percent,
    "pass_percent": is_percent,
    "at": is_stamp,
}
_ATTEMPTS: Fields = {
    **_LEARNER_AND_LESSON,
    "question_id": is_text,
    "picked": is_text_list,
    "correct": is_bool,
    "phase": one_of([phase.value for phase in QuizPhase]),
    "at": is_stamp,
}
_QUESTIONS: Fields = {
    **_LEARNER_AND_LESSON,
    "question_id": is_text,
    "last_picked": is_text_list,
    "last_correct": is_bool,
    "first_try_correct": bool_or_none,
    "times_right": is_count,
    "times_wrong": is_count,
    "first_answered": is_stamp,
    "last_answered": is_stamp,
}
REVIEW_CARD_FIELDS: Fields = {
    **_LEARNER_AND_LESSON,
    "question_id": is_text,
    "state": one_of([state.value for state in ReviewState]),
    "step": count_or_none,
    "stability": is_scheduler_number,
    "difficulty": is_scheduler_number,
    "due": is_stamp,
    "last_review": is_stamp,
    "reviews": is_count,
}
_WORKSHEET_ANSWERS: Fields = {
    **_LEARNER_AND_LESSON,
    "prompt_id": is_text,
    "text": is_answer_text,
    "updated_at": is_stamp,
}
_VERSION_1_TABLES: TableChecks = {
    SETTINGS_TABLE: _SETTINGS,
    LESSONS_TABLE: _LESSONS,
    QUIZ_ATTEMPTS_TABLE: _ATTEMPTS,
    QUIZ_SESSIONS_TABLE: _SESSIONS,
    QUIZ_SCORES_TABLE: _SCORES,
}
_VERSION_2_TABLES: TableChecks = {
    SETTINGS_TABLE: _SETTINGS,
    LESSONS_TABLE: _LESSONS,
    QUIZ_QUESTIONS_TABLE: _QUESTIONS,
    QUIZ_SESSIONS_TABLE: _SESSIONS,
    QUIZ_SCORES_TABLE: _SCORES,
}
_VERSION_3_TABLES: TableChecks = {
    **_VERSION_2_TABLES,
    REVIEW_CARDS_TABLE: REVIEW_CARD_FIELDS,
    WORKSHEET_ANSWERS_TABLE: _WORKSHEET_ANSWERS,
}
TABLES_BY_VERSION: dict[int, TableChecks] = {
    0: _VERSION_1_TABLES,
    1: _VERSION_1_TABLES,
    2: _VERSION_2_TABLES,
    3: _VERSION_3_TABLES,
}


# Each check above for a whole column at once (column_checks.py); a check missing here is made
# one by ``column_checks.plain_json``, which checks value by value.
_COLUMN_CHECKS: dict[FieldCheck, ColumnCheck] = {
    is_text: column_checks.texts,
    is_bool: column_checks.bools,
    is_count: column_checks.whole_numbers_within(0, LARGEST_COUNT),
    is_percent: column_checks.whole_numbers_within(0, 100),
    is_stamp: column_checks.stamps_within(EARLIEST_YEAR, LATEST_YEAR, LONGEST_STAMP),
    is_text_list: column_checks.text_lists,
    is_answer_text: column_checks.texts_at_most(LARGEST_ANSWER),
    bool_or_none: column_checks.bools_or_none,
    count_or_none: column_checks.or_none(column_checks.whole_numbers_within(0, LARGEST_COUNT)),
    is_scheduler_number: column_checks.finite_numbers_within(0, LARGEST_SCHEDULER_NUMBER),
}


@functools.cache
def column_check(check: FieldCheck) -> ColumnCheck:
    """``check`` for a whole column at once, accepting exactly what it accepts."""
    if isinstance(check, OneOf):
        return column_checks.texts_among(check.allowed)
    return _COLUMN_CHECKS.get(check) or column_checks.plain_json(check)


@dataclass(frozen=True)
class StoredProgress:
    """A progress file that passed every check: its schema version and its tables."""

    version: int
    tables: Tables


def read_progress_bytes(path: Path, raw: bytes) -> StoredProgress:
    """Check the bytes of a progress file from top to bottom, or say what is wrong.

    Raises DamagedProgressFile (with a reason) for anything that is not a complete, well-typed
    progress file, an empty one included (the app never writes one: something emptied it, and
    the backup may hold everything), and UnsupportedProgressVersion only for a whole-number
    version newer than this app's.
    """
    if not raw.strip():
        raise DamagedProgressFile(path, "it is empty")
    # Tens of thousands of objects are made here and none is in a cycle: a collection would
    # find nothing, and each one made while reading looked through all of them.
    with collector_paused():
        quick = _read_quickly(path, raw)
        return quick if quick is not None else _read_exactly(path, raw)


def _read_quickly(path: Path, raw: bytes) -> StoredProgress | None:
    """The file as ``_read_exactly`` reads it when that is surely the same (None otherwise):
    decoded by json's C code alone, every table surely fine column by column, and no object
    naming a key twice (proved by counting, see repeated_names.py). Anything else, damage
    included, is left to ``_read_exactly``, which finds and words it as it always has."""
    try:
        data = decode_leniently(raw)
    except (ValueError, RecursionError):
        return None
    colons = colons_of(raw)
    if colons is None or not isinstance(data, dict):
        return None
    try:
        version = _schema_version(path, data)
    except (DamagedProgressFile, UnsupportedProgressVersion):
        return None
    expected = TABLES_BY_VERSION[version]
    counted = names_and_colons({name: None for name in data})
    for table_name, table in data.items():
        fields = expected.get(table_name)
        if table_name == META_TABLE:
            counted += names_and_colons(table)
            continue
        if fields is None or not isinstance(table, dict):
            return None
        checks = {field_name: column_check(check) for field_name, check in fields.items()}
        columns = surely_fine_columns(table, _DOCUMENT_ID_LINES, checks)
        if columns is None:
            return None
        names = names_and_colons(dict.fromkeys(fields)) + 1  # a record's fields, and its id
        counted += len(table) * names + sum(map(column_names_and_colons, columns.values()))
    return StoredProgress(version, data) if counted == colons else None


def _read_exactly(path: Path, raw: bytes) -> StoredProgress:
    """``read_progress_bytes``, each object's names checked as it is decoded, and each record
    checked field by field where its table is not surely fine."""
    try:
        data = decode_json_bytes(raw)
    except UnsafeJson as error:
        raise DamagedProgressFile(path, str(error)) from error
    if not isinstance(data, dict):
        raise DamagedProgressFile(path, "it does not contain a JSON object")
    version = _schema_version(path, data)
    expected = TABLES_BY_VERSION[version]
    for table_name, table in data.items():
        if table_name == META_TABLE:
            continue
        fields = expected.get(table_name)
        if fields is None:
            raise DamagedProgressFile(
                path, f"it has a section {table_name[:40]!r} that format {version} does not have"
            )
        _check_table(path, table_name, table, fields)
    return StoredProgress(version, data)


def _schema_version(path: Path, data: dict[str, Any]) -> int:
    meta = data.get(META_TABLE, {})
    if not isinstance(meta, dict) or len(meta) > 1:
        raise DamagedProgressFile(path, "its 'meta' section has the wrong shape")
    if not meta:
        return NO_SCHEMA_VERSION
    ((doc_id, document),) = meta.items()
    if (
        not _DOCUMENT_ID.fullmatch(doc_id)
        or not isinstance(document, dict)
        or set(document) != {SCHEMA_VERSION_FIELD}
    ):
        raise DamagedProgressFile(path, "its 'meta' section has the wrong shape")
    version = document[SCHEMA_VERSION_FIELD]
    if not is_count(version) or version == NO_SCHEMA_VERSION:
        raise DamagedProgressFile(path, f"its format number {str(version)[:20]!r} is not valid")
    if version > SCHEMA_VERSION:
        raise UnsupportedProgressVersion(path, version, SCHEMA_VERSION)
    return version


def _check_table(path: Path, name: str, table: Any, fields: Mapping[str, FieldCheck]) -> None:
    if not isinstance(table, dict):
        raise DamagedProgressFile(path, f"the {name!r} section has the wrong shape")
    # Two years of progress hold tens of thousands of values, checked before the first paint:
    # a whole column at a time first; record by record only to find and word a problem.
    columns = {field_name: column_check(check) for field_name, check in fields.items()}
    if surely_fine_columns(table, _DOCUMENT_ID_LINES, columns) is None:
        _check_records(path, name, table, fields)


def _check_records(
    path: Path, name: str, table: dict[str, Any], fields: Mapping[str, FieldCheck]
) -> None:
    """Record by record: the first problem, in words (for a table not surely fine)."""
    expected = fields.keys()
    checks = tuple(fields.items())
    for doc_id, document in table.items():
        if not _DOCUMENT_ID.fullmatch(doc_id):
            raise DamagedProgressFile(
                path, f"{_where(doc_id, name)} does not have a whole-number id"
            )
        if not isinstance(document, dict) or document.keys() != expected:
            raise DamagedProgressFile(
                path, f"{_where(doc_id, name)} does not have the expected fields"
            )
        for field_name, check in checks:
            value = document[field_name]
            if not check(value):
                raise DamagedProgressFile(
                    path, f"{_where(doc_id, name)} has a wrong {field_name!r}"
                )
            if value is None or isinstance(value, (str, bool)):
                continue  # plain JSON whatever it holds (check_json_value would say so too)
            try:
                check_json_value(value)
            except UnsafeJson as error:
                raise DamagedProgressFile(path, f"in {_where(doc_id, name)}, {error}") from error


def _where(doc_id: str, name: str) -> str:
    return f"record {doc_id[:20]!r} of the {name!r} section"
