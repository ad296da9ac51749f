"""An app in a real pseudo-terminal, what it draws (timestamped) and the screen a learner sees.

Every benchmark that times what a learner sees uses this: a key is written to the terminal, and
the clock stops when the screen settles (the expected text is on screen and nothing more is
drawn for a while; the time of the last drawing counts). The bytes drawn are replayed into an
emulated screen (pyte) to tell frames apart and to say whether the first frame with the
expected text is already the screen the app settles on. The app's memory is read from
/proc (Linux). Each app runs in a process group of its own (so Ctrl-C at the benchmark does not
reach it): a benchmark closes every Terminal it opened however it ends (``with Terminal(...)``,
``close_on_signals``), or its apps live on after it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
from dataclasses import dataclass
from types import FrameType

import pyte

ROWS, COLUMNS = 30, 100
TIMEOUT_SECONDS = 30.0
CLOSE_SECONDS = 10.0  # an app that has not exited this long after SIGTERM is killed
QUIET_SECONDS = 0.3  # no drawing for this long means the screen has settled
# Textual draws at most 60 frames a second: text drawn less than half a frame apart is one
# frame split over several reads of the terminal, not two frames.
FRAME_GAP = 1 / 120
TERMINAL_KEYS = {
    "right": b"\x1b[C",
    "left": b"\x1b[D",
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "end": b"\x1b[F",
    "home": b"\x1b[H",
    "enter": b"\r",
    "escape": b"\x1b",
}
# Textual asks whether the terminal has synchronized updates, and if so brackets each frame.
SYNC_QUERY = b"\x1b[?2026$p"
SYNC_SUPPORTED = b"\x1b[?2026;2$y"
SYNC_BEGIN, SYNC_END = b"\x1b[?2026h", b"\x1b[?2026l"
ANSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Z0-9]|.)")


class Terminal:
    """A command running in a pseudo-terminal, with the text it has drawn, timestamped."""

    def __init__(
        self, command: list[str], env: dict[str, str], rows: int = ROWS, columns: int = COLUMNS
    ) -> None:
        self.rows, self.columns = rows, columns
        self.leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command,
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
            start_new_session=True,
        )
        os.close(follower)
        self.chunks: list[tuple[float, bytes]] = []
        self._closed = False

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exception: object) -> None:
        self.close()

    def press(self, key: str) -> float:
        """Write one key; returns when it was written."""
        os.write(self.leader, TERMINAL_KEYS.get(key, key.encode()))
        return time.perf_counter()

    def settle(self, since: float, markers: tuple[str, ...]) -> Settled:
        """Wait until any of ``markers`` was drawn after ``since`` and drawing has stopped.

        The marker "" accepts a screen that did not change at all.
        """
        first_chunk = len(self.chunks)
        deadline = since + TIMEOUT_SECONDS
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.leader], [], [], 0.02)
            if ready:
                try:
                    self.chunks.append((time.perf_counter(), os.read(self.leader, 65536)))
                except OSError:
                    break
                if SYNC_QUERY in self.chunks[-1][1]:
                    os.write(self.leader, SYNC_SUPPORTED)
                continue
            drawn = self.chunks[first_chunk:]
            last_drawing = drawn[-1][0] if drawn else since
            quiet = time.perf_counter() - last_drawing >= QUIET_SECONDS
            if quiet and any(marker in self.text_since(first_chunk) for marker in markers):
                return Settled(since, drawn, first_chunk, self)
        raise RuntimeError(
            f"never showed any of {markers!r} (last drawn: {self.text_since(first_chunk)[-400:]!r})"
        )

    def text_since(self, first_chunk: int) -> str:
        """What was drawn from chunk ``first_chunk`` on, without escape codes."""
        return b"".join(ANSI.sub(b"", chunk) for _, chunk in self.chunks[first_chunk:]).decode(
            errors="replace"
        )

    def frames(self, until_chunk: int | None = None) -> list[Frame]:
        """Every frame drawn so far (up to ``until_chunk``), replayed on an emulated screen.

        A frame ends where the app ends its synchronized update (the terminal said it has
        them, as most do); drawing outside one counts as a frame when a pause follows it.
        """
        screen = pyte.Screen(self.columns, self.rows)
        stream = pyte.ByteStream(screen)
        frames: list[Frame] = []
        chunks = self.chunks[:until_chunk]
        in_update = False
        for index, (at, chunk) in enumerate(chunks):
            stream.feed(chunk)
            begun, ended = chunk.rfind(SYNC_BEGIN), chunk.rfind(SYNC_END)
            if begun >= 0 or ended >= 0:
                in_update = begun > ended
                if not in_update:
                    frames.append(Frame(at, index + 1, tuple(screen.display)))
                continue
            next_at = chunks[index + 1][0] if index + 1 < len(chunks) else None
            if not in_update and (next_at is None or next_at - at > FRAME_GAP):
                frames.append(Frame(at, index + 1, tuple(screen.display)))
        return frames

    def memory_mib(self) -> tuple[float, float]:
        """The app's resident memory now and at its peak, in MiB (Linux /proc)."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                name, _, value = line.partition(":")
                fields[name] = value
        return _kib(fields["VmRSS"]) / 1024, _kib(fields["VmHWM"]) / 1024

    def close(self) -> None:
        """Stop the app's whole process group and close its terminal (once; again does nothing).

        The terminal is read until the app has exited: an app that restores the terminal on
        SIGTERM writes as it closes, and would wait for ever on a terminal nobody reads. An app
        that has not exited by then is killed, and so is anything left in its group.
        """
        if self._closed:
            return
        self._closed = True
        try:
            _signal_group(self.process.pid, signal.SIGTERM)
            deadline = time.perf_counter() + CLOSE_SECONDS
            while self.process.poll() is None and time.perf_counter() < deadline:
                ready, _, _ = select.select([self.leader], [], [], 0.05)
                if ready:
                    try:
                        os.read(self.leader, 65536)
                    except OSError:
                        break
        finally:
            _signal_group(self.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            os.close(self.leader)


def _signal_group(group: int, number: signal.Signals) -> None:
    """Send ``number`` to every process of ``group`` (gone already: nothing to do)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, number)


def close_on_signals() -> None:
    """Make SIGTERM and SIGHUP end the benchmark as Ctrl-C does, with an exception, so the
    ``with`` blocks and ``finally`` clauses that close its terminals run (by default they would
    end it at once, and leave its apps running)."""

    def stop(number: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + number)

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, stop)


def _kib(value: str) -> int:
    return int(value.split()[0])


@dataclass(frozen=True)
class Frame:
    """The emulated screen after one frame: when it was drawn and its lines."""

    at: float
    chunks: int  # how many chunks of the terminal's output it includes
    lines: tuple[str, ...]

    def shows(self, marker: str) -> bool:
        """True when ``marker`` is on one line of this frame."""
        return any(marker in line for line in self.lines)


@dataclass
class Settled:
    """What was drawn between a key press (or launch) and the screen settling."""

    since: float
    drawn: list[tuple[float, bytes]]
    first_chunk: int
    terminal: Terminal

    @property
    def seconds(self) -> float:
        """From the key press to the last drawing (0 when nothing was drawn)."""
        return self.drawn[-1][0] - self.since if self.drawn else 0.0

    def first_seen(self, marker: str) -> float | None:
        """Seconds from the key press until ``marker`` was first drawn."""
        text = b""
        for at, chunk in self.drawn:
            text += ANSI.sub(b"", chunk)
            if marker.encode() in text:
                return at - self.since
        return None

    def frames_after(self, marker: str) -> tuple[Frame | None, list[Frame]]:
        """The first frame of this step whose screen shows ``marker``, and every later frame
        that changed what is on screen."""
        end = self.first_chunk + len(self.drawn)
        frames = [f for f in self.terminal.frames(end) if f.chunks > self.first_chunk]
        first = next((frame for frame in frames if frame.shows(marker)), None)
        if first is None:
            return None, []
        changed, shown = [], first.lines
        for frame in frames[frames.index(first) + 1 :]:
            if frame.lines != shown:
                changed.append(frame)
                shown = frame.lines
        return first, changed
