"""Plain mode's first line against the full-screen app's first paint, for a returning learner.

Plain mode is for people who cannot use the full-screen app; it must not make them wait longer.
Both run in the same pseudo-terminal size, alternating, with the same progress folder (welcome
seen, so both show their first real screen). The clock stops when plain mode prints its first
line about the course ("lessons done") and when the full-screen app paints the list of lessons.
Goal (issue 18): plain mode's first line comes before the full-screen app's first paint.
Usage: python benchmarks/plain_first_line.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from installed import compile_like_an_install
from startup import time_to_paint


def main() -> int:
    """Time both, print medians and the ratio; exit 1 when plain mode is not first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    compile_like_an_install()
    data_home = Path(tempfile.mkdtemp(prefix="iop-bench-plain-"))
    env = {**os.environ, "TERM": "xterm-256color", "XDG_DATA_HOME": str(data_home)}
    env.pop("IOP_COURSE_DATA_DIR", None)
    python = sys.executable
    setup = (
        "from iop_course.store import ProgressStore, resolve_data_dir\n"
        "s = ProgressStore.open(resolve_data_dir()); s.set_setting('welcome_seen', True)\n"
        "s.close()"
    )
    subprocess.run([python, "-c", setup], check=True, env=env)
    apps = {
        "full-screen app, first paint": ([python, "-m", "iop_course"], b"lessons done"),
        "plain mode, first line": ([python, "-m", "iop_course", "--plain"], b"lessons done"),
    }
    times: dict[str, list[float]] = {name: [] for name in apps}
    for command, marker in apps.values():
        time_to_paint(command, marker, env)  # warm the file cache and bytecode once
    for _ in range(args.runs):
        for name, (command, marker) in apps.items():
            times[name].append(time_to_paint(command, marker, env))
    for name, values in times.items():
        print(f"{name:30} median {statistics.median(values):.3f} s   ({len(values)} runs)")
    full, plain = (statistics.median(values) for values in times.values())
    print(f"ratio (plain / full-screen): {plain / full:.2f}  (goal: below 1)")
    return 0 if plain < full else 1


if __name__ == "__main__":
    sys.exit(main())
