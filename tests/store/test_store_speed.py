"""After two years of daily use the store stays fast and small (benchmarks/store_two_years.py).

Every call used to decode the whole file on the caller's thread, and every answer was kept for
ever, so the file and each page turn grew with every day of use.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from iop_course.store import ProgressStore
from iop_course.store.schema import SCORES_KEPT_PER_LESSON

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "store_two_years.py"
sys.path.insert(0, str(BENCHMARK.parent))  # it imports the benchmarks' shared returning_learner
_spec = importlib.util.spec_from_file_location("store_two_years", BENCHMARK)
assert _spec is not None and _spec.loader is not None
two_years = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(two_years)


@pytest.fixture
def two_year_folder(data_dir: Path) -> Path:
    """A progress folder holding two years of daily use in the version-1 layout."""
    data_dir.mkdir()
    (data_dir / "progress.json").write_text(json.dumps(two_years.two_years_of_progress()), "utf-8")
    return data_dir


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


def test_every_ui_call_takes_under_5_ms_after_two_years(two_year_folder: Path) -> None:
    with ProgressStore.open(two_year_folder) as store:
        for name, call in two_years.ui_calls(store).items():
            times = []
            for _ in range(9):
                started = time.perf_counter()
                call()
                times.append(time.perf_counter() - started)
            assert statistics.median(times) < 0.005, name
