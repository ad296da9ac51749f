"""Fixtures for the content tests: small content folders written into ``tmp_path`` from dicts.

``make_content`` writes ``{"lessons/01-m/01-a.md": text, ...}`` under a fresh folder. The texts
of a lesson and a quiz that pass the checker with no problem at all come from ``clean_files``,
so each test can break exactly one thing and look for exactly one problem.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from iop_course.content.checker import CheckReport, check_content
from iop_course.content.model import Problem, Severity

Files = dict[str, str | bytes]

LESSON = "lessons/01-coping/01-cravings.md"  # the first lesson of ``clean_files``
# A lesson's front matter with the two required fields: its body starts on line 5.
HEAD = "---\ntitle: Riding out cravings\nsummary: Cravings pass.\n---\n"

# Short sentences of short words: well under reading grade 8.
SIMPLE_SENTENCES = (
    "A craving is a strong urge to use. It can feel like it will last for ever. "
    "But most cravings rise, peak and fade in less than an hour. You can ride one out. "
    "Call a friend, take a walk or drink a glass of cold water. Each time you wait it out, "
    "the next one gets a bit weaker. "
)

# Long sentences of long words: far above reading grade 8.
HARD_SENTENCES = (
    "Comprehensive psychological rehabilitation necessitates considerable organizational "
    "commitment, interdisciplinary collaboration and individualized therapeutic "
    "intervention from participating professionals, institutions and communities. "
)


def paragraphs(sentences: str, words: int) -> str:
    """Exactly ``words`` words of ``sentences``, repeated as needed, in paragraphs of up to 60."""
    vocabulary = sentences.split()
    picked = [vocabulary[n % len(vocabulary)] for n in range(words)]
    if picked and not picked[-1].endswith("."):
        picked[-1] += "."
    return "\n\n".join(" ".join(picked[n : n + 60]) for n in range(0, len(picked), 60))


def lesson_text(
    title: str = "Riding out cravings",
    summary: str = "Cravings pass. Learn three ways to wait one out.",
    extra_front: str = "minutes: 8\nobjectives:\n  - Name three ways to ride out a craving\n"
    'sources:\n  - "SAMHSA. TIP 47. 2006."\n',
    body: str | None = None,
    pages: int = 3,
    words: int = 600,
    sentences: str = SIMPLE_SENTENCES,
) -> str:
    """A lesson file; by default one the checker passes with no warning.

    The body has an opening page, ``pages - 1`` more pages and a facilitator box.
    """
    if body is None:
        per_page = paragraphs(sentences, words // pages)
        parts = [per_page]
        parts += [f"## Part {number}\n\n{per_page}" for number in range(2, pages + 1)]
        parts.append("::: facilitator\nAsk the group: what helps you wait?\n:::")
        body = "\n\n".join(parts) + "\n"
    front = f"title: {title}\n" if title else ""
    front += f"summary: {summary}\n" if summary else ""
    return f"---\n{front}{extra_front}---\n{body}"


def question_text(number: int) -> str:
    """One well-formed quiz question with feedback on each choice and an explanation."""
    return (
        f"## Question number {number}: which helps?\n\n"
        "- [ ] Keep it to yourself\n"
        "  > Secrets give cravings power.\n"
        "- [x] Call a friend\n"
        "  > Yes. Talking it through helps.\n\n"
        "Reaching out is one of the strongest steps.\n"
    )


def quiz_text(questions: int = 4, front: str = "") -> str:
    """A quiz file with ``questions`` good questions; by default no front matter."""
    head = f"---\n{front}---\n" if front else ""
    return head + "\n".join(question_text(n) for n in range(1, questions + 1))


MODULE_TEXT = "---\ntitle: Coping skills\nsummary: Ways to get through hard moments.\n---\nIntro.\n"


def write_files(root: Path, files: Files) -> Path:
    """Write each ``relative path: text or bytes`` under ``root`` and return ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
    root.mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[[Files], Path]:
    """Write a content folder from a dict; each call makes a new folder."""
    numbers = itertools.count(1)

    def make(files: Files) -> Path:
        return write_files(tmp_path / f"content-{next(numbers)}", files)

    return make


@pytest.fixture
def clean_files() -> Files:
    """A content folder with one module, two lessons and their quizzes, and no problem at all."""
    return {
        "lessons/01-coping/module.md": MODULE_TEXT,
        LESSON: lesson_text(),
        "lessons/01-coping/02-saying-no.md": lesson_text(title="Saying no"),
        "quizzes/01-coping/01-cravings.md": quiz_text(),
        "quizzes/01-coping/02-saying-no.md": quiz_text(),
    }


@pytest.fixture
def check(make_content: Callable[[Files], Path]) -> Callable[[Files], CheckReport]:
    """Write a content folder and run the whole checker on it."""

    def run(files: Files) -> CheckReport:
        return check_content(make_content(files))

    return run


def errors_in(problems: Iterable[Problem], path: Path) -> list[Problem]:
    """The error-level problems reported for one file or folder."""
    return [p for p in problems if p.path == path and p.severity is Severity.ERROR]


def warnings_in(problems: Iterable[Problem], path: Path) -> list[Problem]:
    """The warnings reported for one file or folder."""
    return [p for p in problems if p.path == path and p.severity is Severity.WARNING]


class Author:
    """What a test needs to write content like an author would, and to read the result."""

    simple = SIMPLE_SENTENCES
    hard = HARD_SENTENCES
    module = MODULE_TEXT
    paragraphs = staticmethod(paragraphs)
    lesson = staticmethod(lesson_text)
    question = staticmethod(question_text)
    quiz = staticmethod(quiz_text)
    errors = staticmethod(errors_in)
    warnings = staticmethod(warnings_in)


@pytest.fixture
def author() -> type[Author]:
    """Builders for lesson, module and quiz texts, and filters for the problems found."""
    return Author


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m iop_course ARGS`` in a fresh process, the way a person runs the command."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        return subprocess.run(
            [sys.executable, "-m", "iop_course", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd,
            env=env,
            timeout=120,
        )

    return run


def assert_problems(found: list[Problem], expected: list[tuple[int, str]]) -> None:
    """``found`` is exactly one problem for each ``(line, words in its message)``, and no more."""
    left = [(problem.line, problem.message) for problem in found]
    for line, words in expected:
        match = next((item for item in left if item[0] == line and words in item[1]), None)
        assert match is not None, f"nothing at line {line} saying {words!r}; found {left}"
        left.remove(match)
    assert left == [], f"problems that should not be there: {left}"


@pytest.fixture
def check_one(make_content, clean_files, author):
    """Replace one file of the clean folder and check it all.

    Returns that file's problems of the asked severity, and the whole report.
    """

    def run(relative: str, content: str | bytes, severity: Severity = Severity.ERROR):
        root = make_content({**clean_files, relative: content})
        report = check_content(root)
        pick = author.errors if severity is Severity.ERROR else author.warnings
        return pick(report.problems, root / relative), report

    return run
