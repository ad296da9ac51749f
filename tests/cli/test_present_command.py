"""``iop-course present``: --list names every lesson id LESSON takes; a wrong id is explained."""

from __future__ import annotations

from pathlib import Path

from iop_course.cli import build_parser
from tests.cli.test_commands import run

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def test_list_prints_each_lesson_id_under_its_module(tmp_path):
    result = run(
        "present",
        "--list",
        "--content",
        str(FIXTURE_COURSE),
        env={"IOP_COURSE_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "First steps:",
        "  01-first-steps/01-noticing  (Noticing [early] signs)",
        "  01-first-steps/02-next-step  (The next step)",
    ]
    assert not (tmp_path / "data").exists(), "present never makes a learner's folder"


def test_an_unknown_lesson_is_told_with_the_ones_there_are():
    result = run("present", "no-such/lesson", "--content", str(FIXTURE_COURSE))
    assert result.returncode == 1
    assert "There is no lesson 'no-such/lesson'" in result.stderr
    assert "01-first-steps/02-next-step" in result.stderr and "Traceback" not in result.stderr


def test_the_parser_takes_a_lesson_list_and_content():
    args = build_parser().parse_args(["present", "02-a/03-b", "--content", "x"])
    assert (args.command, args.lesson, args.list_lessons, args.content) == (
        "present",
        "02-a/03-b",
        False,
        Path("x"),
    )
    assert build_parser().parse_args(["present"]).lesson is None
