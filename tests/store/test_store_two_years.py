"""After two years of daily use the store stays small, and opening it does no more than it must.

Every call used to decode the whole file on the caller's thread, and every answer was kept for
ever, so the file and each page turn grew with every day of use. How long each call and opening
take is shown by benchmarks/store_two_years.py (timings belong there, not in tests that fail
under load); these tests keep the mechanisms that make them short.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from iop_course.store import ProgressStore, opening
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCORES_KEPT_PER_LESSON
from tests.store.two_years import benchmark as two_years
from tests.store.two_years import two_year_folder as make_two_year_folder


@pytest.fixture
def two_year_folder(data_dir: Path) -> Path:
    """A progress folder holding two years of daily use in the version-1 layout."""
    return make_two_year_folder(data_dir)


@pytest.fixture
def a_later_day(two_year_folder: Path) -> Path:
    """The same folder once the upgrade and a first backup are behind it, as on every later
    day the learner opens the course."""
    ProgressStore.open(two_year_folder).close()
    ProgressStore.open(two_year_folder).close()
    return two_year_folder


def test_two_years_fit_in_under_a_megabyte_and_nothing_the_course_uses_is_lost(
    two_year_folder: Path,
) -> None:
    """The upgrade keeps per question what a chart and spaced review need, and recent scores."""
    tables = two_years.two_years_of_progress()
    attempts = list(tables["quiz_attempts"].values())
    with ProgressStore.open(two_year_folder) as store:
        for lesson in two_years.LESSONS:
            given = [a for a in attempts if a["lesson_id"] == lesson]
            records = store.answers(lesson)
            assert sum(r.times_right + r.times_wrong for r in records) == len(given)
            assert sum(r.times_wrong for r in records) == sum(not a["correct"] for a in given)
            scored = sum(s["lesson_id"] == lesson for s in tables["quiz_scores"].values())
            assert len(store.quiz_scores(lesson)) == min(scored, SCORES_KEPT_PER_LESSON)
        assert len(store.all_lesson_progress()) == len(two_years.LESSONS)
    assert (two_year_folder / "progress.json").stat().st_size < 1_000_000


def test_no_call_decodes_or_encodes_the_whole_file_on_the_callers_thread(
    two_year_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The working state stays in memory; JSON for the file is made on the writer thread."""
    caller = threading.current_thread()
    largest = {"loads": 0, "dumps": 0}
    real_loads, real_dumps = json.loads, json.dumps

    def watched_loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is caller:
            largest["loads"] = max(largest["loads"], len(text))
        return real_loads(text, *args, **kwargs)

    def watched_dumps(value: Any, *args: Any, **kwargs: Any) -> str:
        text = real_dumps(value, *args, **kwargs)
        if threading.current_thread() is caller:
            largest["dumps"] = max(largest["dumps"], len(text))
        return text

    with ProgressStore.open(two_year_folder) as store:
        monkeypatch.setattr(json, "loads", watched_loads)
        monkeypatch.setattr(json, "dumps", watched_dumps)
        for call in two_years.ui_calls(store).values():
            call()
        store.flush()
        monkeypatch.undo()
    assert largest["loads"] < 2_000 and largest["dumps"] < 2_000, largest


def test_the_app_opens_the_file_once_decodes_it_once_and_leaves_the_backup_for_later(
    a_later_day: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the app opens it (``backup_later``): progress.json read and decoded once, the
    backup neither read nor written, nothing encoded; the backup is refreshed when asked."""
    opened: list[str] = []
    decoded: list[int] = []
    refreshed: list[Path] = []
    real_open, real_loads, real_refresh = os.open, json.loads, opening.refresh_backup

    def watched_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        opened.append(Path(path).name)
        return real_open(path, flags, *args, **kwargs)

    def watched_loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        decoded.append(len(text))
        return real_loads(text, *args, **kwargs)

    def watched_refresh(path: Path, *args: Any) -> Any:
        refreshed.append(path)
        return real_refresh(path, *args)

    backup = (a_later_day / BACKUP_FILE_NAME).read_bytes()
    monkeypatch.setattr(os, "open", watched_open)
    monkeypatch.setattr(json, "loads", watched_loads)
    monkeypatch.setattr(opening, "refresh_backup", watched_refresh)
    monkeypatch.setattr("iop_course.store.progress_files.refresh_backup", watched_refresh)
    store = ProgressStore.open(a_later_day, backup_later=True)
    try:
        assert opened.count("progress.json") == 1 and BACKUP_FILE_NAME not in opened
        assert len(decoded) == 1 and refreshed == []
        store.refresh_backup_soon()
        store.flush()
    finally:
        store.close()
    assert refreshed == [a_later_day / "progress.json"]
    assert (a_later_day / BACKUP_FILE_NAME).read_bytes() == backup  # the same progress
