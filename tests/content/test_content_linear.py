"""Checking and opening cost time in proportion to file size, never its square.

A 300 KB lesson once froze the app and took 10 s to check, because box parsing copied the rest
of the token list once per box. These tests compare the work done on one size of input with the
work on a size 8 or 16 times larger: linear work grows 8 or 16 times, quadratic work 64 or 256
times, so the bounds below are generous on purpose and do not depend on the machine's speed.
The first kind counts Python function calls (exact); the second measures processor time with
the garbage collector paused, for work done inside C, like copying a list.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.content.checker import check_content
from iop_course.content.lesson_parser import parse_body
from iop_course.content.quiz_parser import parse_quiz
from iop_course.content.readability import measure
from iop_course.content.source import split_front_matter
from tests.content.conftest import write_files

HEAD = "---\ntitle: T\nsummary: S\n---\n"
SHAPES: dict[str, Callable[[int], str]] = {
    "many-small-boxes": lambda n: "".join(f"::: tip\nTip {i}.\n:::\n" for i in range(n)),
    "boxes-and-pages": lambda n: "".join(
        f"Para {i}.\n\n::: tip\nA tip.\n:::\n\n" + ("## Page\n\n" if i % 10 == 0 else "")
        for i in range(n)
    ),
    "unclosed-boxes": lambda n: "".join(f"Para {i}.\n\n::: tip\nTip {i}.\n\n" for i in range(n)),
    "unclosed-boxes-and-pages": lambda n: "".join(
        f"::: facilitator\nAsk {i}.\n\n## Page {i}\n\nText.\n\n" for i in range(n)
    ),
    "stray-closers": lambda n: "".join(f"Para {i}.\n:::\n\n" for i in range(n)),
    "boxes-in-lists": lambda n: "".join(
        f"- item {i}\n\n  ::: tip\n  x\n  :::\n\n" for i in range(n)
    ),
    "headings-in-a-box": lambda n: (
        "::: tip\n" + "".join(f"### H{i}\n\ntext\n\n" for i in range(n)) + ":::\n"
    ),
}


def quiz_text(n: int) -> str:
    """A quiz of ``n`` questions, each with a facilitator box."""
    return "".join(
        f"## Q{i}?\n\n::: facilitator\nTalk.\n:::\n\n- [ ] A\n  > No.\n- [x] B\n  > Yes.\n\nE.\n\n"
        for i in range(n)
    )


def check_lesson(text: str) -> None:
    """What the checker and the lesson screen do with one lesson's text."""
    body = parse_body(split_front_matter(Path("a.md"), text, True), "T")
    measure(body.prose)


def check_quiz(text: str) -> None:
    """What the checker and the quiz screen do with one quiz's text."""
    parse_quiz("m/l", split_front_matter(Path("q.md"), text, False))


def calls(work: Callable[[], None]) -> int:
    """How many Python function calls ``work`` makes."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def processor_seconds(work: Callable[[], None], repeats: int = 3) -> float:
    """The least processor time of a few runs, with the garbage collector paused."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Load the word lists and the parser first, so no size pays for them alone."""
    check_lesson(HEAD + "Warm up.\n\n::: tip\nx\n:::\n")
    check_quiz(quiz_text(1))


@pytest.mark.parametrize("shape", list(SHAPES))
def test_lesson_parsing_calls_grow_linearly(shape):
    small, large = (HEAD + SHAPES[shape](n) for n in (200, 1600))
    ratio = calls(lambda: check_lesson(large)) / calls(lambda: check_lesson(small))
    assert ratio < 12, f"8 times the text made {ratio:.1f} times the calls"


def test_quiz_parsing_calls_grow_linearly():
    ratio = calls(lambda: check_quiz(quiz_text(800))) / calls(lambda: check_quiz(quiz_text(100)))
    assert ratio < 12, f"8 times the questions made {ratio:.1f} times the calls"


@pytest.mark.parametrize("shape", ["many-small-boxes", "unclosed-boxes-and-pages"])
def test_lesson_parsing_time_grows_linearly(shape):
    small, large = (HEAD + SHAPES[shape](n) for n in (1500, 24000))
    assert len(large) > 300_000
    ratio = processor_seconds(lambda: check_lesson(large), 1) / processor_seconds(
        lambda: check_lesson(small)
    )
    assert ratio < 40, f"16 times the text took {ratio:.1f} times as long"


def test_the_whole_checker_calls_grow_linearly(tmp_path, clean_files, author):
    def folder(name: str, n: int) -> Path:
        return write_files(
            tmp_path / name,
            {
                **clean_files,
                "lessons/01-coping/01-cravings.md": author.lesson(
                    body=SHAPES["boxes-and-pages"](n)
                ),
                "quizzes/01-coping/01-cravings.md": quiz_text(n // 4),
            },
        )

    small, large = folder("small", 200), folder("large", 1600)
    check_content(small)
    ratio = calls(lambda: check_content(large)) / calls(lambda: check_content(small))
    assert ratio < 12, f"8 times the content made {ratio:.1f} times the calls"
