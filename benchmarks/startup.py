"""Start-up speed: time from launch to the first painted screen, IOP Course against a bare app.

Each app runs in a real pseudo-terminal; the clock stops when the terminal first shows text that
only the painted screen contains. Runs alternate between the two apps so machine noise hits both.
The goal (from the issue): IOP Course within 1.25 times the bare Textual app with one Markdown
widget. Usage: python benchmarks/startup.py [--runs N]
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

HERE = Path(__file__).resolve().parent
TIMEOUT_SECONDS = 20.0


def time_to_paint(command: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` in a 100x30 terminal until ``marker`` is on screen."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower,
                               env=env, start_new_session=True)
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
        process.wait(timeout=10)
        os.close(leader)


def main() -> int:
    """Time both apps and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    # The default progress folder (found through platformdirs, as for a learner), kept in a
    # throwaway XDG_DATA_HOME so the benchmark never touches real progress.
    data_home = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    env = {**os.environ, "TERM": "xterm-256color", "XDG_DATA_HOME": str(data_home)}
    env.pop("IOP_COURSE_DATA_DIR", None)
    python = sys.executable
    setup = ("from iop_course.store import ProgressStore, resolve_data_dir\n"
             "s = ProgressStore.open(resolve_data_dir()); s.set_setting('welcome_seen', True)\n"
             "s.close()")
    subprocess.run([python, "-c", setup], check=True, env=env)
    apps = {
        "bare Textual + Markdown": ([python, str(HERE / "bare_markdown_app.py")], b"Bare app"),
        "iop-course": ([python, "-m", "iop_course"], b"lessons done"),
    }
    times: dict[str, list[float]] = {name: [] for name in apps}
    for name, (command, marker) in apps.items():
        time_to_paint(command, marker, env)  # warm the file cache and bytecode once
    for _ in range(args.runs):
        for name, (command, marker) in apps.items():
            times[name].append(time_to_paint(command, marker, env))
    for name, values in times.items():
        print(f"{name:26} median {statistics.median(values):.3f} s   "
              f"min {min(values):.3f} s   max {max(values):.3f} s   ({len(values)} runs)")
    ratio = statistics.median(times["iop-course"]) / statistics.median(
        times["bare Textual + Markdown"])
    print(f"ratio (iop-course / bare): {ratio:.2f}  (goal: at most 1.25)")
    return 0 if ratio <= 1.25 else 1


if __name__ == "__main__":
    sys.exit(main())
