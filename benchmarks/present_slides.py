"""Speed of present mode: a slide turn against a bare Textual app, and how fast the notes follow.

Every app runs in a real 80x24 pseudo-terminal (``learning_loop.Terminal``). A slide turn is
timed from the key to the screen settling with the next slide's counter ("Slide 4 of"), on the
presenter and on a bare app that swaps one Static's text with the same words; the goal (issue
16) is at most 1.5 times the bare app. The notes follow: with the presenter and
``present --notes`` each in its own terminal, the time from the presenter's key until the notes
window draws that slide's counter; the goal is a median within 0.5 s. Every app it starts is
stopped however the run ends (an error, Ctrl-C, SIGTERM): a run once left 8 presenters and notes
windows running.
Usage: python benchmarks/present_slides.py [--turns N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from installed import compile_like_an_install
from terminal import Terminal, close_on_signals

HERE = Path(__file__).resolve().parent
LESSON_ID = "02-relapse-prevention/02-high-risk-situations"
TURN_GOAL = 1.5  # times the bare app
FOLLOW_GOAL = 0.5  # seconds, median


def environment(folder: Path) -> dict[str, str]:
    """A private beacon and settings folder, so the run touches nothing of the user's."""
    beacon = folder / "beacon"
    beacon.mkdir(mode=0o700)
    return {
        **os.environ,
        "IOP_COURSE_PRESENT_DIR": str(beacon),
        "IOP_COURSE_PRESENT_CONFIG_DIR": str(folder / "config"),
        "TERM": "xterm-256color",
        "COLUMNS": "80",
        "LINES": "24",
    }


def turns(terminal: Terminal, count: int) -> list[float]:
    """Press Right ``count`` times; the seconds from each key to the next slide settled."""
    times = []
    for number in range(2, count + 2):
        since = terminal.press("right")
        settled = terminal.settle(since, (f"Slide {number} of",))
        times.append(settled.seconds)
    return times


def slide_texts(count: int) -> list[str]:
    """Words like the presenter's slides, for the bare app (its counter line included)."""
    from iop_course.content.loader import load_course
    from iop_course.content.locate import builtin_content_dir
    from iop_course.present.deck import build_deck

    deck = build_deck(load_course(builtin_content_dir()), LESSON_ID)
    texts = []
    for number in range(1, count + 2):
        part = deck.parts[min(number - 1, len(deck.parts) - 1)]
        body = "\n\n".join(unit.plain for unit in part.units)[:700]
        texts.append(f"Slide {number} of {count + 1}\n\n{part.heading}\n\n{body}")
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10)
    count = parser.parse_args().turns
    close_on_signals()
    compile_like_an_install()
    with (
        tempfile.TemporaryDirectory(prefix="iop-present-bench-") as scratch,
        contextlib.ExitStack() as running,
    ):
        folder = Path(scratch)
        env = environment(folder)
        slides = folder / "slides.json"
        slides.write_text(json.dumps(slide_texts(count)), encoding="utf-8")
        with Terminal([sys.executable, str(HERE / "bare_slide_app.py"), str(slides)], env) as bare:
            bare.settle(bare.started, ("Slide 1 of",))
            bare_times = turns(bare, count)
        notes = running.enter_context(
            Terminal([sys.executable, "-m", "iop_course", "present", "--notes"], env)
        )
        notes.settle(notes.started, ("Nobody is presenting",))
        presenter = running.enter_context(
            Terminal([sys.executable, "-m", "iop_course", "present", LESSON_ID], env)
        )
        presenter.settle(presenter.started, ("Slide 1 of",))
        notes.settle(notes.started, ("Slide 1 of",))
        turn_times, follow_times = [], []
        for number in range(2, count + 2):
            since = presenter.press("right")
            turn_times.append(presenter.settle(since, (f"Slide {number} of",)).seconds)
            seen = notes.settle(since, (f"Slide {number} of",)).first_seen(f"Slide {number} of")
            follow_times.append(seen if seen is not None else float("inf"))
    bare_ms = statistics.median(bare_times) * 1000
    turn_ms = statistics.median(turn_times) * 1000
    follow = statistics.median(follow_times)
    ratio = turn_ms / bare_ms if bare_ms else float("inf")
    print(
        f"slide turn: {turn_ms:.0f} ms median, bare app {bare_ms:.0f} ms: {ratio:.2f}x "
        f"(goal {TURN_GOAL}x) {'ok' if ratio <= TURN_GOAL else 'MISSED'}"
    )
    print(
        f"notes follow: {follow * 1000:.0f} ms median (goal {FOLLOW_GOAL * 1000:.0f} ms) "
        f"{'ok' if follow <= FOLLOW_GOAL else 'MISSED'}"
    )
    return 0 if ratio <= TURN_GOAL and follow <= FOLLOW_GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
