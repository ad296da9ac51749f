"""Start-up speed: time from launch to the first painted screen, IOP Course against a bare app.

Each app runs in a real pseudo-terminal; the clock stops when the terminal first shows text that
only the painted screen contains. Runs alternate between the two apps so machine noise hits both.
The goal (from the issue): IOP Course within 1.25 times the bare Textual app with one Markdown
widget, with the built-in course and with a generated course of 300 lessons (start-up used to
grow 0.21 ms per lesson, half of it reading YAML front matter).
Usage: python benchmarks/startup.py [--runs N] [--lessons N]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from installed import compile_like_an_install

HERE = Path(__file__).resolve().parent
TIMEOUT_SECONDS = 20.0
GOAL = 1.25
LESSONS_PER_MODULE = 20
LESSON = """---
title: "Lesson {number}: riding out a craving"
summary: A craving rises, peaks and passes. Learn three ways to ride it out.
minutes: 8
objectives:
  - Describe how a craving rises and falls
  - Pick one skill to use at your next craving
sources:
  - "SAMHSA. TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment. 2006."
---
A craving can feel like it will last forever. It will not.

## Cravings are like waves

Think of a craving as a wave. It builds, it peaks, and then it falls.

::: facilitator
Ask the group: what helped you ride out a craving this week?
:::
"""
QUIZ = """## Which helps first?

- [ ] Keep it to yourself
  > Secrets give cravings power.
- [x] Call a friend
  > Yes. Talking it through helps.

Reaching out is one of the strongest steps.
"""


def write_course(root: Path, lessons: int) -> Path:
    """A content folder of ``lessons`` lessons, 20 to a module, each with a quiz."""
    for number in range(lessons):
        module = f"{number // LESSONS_PER_MODULE + 1:02d}-module"
        lesson = f"{number % LESSONS_PER_MODULE + 1:02d}-lesson.md"
        (root / "lessons" / module).mkdir(parents=True, exist_ok=True)
        (root / "quizzes" / module).mkdir(parents=True, exist_ok=True)
        (root / "lessons" / module / "module.md").write_text(
            f"---\ntitle: Module {module}\nsummary: Skills for hard moments.\n---\nIntro.\n"
        )
        (root / "lessons" / module / lesson).write_text(LESSON.format(number=number + 1))
        (root / "quizzes" / module / lesson).write_text(QUIZ)
    return root


def time_to_paint(command: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` in a 100x30 terminal until ``marker`` is on screen."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    seen = b""
    try:
        while time.perf_counter() - started < TIMEOUT_SECONDS:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(leader, 65536)
                except OSError:
                    break
                if marker in seen:
                    return time.perf_counter() - started
        raise RuntimeError(f"{command} never showed {marker!r}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        _drain_until_exit(process, leader)
        os.close(leader)


def _drain_until_exit(process: subprocess.Popen, leader: int) -> None:
    """Read the terminal until the app has exited: an app that saves and restores the terminal
    on SIGTERM writes as it closes, and would wait forever on a terminal nobody reads."""
    deadline = time.perf_counter() + TIMEOUT_SECONDS
    while process.poll() is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.05)
        if ready:
            try:
                os.read(leader, 65536)
            except OSError:
                break
    process.wait(timeout=10)


def main() -> int:
    """Time both apps and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--lessons", type=int, default=300, help="lessons in the generated course (default 300)"
    )
    args = parser.parse_args()
    compile_like_an_install()
    # The default progress folder (found through platformdirs, as for a learner), kept in a
    # throwaway XDG_DATA_HOME so the benchmark never touches real progress.
    data_home = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    env = {**os.environ, "TERM": "xterm-256color", "XDG_DATA_HOME": str(data_home)}
    env.pop("IOP_COURSE_DATA_DIR", None)
    python = sys.executable
    setup = (
        "from iop_course.store import ProgressStore, resolve_data_dir\n"
        "s = ProgressStore.open(resolve_data_dir()); s.set_setting('welcome_seen', True)\n"
        "s.close()"
    )
    subprocess.run([python, "-c", setup], check=True, env=env)
    big = write_course(data_home / "course", args.lessons)
    big_name = f"iop-course, {args.lessons} lessons"
    apps = {
        "bare Textual + Markdown": ([python, str(HERE / "bare_markdown_app.py")], b"Bare app"),
        "iop-course": ([python, "-m", "iop_course"], b"lessons done"),
        big_name: ([python, "-m", "iop_course", "--content", str(big)], b"lessons done"),
    }
    times: dict[str, list[float]] = {name: [] for name in apps}
    for command, marker in apps.values():
        time_to_paint(command, marker, env)  # warm the file cache and bytecode once
    for _ in range(args.runs):
        for name, (command, marker) in apps.items():
            times[name].append(time_to_paint(command, marker, env))
    for name, values in times.items():
        print(
            f"{name:26} median {statistics.median(values):.3f} s   "
            f"min {min(values):.3f} s   max {max(values):.3f} s   ({len(values)} runs)"
        )
    bare = statistics.median(times["bare Textual + Markdown"])
    ratios = {name: statistics.median(times[name]) / bare for name in ("iop-course", big_name)}
    for name, ratio in ratios.items():
        print(f"ratio ({name} / bare): {ratio:.2f}  (goal: at most {GOAL})")
    return 0 if max(ratios.values()) <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
