"""The progress store after two years of daily use: what each call the UI makes costs, and the
file's size.

It writes the progress file that two years of daily use left behind with the version-1 layout
(every answer kept, each with its microsecond stamp: about 2 MB), opens it with the installed
store, and times every call the screens make. The goal (issue 10): each call under 5 ms and the
file under 1 MB. It uses only calls that version 1 already had, so the same script measures the
store before and after a change. Usage: python benchmarks/store_two_years.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from iop_course.store import ProgressStore

DAYS = 730
MODULES = [
    "01-getting-started",
    "02-relapse-prevention",
    "03-coping-skills",
    "04-family-support",
    "05-building-a-life",
]
LESSONS = [f"{module}/{number:02d}-lesson-{number}" for module in MODULES for number in range(1, 7)]
QUESTIONS_PER_QUIZ = 8
PAGES_PER_LESSON = 6
GOAL_MS = 5.0
GOAL_BYTES = 1_000_000


def two_years_of_progress(seed: int = 10) -> dict[str, dict[str, dict[str, object]]]:
    """The tables a learner leaves after DAYS days: one lesson read and its quiz taken each day.

    Each quiz is a first pass of QUESTIONS_PER_QUIZ answers (about three in four right), then
    the missed ones again in review; its score is kept; the lesson is marked done.
    """
    chooser = random.Random(seed)
    start = datetime.now(timezone.utc) - timedelta(days=DAYS)
    lessons: dict[str, dict[str, object]] = {}
    attempts: dict[str, dict[str, object]] = {}
    scores: dict[str, dict[str, object]] = {}
    for day in range(DAYS):
        lesson_id = LESSONS[day % len(LESSONS)]
        when = start + timedelta(days=day, hours=18)

        def stamp(minutes: float, when: datetime = when) -> str:
            return (when + timedelta(minutes=minutes)).isoformat(timespec="microseconds")

        missed = []
        for number in range(QUESTIONS_PER_QUIZ):
            correct = chooser.random() < 0.75
            attempts[str(len(attempts) + 1)] = _attempt(
                lesson_id, f"q{number + 1}", correct, "first", stamp(10 + number)
            )
            if not correct:
                missed.append(number)
        for number in missed:
            attempts[str(len(attempts) + 1)] = _attempt(
                lesson_id, f"q{number + 1}", True, "review", stamp(20 + number)
            )
        percent = round(100 * (QUESTIONS_PER_QUIZ - len(missed)) / QUESTIONS_PER_QUIZ)
        scores[str(len(scores) + 1)] = {
            "learner": "me",
            "lesson_id": lesson_id,
            "percent": percent,
            "pass_percent": 80,
            "at": stamp(19),
        }
        lessons[lesson_id] = {
            "learner": "me",
            "lesson_id": lesson_id,
            "status": "done",
            "page": PAGES_PER_LESSON - 1,
            "where": "quiz",
            "updated_at": stamp(30),
        }
    return {
        "meta": {"1": {"schema_version": 1}},
        "settings": {
            "1": {"learner": "me", "key": "welcome_seen", "value": True},
            "2": {"learner": "me", "key": "theme", "value": "textual-dark"},
            "3": {"learner": "me", "key": "screen", "value": "home"},
        },
        "lessons": {
            str(number): document for number, document in enumerate(lessons.values(), start=1)
        },
        "quiz_attempts": attempts,
        "quiz_sessions": {},
        "quiz_scores": scores,
    }


def _attempt(
    lesson_id: str, question_id: str, correct: bool, phase: str, at: str
) -> dict[str, object]:
    return {
        "learner": "me",
        "lesson_id": lesson_id,
        "question_id": question_id,
        "picked": ["a"] if correct else ["b"],
        "correct": correct,
        "phase": phase,
        "at": at,
    }


def milliseconds(call: Callable[[], object], repeats: int) -> float:
    """The median time of ``call`` over ``repeats`` runs, in milliseconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def ui_calls(store: ProgressStore) -> dict[str, Callable[[], object]]:
    """Every store call the screens make, with the arguments a learner's day gives them."""
    lesson = LESSONS[3]
    session = {
        "question_order": [f"q{n}" for n in range(1, 9)],
        "position": 3,
        "answers": {"q1": ["a"], "q2": ["b"]},
        "phase": "first",
    }
    return {
        "get_setting": lambda: store.get_setting("theme", "textual-dark"),
        "set_setting": lambda: store.set_setting("screen", "lesson"),
        "lesson_progress": lambda: store.lesson_progress(lesson),
        "all_lesson_progress": store.all_lesson_progress,
        "last_location": store.last_location,
        "set_page (page turn)": lambda: store.set_page(lesson, 2),
        "set_in_quiz": lambda: store.set_in_quiz(lesson),
        "record_answer": lambda: store.record_answer(lesson, "q3", ["a"], True, "first"),
        "save_quiz_session": lambda: store.save_quiz_session(lesson, session),
        "quiz_session": lambda: store.quiz_session(lesson),
        "clear_quiz_session": lambda: store.clear_quiz_session(lesson),
        "record_quiz_score": lambda: store.record_quiz_score(lesson, 75, 80),
        "quiz_scores": lambda: store.quiz_scores(lesson),
        "mark_lesson_done": lambda: store.mark_lesson_done(lesson),
    }


def main() -> int:
    """Build the file, time opening and every call, then report the size after closing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=25, help="runs per call (median kept)")
    repeats = parser.parse_args().repeats
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir(mode=0o700)
        progress = data_dir / "progress.json"
        progress.write_text(json.dumps(two_years_of_progress(), ensure_ascii=False), "utf-8")
        print(f"Two years of daily use, version-1 file: {progress.stat().st_size:,} bytes")

        started = time.perf_counter()
        store = ProgressStore.open(data_dir)
        took = 1000 * (time.perf_counter() - started)
        print(f"{'open (first, upgrades the file)':34} {took:8.2f} ms")
        store.close()
        for label in ("open (second, replaces the backup)", "open (every later day)"):
            started = time.perf_counter()
            store = ProgressStore.open(data_dir)
            print(f"{label:34} {1000 * (time.perf_counter() - started):8.2f} ms")
            if label.startswith("open (second"):
                store.close()
        worst = 0.0
        for name, call in ui_calls(store).items():
            cost = milliseconds(call, repeats)
            worst = max(worst, cost)
            print(f"{name:34} {cost:8.3f} ms")
        started = time.perf_counter()
        store.set_page(LESSONS[0], 1)
        store.flush()
        print(
            f"{'one save (background writer)':34} {1000 * (time.perf_counter() - started):8.2f} ms"
        )
        store.close()
        size = progress.stat().st_size
        print(f"File after closing: {size:,} bytes")
        met = worst < GOAL_MS and size < GOAL_BYTES
        print(
            f"Slowest UI call {worst:.3f} ms (goal < {GOAL_MS} ms); file {size:,} bytes "
            f"(goal < {GOAL_BYTES:,}): {'goal met' if met else 'goal NOT met'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
