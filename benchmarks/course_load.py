"""What ``load_course`` costs at start-up, with and without the course index, at 1x, 10x, 30x.

Run ``cd benchmarks && ../.venv/bin/python course_load.py [--runs 9] [--sizes 1,10,30]``. Each
figure is ``load_course`` timed inside a fresh interpreter, as at start-up (its imports are
not counted): ``files`` reads every file as before the index (``cached=False``), ``cold``
has no index yet (it reads the files, and writes the index in a thread), ``warm`` finds an
index of the unchanged course. The three alternate within each run, the course sizes are made
with ``returning_learner.scaled_course`` and the index goes to a cache folder of the
benchmark's own. Medians and the fastest run in milliseconds, with the load average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from returning_learner import scaled_course

from iop_course.content.course_index import RECENT_NS
from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR

TIMED = """
import sys, time
from pathlib import Path
from iop_course.content.loader import load_course
root, cached = Path(sys.argv[1]), sys.argv[2] == "cached"
started = time.perf_counter()
course = load_course(root, sys.argv[3], cached=cached)
print(1000 * (time.perf_counter() - started), len(course.lessons()))
"""
MODES = ("files", "cold", "warm")


def timed(root: Path, mode: str, cache: Path, language: str) -> tuple[float, int]:
    """One fresh interpreter's ``load_course`` in ``mode``, in ms, and the lessons it found."""
    if mode == "cold":
        shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, CACHE_DIR_ENV_VAR: str(cache)}
    how = "files" if mode == "files" else "cached"
    run = subprocess.run(
        [sys.executable, "-c", TIMED, str(root), how, language],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    milliseconds, lessons = run.stdout.split()
    return float(milliseconds), int(lessons)


def main() -> int:
    """Time each mode at each size, alternating, and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sizes", default="1,10,30", help="course sizes, times the built-in")
    parser.add_argument("--lang", default="en", help="the course's language (en, es)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        roots = {}
        for size in (int(size) for size in options.sizes.split(",")):
            place = Path(folder) / f"course-{size}x"
            roots[size] = scaled_course(place, size)
        time.sleep(RECENT_NS / 1e9)  # files copied just now are too recent to keep
        print(f"load average before: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
        for size, root in roots.items():
            cache = Path(folder) / f"cache-{size}x"
            timed(root, "cold", cache, options.lang)  # the disk cache warm, as at a real start
            figures: dict[str, list[float]] = {mode: [] for mode in MODES}
            lessons = 0
            for run in range(options.runs):
                order = MODES if run % 2 == 0 else MODES[::-1]
                for mode in order:
                    if mode == "warm" and not any(cache.rglob("*.json")):
                        timed(root, "cold", cache, options.lang)
                    milliseconds, lessons = timed(root, mode, cache, options.lang)
                    figures[mode].append(milliseconds)
            shown = "  ".join(
                f"{mode} {statistics.median(values):7.2f} (best {min(values):6.2f})"
                for mode, values in figures.items()
            )
            print(f"{size:3}x ({lessons:5} lessons): {shown} ms")
        print(f"load average after:  {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
