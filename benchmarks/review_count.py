"""What the home screen's first paint needs of the store and today's review, at 1x, 10x, 30x.

A returning learner with two years of progress (benchmarks/returning_learner.py) on the
built-in course and on 10 and 30 copies of it. Each launch is a fresh process, as the app's
start is: it opens the store as the app does, reads the course's front matter, then counts
today's review as ``open_course`` does before the first paint (the review's modules imported,
then ``ReviewDeck.todays_questions``), and counts again (each return home). After the paint,
the review's items are made of the questions counted (their quizzes parsed, markdown-it
imported): shown, held to no goal. Sizes take turns, so the load of a shared machine hits them
alike; medians, with the load average.
Usage: python benchmarks/review_count.py [--runs N] [--sizes 1,10,30]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from returning_learner import scaled_course, write_learner

LAUNCH = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
imported = time.perf_counter()
store = ProgressStore.open(Path(sys.argv[2]), backup_later=True)
opened = time.perf_counter()
course = load_course(Path(sys.argv[1]))
loaded = time.perf_counter()
from iop_course.review.deck import ReviewDeck
deck = ReviewDeck(store, course)
ready = time.perf_counter()
questions = deck.todays_questions()
counted = time.perf_counter()
deck.todays_questions()
again = time.perf_counter()
items = deck.items_for(questions)
made = time.perf_counter()
store.close()
ms = lambda a, b: round(1000 * (b - a), 2)
print(json.dumps({
    "store open": ms(imported, opened),
    "review modules + deck": ms(loaded, ready),
    "count (first)": ms(ready, counted),
    "count (again)": ms(counted, again),
    "before paint: deck + count": ms(loaded, counted),
    "items after paint": ms(again, made),
    "questions": len(questions),
    "items": len(items),
}))
"""


def load() -> str:
    """The machine's load averages, as ``uptime`` prints them."""
    return "load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    """Launch each size in turn, print the medians of every step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="1,10,30", help="course sizes, times the built-in")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="iop-review-count-"))
    sizes = [int(text) for text in args.sizes.split(",")]
    places = {}
    for size in sizes:
        root = scaled_course(work / f"course-{size}x", size)
        places[size] = (root, write_learner(work / f"data-{size}x", root))
    print(f"before: {load()}")
    runs: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
    for _ in range(args.runs):
        for size, (root, data) in places.items():
            command = [sys.executable, "-c", LAUNCH, str(root), str(data)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            runs[size].append(json.loads(output))
    for size, results in runs.items():
        size_on_disk = (places[size][1] / "progress.json").stat().st_size
        print(f"{size}x course, progress.json {size_on_disk:,} bytes ({len(results)} launches)")
        for name in results[0]:
            print(f"  {name:30} {statistics.median(result[name] for result in results):8.2f}")
    print(f"after:  {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
