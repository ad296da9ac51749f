"""Memory: the learner's peak against a bare app, and whether coming back home leaks.

Each app runs in a real 100x30 pseudo-terminal (benchmarks/terminal.py), driven with keys like
a learner, and its memory is read from /proc (Linux): the peak (VmHWM) and what it holds now
(VmRSS). The learner has two years of progress on the built-in course and stopped on page 2 of
a lesson (benchmarks/returning_learner.py). Runs alternate with the bare app.
Goals (issue 21):
- peak memory after home, a lesson read to its quiz, an answer and the next question at most
  1.5 times the bare Textual app with one Markdown widget;
- 20 trips home -> lesson -> home, after the first few, grow memory by at most 6 MiB.
Usage: python benchmarks/memory.py [--runs N] [--trips N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from installed import compile_like_an_install
from returning_learner import COURSE, write_learner
from terminal import Terminal

HERE = Path(__file__).resolve().parent
PEAK_GOAL = 1.5
LEAK_GOAL_MIB = 6.0
WARM_TRIPS = 3  # "after the first few": caches and first imports settle in these
HOME = "lessons done"
LESSON_PAGE = "Page 2 of"
QUESTION = "Question {number} of"
FEEDBACK = ("Right!", "Not quite")
# The keys a learner uses, in one place: change them here when a screen's keys change.
KEYS = {
    "continue": "c",
    "back home": "escape",
    "read on": "right",
    "pick first choice": "1",
    "check ticked choices": "c",
    "next question": "n",
}
MOST_KEYS_TO_THE_QUIZ = 60


def load() -> str:
    """The machine's load averages, as ``uptime`` prints them."""
    return "load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def bare_peak(python: str, env: dict[str, str]) -> float:
    """The bare app's peak memory once its screen has settled, in MiB."""
    terminal = Terminal([python, str(HERE / "bare_markdown_app.py")], env)
    try:
        terminal.settle(terminal.started, ("Bare app",))
        return terminal.memory_mib()[1]
    finally:
        terminal.close()


def learner_peak(command: list[str], env: dict[str, str]) -> float:
    """Home, the lesson read on to its quiz, an answer, the next question: the peak in MiB."""
    terminal = Terminal(command, env)
    try:
        terminal.settle(terminal.started, (HOME,))
        terminal.settle(terminal.press(KEYS["continue"]), (LESSON_PAGE,))
        for _ in range(MOST_KEYS_TO_THE_QUIZ):
            settled = terminal.settle(terminal.press(KEYS["read on"]), ("",))
            if QUESTION.format(number=1) in terminal.text_since(settled.first_chunk):
                break
        else:
            raise RuntimeError("the lesson never led to its quiz")
        settled = terminal.settle(terminal.press(KEYS["pick first choice"]), ("",))
        if not any(marker in terminal.text_since(settled.first_chunk) for marker in FEEDBACK):
            terminal.settle(terminal.press(KEYS["check ticked choices"]), FEEDBACK)
        terminal.settle(terminal.press(KEYS["next question"]), (QUESTION.format(number=2),))
        return terminal.memory_mib()[1]
    finally:
        terminal.close()


def trips_home(command: list[str], env: dict[str, str], trips: int) -> tuple[float, float]:
    """Memory held (MiB) after WARM_TRIPS trips home -> lesson -> home, and after ``trips``
    more."""
    terminal = Terminal(command, env)
    try:
        terminal.settle(terminal.started, (HOME,))
        held = []
        for trip in range(WARM_TRIPS + trips):
            terminal.settle(terminal.press(KEYS["continue"]), (LESSON_PAGE,))
            terminal.settle(terminal.press(KEYS["back home"]), (HOME,))
            if trip + 1 in (WARM_TRIPS, WARM_TRIPS + trips):
                held.append(terminal.memory_mib()[0])
        return held[0], held[1]
    finally:
        terminal.close()


def main() -> int:
    """Measure, print the figures and the verdict; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trips", type=int, default=20)
    args = parser.parse_args()
    compile_like_an_install()
    work = Path(tempfile.mkdtemp(prefix="iop-memory-bench-"))
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("IOP_COURSE_DATA_DIR", None)
    python = sys.executable
    print(f"before: {load()}")
    bare, ours = [], []
    for run in range(args.runs):
        data = write_learner(work / f"data-{run}", COURSE)  # each run starts on the same day
        command = [python, "-m", "iop_course", "--content", str(COURSE), "--data-dir", str(data)]
        bare.append(bare_peak(python, env))
        ours.append(learner_peak(command, env))
    data = write_learner(work / "data-trips", COURSE)
    command = [python, "-m", "iop_course", "--content", str(COURSE), "--data-dir", str(data)]
    warm, after = trips_home(command, env, args.trips)
    print(f"after:  {load()}  ({args.runs} alternating runs of each app)")
    ratio = statistics.median(ours) / statistics.median(bare)
    peak_ok = ratio <= PEAK_GOAL
    growth = after - warm
    leak_ok = growth <= LEAK_GOAL_MIB
    print(
        f"peak memory: iop-course {statistics.median(ours):6.1f} MiB "
        f"(home, lesson to its quiz, an answer, the next question; runs: "
        f"{', '.join(f'{value:.1f}' for value in ours)})"
    )
    print(
        f"             bare Textual + Markdown {statistics.median(bare):6.1f} MiB"
        f"  ratio {ratio:4.2f} (goal <= {PEAK_GOAL})  {'ok' if peak_ok else 'MISSED'}"
    )
    print(
        f"leak: held {warm:6.1f} MiB after {WARM_TRIPS} trips home -> lesson -> home, "
        f"{after:6.1f} MiB after {args.trips} more: {growth:+.1f} MiB "
        f"(goal <= {LEAK_GOAL_MIB:.0f} MiB)  {'ok' if leak_ok else 'MISSED'}"
    )
    met = peak_ok and leak_ok
    print("verdict: " + ("every goal met" if met else "a goal is MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
