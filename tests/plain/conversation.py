"""Plain mode in this process, with a learner who answers each prompt by reading the screen.

``Conversation`` stands in for standard input: each time plain mode reads a line, it asks the
test's ``answer`` function, which sees everything printed since the last prompt. Plain mode runs
on the real store and course; only the terminal is replaced.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.plain.console import PlainConsole
from iop_course.plain.plain_course import PlainCourse
from iop_course.review.clock import utc_now
from iop_course.store import ProgressStore


class Conversation(io.TextIOBase):
    """Standard input whose lines come from ``answer(output since the last prompt)``; None ends
    the input (as a closed pipe or Ctrl+D does)."""

    def __init__(self, answer: Callable[[str], str | None], sink: io.StringIO) -> None:
        self.answer = answer
        self.sink = sink
        self.read_up_to = 0
        self.turns = 0

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.turns += 1
        assert self.turns < 2000, "the conversation never ended"
        shown = self.sink.getvalue()[self.read_up_to :]
        self.read_up_to = len(self.sink.getvalue())
        line = self.answer(shown)
        return "" if line is None else line + "\n"


def run_plain(
    content: Path,
    data_dir: Path,
    answer: Callable[[str], str | None],
    now: datetime | None = None,
    width: int = 80,
) -> tuple[int, str]:
    """Plain mode on ``content`` and the store in ``data_dir`` until it ends: its exit code and
    everything it printed."""
    sink = io.StringIO()
    store = ProgressStore.open(data_dir)
    try:
        course = PlainCourse(
            PlainConsole(Conversation(answer, sink), sink, width=width),
            load_course(content),
            store,
            clock=(lambda: now) if now is not None else utc_now,
            rng=random.Random(7),
        )
        code = course.run()
        store = course.store
    finally:
        store.close()
    return code, sink.getvalue()


def script(*lines: str) -> Callable[[str], str | None]:
    """An ``answer`` that types these lines in order, then ends the input."""
    left = list(lines)
    return lambda shown: left.pop(0) if left else None
