"""Speed of present mode: a slide turn against a bare Textual app, and how fast the notes follow.

Every app runs in a real pseudo-terminal (``terminal.Terminal``, 100x30). A slide turn is
timed from the key to the screen settling with the next slide's counter ("Slide 4 of"), on the
presenter alone and on a bare app that swaps one Static's text with the same words; the goal
(issue 16) is at most 1.5 times the bare app. The two take turns, a few rounds each, so a
change in the machine's load (it is shared) falls on both; the load average is printed. The
turns onto question slides are shown apart too. The notes follow: with the presenter and
``present --notes`` each in its own terminal, the time from the presenter's key until the notes
window draws that slide's counter; the goal is a median within 0.5 s. The presenter's turns in
that run are shown too: there the notes window draws every slide at the same moment, on the
same CPU. Every app it starts is stopped however the run ends (an error, Ctrl-C, SIGTERM): a
run once left 8 presenters and notes windows running.
Usage: python benchmarks/present_slides.py [--turns N] [--rounds N]
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


def turns(terminal: Terminal, count: int) -> list[tuple[float, bool]]:
    """Press Right ``count`` times; the seconds from each key to the next slide settled, and
    whether that slide shows a quiz question."""
    times = []
    for number in range(2, count + 2):
        since = terminal.press("right")
        settled = terminal.settle(since, (f"Slide {number} of",))
        question = "Question " in terminal.text_since(settled.first_chunk)
        times.append((settled.seconds, question))
    return times


def load() -> str:
    """The machine's load average over 1, 5 and 15 minutes."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def median_ms(times: list[tuple[float, bool]], question: bool | None = None) -> float:
    """The median in ms of the turns (onto question slides only, or onto the others only)."""
    kept = [seconds for seconds, on_question in times if question in (None, on_question)]
    return statistics.median(kept) * 1000 if kept else float("nan")


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
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    count = arguments.turns
    close_on_signals()
    compile_like_an_install()
    print(f"load average at the start: {load()}")
    with (
        tempfile.TemporaryDirectory(prefix="iop-present-bench-") as scratch,
        contextlib.ExitStack() as running,
    ):
        folder = Path(scratch)
        env = environment(folder)
        slides = folder / "slides.json"
        slides.write_text(json.dumps(slide_texts(count)), encoding="utf-8")
        bare_times: list[tuple[float, bool]] = []
        turn_times: list[tuple[float, bool]] = []
        for round_number in range(arguments.rounds):
            bare_command = [sys.executable, str(HERE / "bare_slide_app.py"), str(slides)]
            with Terminal(bare_command, env) as bare:
                bare.settle(bare.started, ("Slide 1 of",))
                bare_times += [(seconds, False) for seconds, _question in turns(bare, count)]
            # A settings folder of its own each time: no "go back to where the group was?".
            fresh = {**env, "IOP_COURSE_PRESENT_CONFIG_DIR": str(folder / f"config-{round_number}")}
            presenter_command = [sys.executable, "-m", "iop_course", "present", LESSON_ID]
            with Terminal(presenter_command, fresh) as alone:
                alone.settle(alone.started, ("Slide 1 of",))
                turn_times += turns(alone, count)
        notes = running.enter_context(
            Terminal([sys.executable, "-m", "iop_course", "present", "--notes"], env)
        )
        notes.settle(notes.started, ("Nobody is presenting",))
        presenter = running.enter_context(
            Terminal([sys.executable, "-m", "iop_course", "present", LESSON_ID], env)
        )
        presenter.settle(presenter.started, ("Slide 1 of",))
        notes.settle(notes.started, ("Slide 1 of",))
        with_notes, follow_times = [], []
        for number in range(2, count + 2):
            since = presenter.press("right")
            with_notes.append(presenter.settle(since, (f"Slide {number} of",)).seconds)
            seen = notes.settle(since, (f"Slide {number} of",)).first_seen(f"Slide {number} of")
            follow_times.append(seen if seen is not None else float("inf"))
    bare_ms = median_ms(bare_times)
    turn_ms = median_ms(turn_times)
    follow = statistics.median(follow_times)
    ratio = turn_ms / bare_ms if bare_ms else float("inf")
    print(
        f"slide turn: {turn_ms:.0f} ms median, bare app {bare_ms:.0f} ms: {ratio:.2f}x "
        f"(goal {TURN_GOAL}x) {'ok' if ratio <= TURN_GOAL else 'MISSED'} "
        f"({len(turn_times)} turns each, {arguments.rounds} rounds)"
    )
    for name, question in (("onto text slides", False), ("onto question slides", True)):
        shown = [seconds for seconds, on_question in turn_times if on_question is question]
        if shown:
            ms = median_ms(turn_times, question)
            print(f"  {name}: {ms:.0f} ms median, {ms / bare_ms:.2f}x ({len(shown)} turns)")
    print(
        f"slide turn with the notes window drawing each slide too (sharing the CPU): "
        f"{statistics.median(with_notes) * 1000:.0f} ms median"
    )
    print(
        f"notes follow: {follow * 1000:.0f} ms median (goal {FOLLOW_GOAL * 1000:.0f} ms) "
        f"{'ok' if follow <= FOLLOW_GOAL else 'MISSED'}"
    )
    print(f"load average at the end: {load()}")
    return 0 if ratio <= TURN_GOAL and follow <= FOLLOW_GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
