"""Drives ``iop-course --plain`` through real pipes, prompt by prompt, as a person would.

The driver reads the program's output until a prompt (a last line that starts with "Type " and
ends with ": ") and then types a line. It knows the course's questions, so it can pick the right
choices by their text, as a learner who read the lesson would.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

PROMPT_START = "Type "
WAIT_SECONDS = 30


class PlainDriver:
    """One ``iop-course --plain`` process, with its whole output kept (as bytes and text)."""

    def __init__(self, data_dir: Path, *extra: str, columns: int | None = None) -> None:
        env = dict(os.environ)
        env.pop("COLUMNS", None)
        if columns is not None:
            env["COLUMNS"] = str(columns)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "iop_course", "--plain", "--data-dir", str(data_dir), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.raw = bytearray()
        self._chunks: queue.Queue[bytes] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        while chunk := self.process.stdout.read1(65536):
            self._chunks.put(chunk)
        self._chunks.put(b"")

    @property
    def text(self) -> str:
        """Everything printed so far."""
        return self.raw.decode("utf-8")

    def until_prompt(self) -> str:
        """Read until the program waits at a prompt; the output since the last call."""
        start = len(self.raw)
        while True:
            shown = self.raw.decode("utf-8", errors="replace")
            last = shown.rsplit("\n", 1)[-1]
            if len(self.raw) > start and last.startswith(PROMPT_START) and last.endswith(": "):
                return self.raw[start:].decode("utf-8")
            chunk = self._chunks.get(timeout=WAIT_SECONDS)
            if chunk == b"":
                raise EOFError(self.raw[start:].decode("utf-8", errors="replace"))
            self.raw += chunk

    def type(self, line: str) -> str:
        """Type ``line`` and Enter; the output up to the next prompt."""
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode("utf-8") + b"\n")
        self.process.stdin.flush()
        return self.until_prompt()

    def finish(self, line: str = "q") -> tuple[int, str]:
        """Type a last line and close input; the exit code and the rest of the output."""
        assert self.process.stdin is not None
        start = len(self.raw)
        self.process.stdin.write(line.encode("utf-8") + b"\n")
        self.process.stdin.close()
        code = self.process.wait(timeout=WAIT_SECONDS)
        while (chunk := self._chunks.get(timeout=WAIT_SECONDS)) != b"":
            self.raw += chunk
        return code, self.raw[start:].decode("utf-8")

    def errors(self) -> str:
        """What the program wrote to standard error (once it has ended)."""
        assert self.process.stderr is not None
        return self.process.stderr.read().decode("utf-8")
