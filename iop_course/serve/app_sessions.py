"""The app processes a server started, and ending all of them when the server stops.

Each served app records its process id (also its process group id, see ``launch``) as an empty
file in a private folder made for one server run. Ending them sends SIGTERM to each group, gives
them a moment to close, then sends SIGKILL to any that are still there. A process group, not
a process, so nothing an app started is left behind either.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

GRACE_SECONDS = 3.0
CHECK_SECONDS = 0.05
KILL_WAIT_SECONDS = 2.0  # a killed process is gone within moments; this only bounds the wait


class AppSessions:
    """A private list of the app processes one server started; ``end_all`` ends them."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="iop-course-serve-"))  # 0700 by mkdtemp

    def launch_command(self, app_command: Sequence[str]) -> str:
        """The shell command textual-serve runs per browser tab: the app, launched recorded.

        It starts in the folder that holds the installed package: ``python -m`` puts the
        current folder first on the path, and the server's current folder (wherever ``serve``
        was started) may hold another ``iop_course`` or a module named like one the app imports.
        The app's paths are absolute (``served_command``), so the folder changes nothing else.
        """
        package_parent = str(Path(__file__).resolve().parents[2])
        launch = [sys.executable, "-m", "iop_course.serve.launch", str(self.folder), "--"]
        return f"cd {shlex.quote(package_parent)} && " + shlex.join([*launch, *app_command])

    def recorded(self) -> list[int]:
        """The process ids of the apps started so far (some may have ended)."""
        with suppress(OSError):
            return sorted(
                int(entry.name) for entry in self.folder.iterdir() if entry.name.isdigit()
            )
        return []

    def running(self) -> list[int]:
        """The recorded apps whose process group still has a live process."""
        return [pid for pid in self.recorded() if _group_alive(pid)]

    def end_all(self, grace: float = GRACE_SECONDS) -> list[int]:
        """End every recorded app's process group; returns the ids that had to be killed."""
        for pid in self.running():
            _signal_group(pid, signal.SIGTERM)
        self._wait_until_ended(grace)
        stubborn = self.running()
        for pid in stubborn:
            _signal_group(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        self._wait_until_ended(KILL_WAIT_SECONDS)
        return stubborn

    def _wait_until_ended(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.running() and time.monotonic() < deadline:
            time.sleep(CHECK_SECONDS)

    def close(self) -> None:
        """End every app, then remove the list."""
        self.end_all()
        shutil.rmtree(self.folder, ignore_errors=True)


def _signal_group(pid: int, number: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, number)  # run_serve refuses to start where there are no process groups


def _group_alive(pgid: int) -> bool:
    """True while the group has a process that has not ended (zombies have ended)."""
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return not _only_zombies(pgid)


def _only_zombies(pgid: int) -> bool:
    """True when every process left in the group is a zombie (ended, not yet reaped by the
    server); without /proc this cannot be told, and the group counts as alive."""
    proc = Path("/proc")
    if not (proc / "self").exists():
        return False
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != "Z":
            return False
    return True
