"""A learner who types steadily (never a half-second pause) and whose app is killed keeps every
word that was on screen two seconds before the kill.

The real app runs in a terminal of its own (a pty); the test types a word every 0.2 s, as the
reliability probe did, reads what the app draws and notes when each word first showed, then
kills the app with SIGKILL and opens what is on disk.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from iop_course.store import ProgressStore
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

TYPING_SECONDS = 6.0
CHARACTER_EVERY = 0.05  # "w001 " is five keys: a word every quarter second, no pause ever
SHOWN_BEFORE_KILL = 2.0
READY_WITHIN = 60.0
STYLES = rb"(?:\x1b\[[0-9;?]*[A-Za-z])*"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty and SIGKILL")


class Terminal:
    """A pty the app draws on; everything it writes is kept with the time it arrived."""

    def __init__(self) -> None:
        self.leader, self.follower = pty.openpty()
        fcntl.ioctl(self.follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.output = bytearray()
        self.arrivals: list[tuple[int, float]] = []  # (end offset of a chunk, when it came)
        self._reader = threading.Thread(target=self._read, daemon=True)

    def start(self) -> None:
        os.close(self.follower)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.leader], [], [], 0.1)
                if ready:
                    chunk = os.read(self.leader, 65536)
                    if not chunk:
                        return
                    self.output += chunk
                    self.arrivals.append((len(self.output), time.monotonic()))
            except OSError:
                return

    def type(self, keys: str) -> None:
        os.write(self.leader, keys.encode())

    def wait_for(self, text: bytes, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.output:
            assert time.monotonic() < deadline, f"the app never showed {text!r}"
            time.sleep(0.05)

    def first_shown(self, word: str) -> float | None:
        """When ``word`` was first drawn (styles may sit between its letters), or None."""
        pattern = STYLES.join(re.escape(letter.encode()) for letter in word)
        found = re.search(pattern, bytes(self.output))
        if found is None:
            return None
        return next(when for end, when in self.arrivals if end >= found.end())


def test_steady_typing_is_saved_within_two_seconds_of_showing(tmp_path: Path) -> None:
    course = worksheet_course(tmp_path)
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.set_setting("screen", "lesson")
        store.set_page(SIGNS_LESSON, 0)
    terminal = Terminal()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    command = [
        sys.executable,
        "-m",
        "iop_course",
        "--content",
        str(course),
        "--data-dir",
        str(data),
    ]
    app = subprocess.Popen(
        command,
        stdin=terminal.follower,
        stdout=terminal.follower,
        stderr=terminal.follower,
        env=env,
        start_new_session=True,
    )
    terminal.start()
    words: list[str] = []
    try:
        terminal.wait_for(b"start to slide", READY_WITHIN)
        time.sleep(1.0)
        terminal.type("\t")
        time.sleep(1.0)
        started = time.monotonic()
        while time.monotonic() - started < TYPING_SECONDS:
            word = f"w{len(words):03d}"
            words.append(word)
            for key in word + " ":
                terminal.type(key)
                time.sleep(CHARACTER_EVERY)
        killed_at = time.monotonic()
        os.killpg(app.pid, signal.SIGKILL)
    finally:
        if app.poll() is None:
            os.killpg(app.pid, signal.SIGKILL)
        app.wait(timeout=30)
        os.close(terminal.leader)
    shown = {word: terminal.first_shown(word) for word in words}
    due = [word for word, when in shown.items() if when and when <= killed_at - SHOWN_BEFORE_KILL]
    assert len(due) >= 10, f"too few words were drawn in time to judge: {shown}"
    with ProgressStore.open(data) as store:
        saved = {answer.prompt_id: answer.text for answer in store.worksheet_answers(SIGNS_LESSON)}
    kept = saved.get("my-signs", "").split()
    lost = [word for word in due if word not in kept]
    assert lost == [], f"{len(lost)} of {len(due)} words shown 2 s before the kill were lost"
