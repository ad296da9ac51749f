"""``iop-course --plain`` through real pipes, as a screen-reader user's terminal runs it.

A new learner reads the first lesson of the built-in course and takes its quiz; the output is
text only (not one escape byte), the lesson's words and numbered choices are there, a verdict
follows each answer and the score ends the quiz. The full-screen app then picks up what plain
mode saved. Bad input (no input at all, a closed output pipe, a megabyte on one line) ends or
is told in one line, never with a traceback.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from iop_course.content.loader import load_course, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.store import LessonStatus, ProgressStore
from iop_course.store.records import LessonPlace
from tests.plain.driver import PlainDriver

C1_OR_ESC = re.compile("[\x1b\x80-\x9f]")
CHOICE = re.compile(r"^(\d+)\. (.*)$", re.MULTILINE)


def right_numbers(course_quiz, shown: str) -> str:
    """The numbers of the right choices of the question just shown, found by their words."""
    question = next(
        q for q in course_quiz.questions if " ".join(q.prompt.split()) in " ".join(shown.split())
    )
    right = {choice.text for choice in question.choices if choice.correct}
    numbers = [number for number, text in CHOICE.findall(shown) if text.strip() in right]
    assert numbers, shown
    return " ".join(numbers)


def test_a_new_learner_reads_the_first_lesson_and_takes_its_quiz(tmp_path: Path) -> None:
    course = load_course(builtin_content_dir())
    first = course.lessons()[0]
    quiz, _ = open_quiz(first)
    driver = PlainDriver(tmp_path / "data")
    shown = driver.until_prompt()
    assert "Welcome to IOP Course" in shown and "not medical advice" in shown
    shown = driver.type("")
    assert f"Your next lesson: {first.title}" in shown
    read = ""
    while "Question 1 of" not in shown:
        shown = driver.type("")
        read += shown
    assert f"Lesson: {first.title}" in read and "Page 1 of" in read
    assert "IOP stands for intensive outpatient program" in read
    answered = 0
    while "Your score" not in shown:
        if "Type Enter" in shown.rsplit("\n", 1)[-1]:
            shown = driver.type("")
            continue
        assert CHOICE.search(shown), shown
        shown = driver.type(right_numbers(quiz, shown))
        answered += 1
        assert shown.lstrip().startswith("Right."), shown
    assert answered == len(quiz.questions)
    assert f"{answered} of {answered} right the first time, 100%" in shown
    assert "This lesson is done" in shown
    code, _ = driver.finish("q")
    assert code == 0
    assert not C1_OR_ESC.search(driver.raw.decode("utf-8"))
    assert b"\x1b" not in driver.raw
    with ProgressStore.open(tmp_path / "data") as store:
        assert store.lesson_progress(first.id).status is LessonStatus.DONE
        assert [score.percent for score in store.quiz_scores(first.id)] == [100]


def test_plain_mode_saves_the_page_it_reached_and_quits_cleanly(tmp_path: Path) -> None:
    driver = PlainDriver(tmp_path / "data")
    driver.until_prompt()
    shown = driver.type("")
    while "Page 3 of" not in shown:
        shown = driver.type("")
    code, rest = driver.finish("q")
    assert code == 0 and "Your place is saved" in rest
    first = load_course(builtin_content_dir()).lessons()[0]
    with ProgressStore.open(tmp_path / "data") as store:
        record = store.lesson_progress(first.id)
        assert (record.page, record.where) == (2, LessonPlace.LESSON)


def run_with_input(data_dir: Path, stdin: bytes, columns: int = 80) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "iop_course", "--plain", "--data-dir", str(data_dir)],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": str(columns), "HOME": str(data_dir.parent)},
    )


def test_no_input_at_all_ends_cleanly_and_saved(tmp_path: Path) -> None:
    result = run_with_input(tmp_path / "data", b"")
    assert result.returncode == 0
    assert b"Goodbye. Your place is saved." in result.stdout
    assert result.stderr == b""


def test_a_megabyte_on_one_line_is_set_aside_in_one_line(tmp_path: Path) -> None:
    result = run_with_input(tmp_path / "data", b"x" * 1_000_000 + b"\nq\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(b"That line was too long to use") == 1
    assert b"x" * 100 not in result.stdout
    assert result.stderr == b""


def test_lines_are_wrapped_at_the_terminal_width(tmp_path: Path) -> None:
    result = run_with_input(tmp_path / "data", b"\n\n\n\n\n\nq\n", columns=40)
    text = result.stdout.decode("utf-8")
    said = [line for line in text.splitlines() if not line.startswith("Type ")]
    too_wide = [line for line in said if len(line) > 40]
    assert said and all(" " not in line.strip() for line in too_wide)  # a path is kept whole


def test_a_closed_output_pipe_ends_without_a_traceback(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "iop_course", "--plain", "--data-dir", str(tmp_path / "data")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stdin is not None
    process.stdout.read(10)
    process.stdout.close()
    _, errors = process.communicate(b"\n" * 50 + b"q\n", timeout=60)
    assert b"Traceback" not in errors
    assert process.returncode == 0


def test_plain_mode_loads_neither_textual_nor_rich(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from iop_course.cli import main\n"
        f"code = main(['--plain', '--data-dir', {str(tmp_path / 'data')!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], input=b"\n\n\nq\n", capture_output=True, timeout=60
    )
    assert b"LOADED []" in result.stderr, result.stderr


def test_a_folder_open_in_the_full_screen_app_is_told_not_shared(tmp_path: Path) -> None:
    with ProgressStore.open(tmp_path / "data"):
        result = run_with_input(tmp_path / "data", b"q\n")
    assert result.returncode == 1
    assert b"open" in result.stderr and b"Traceback" not in result.stderr
    assert result.stdout == b""


def test_help_names_plain_mode_for_screen_reader_users() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iop_course", "--help"], capture_output=True, text=True, timeout=60
    )
    flat = " ".join(result.stdout.split())
    assert "--plain" in flat and "screen reader" in flat and "braille" in flat
