"""Start-up: launch to the settled home screen of a returning learner, against a bare app.

Each app runs in a real 100x30 pseudo-terminal (benchmarks/terminal.py) and the clock stops
when the screen settles: the home screen is drawn and nothing more is drawn for a while; the
time of the last frame that changed what is on screen counts, not the first frame. The learner
has two years of daily progress on the course (benchmarks/returning_learner.py), which is
the built-in course, then 10 and 30 copies of it. Runs alternate between the apps so the load
of a shared machine hits them alike; the load average is printed with the figures.
Goals (issue 21): the settled home within 1.25 times the bare Textual app with one Markdown
widget at every size, and its first frame is its final frame (nothing drawn later changes the
screen: no row jumps, the footer's keys are there from the start).
Usage: python benchmarks/startup.py [--runs N] [--sizes 1,10,30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from installed import compile_like_an_install
from returning_learner import scaled_course, write_learner
from terminal import Terminal

HERE = Path(__file__).resolve().parent
GOAL = 1.25
HOME_MARKER = "lessons done"
BARE_MARKER = "Bare app"


def load() -> str:
    """The machine's load averages, as ``uptime`` prints them."""
    return "load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def launch(command: list[str], marker: str, env: dict[str, str]) -> dict[str, float | int]:
    """Launch once; the first and the settled drawing of the screen, and how many frames drawn
    after the first one with ``marker`` changed what is on screen."""
    terminal = Terminal(command, env)
    try:
        settled = terminal.settle(terminal.started, (marker,))
        first, changed = settled.frames_after(marker)
        if first is None:
            raise RuntimeError(f"no frame showed {marker!r}")
        last = changed[-1] if changed else first
        return {
            "settled": last.at - settled.since,
            "first": first.at - settled.since,
            "changed": len(changed),
        }
    finally:
        terminal.close()


def main() -> int:
    """Time every app in turn, print medians, ratios and the verdict; exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", default="1,10,30", help="course sizes, times the built-in")
    args = parser.parse_args()
    compile_like_an_install()
    work = Path(tempfile.mkdtemp(prefix="iop-startup-bench-"))
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("IOP_COURSE_DATA_DIR", None)
    env["IOP_COURSE_CACHE_DIR"] = str(work / "cache")  # the course index, not the user's
    python = sys.executable
    apps = {"bare Textual + Markdown": ([python, str(HERE / "bare_markdown_app.py")], BARE_MARKER)}
    for size in (int(text) for text in args.sizes.split(",")):
        root = scaled_course(work / f"course-{size}x", size)
        data = write_learner(work / f"data-{size}x", root)
        command = [python, "-m", "iop_course", "--content", str(root), "--data-dir", str(data)]
        apps[f"iop-course home, {size}x course"] = (command, HOME_MARKER)
    print(f"before: {load()}")
    time.sleep(2)  # a course file changed in the last two seconds is not kept in its index
    for command, marker in apps.values():
        launch(command, marker, env)  # warm the file cache, bytecode and course index once
    runs: dict[str, list[dict[str, float | int]]] = {name: [] for name in apps}
    for _ in range(args.runs):
        for name, (command, marker) in apps.items():
            runs[name].append(launch(command, marker, env))
    print(f"after:  {load()}  ({args.runs} alternating runs of each app)")
    bare = statistics.median(run["settled"] for run in runs["bare Textual + Markdown"])
    met = True
    for name, results in runs.items():
        settled = statistics.median(run["settled"] for run in results)
        first = statistics.median(run["first"] for run in results)
        changed = max(run["changed"] for run in results)
        line = (
            f"{name:27} settled {1000 * settled:6.1f} ms (first frame {1000 * first:6.1f} ms)"
            f"  ratio {settled / bare:4.2f}"
        )
        if name.startswith("iop-course"):
            ok = settled / bare <= GOAL and changed == 0
            met &= ok
            line += (
                f" (goal <= {GOAL})  frames that changed the screen after the first: "
                f"{changed} (goal 0)  {'ok' if ok else 'MISSED'}"
            )
        print(line)
    print("verdict: " + ("every goal met" if met else "a goal is MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
