"""Two years of daily progress on the real course, as benchmarks/store_two_years.py writes it,
for the tests that check how the store opens and uses a file that big."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "store_two_years.py"
sys.path.insert(0, str(BENCHMARK.parent))  # it imports the benchmarks' shared returning_learner
_spec = importlib.util.spec_from_file_location("store_two_years", BENCHMARK)
assert _spec is not None and _spec.loader is not None
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)


def two_year_folder(data_dir: Path) -> Path:
    """``data_dir``, made, holding two years of daily use in the version-1 layout."""
    data_dir.mkdir()
    (data_dir / "progress.json").write_text(json.dumps(benchmark.two_years_of_progress()), "utf-8")
    return data_dir
