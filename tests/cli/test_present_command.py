"""``iop-course present``: --list names every lesson id LESSON takes; a wrong id is explained."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def _two_modules_with_a_noticing_lesson(folder: Path) -> Path:
    """The fixture course and a second module whose first lesson is also "noticing"."""
    import shutil

    content = folder / "content"
    shutil.copytree(FIXTURE_COURSE, content)
    more = content / "lessons" / "02-more"
    more.mkdir()
    (more / "module.md").write_text("---\ntitle: More\nsummary: More.\n---\nMore.\n")
    (more / "01-noticing.md").write_text(
        "---\ntitle: Noticing again\nsummary: Again.\nminutes: 5\n---\nOne page.\n"
    )
    return content


@pytest.mark.parametrize("name", ["01-noticing", "noticing", "01-first-steps/01-noticing.md"])
def test_a_short_name_that_names_one_lesson_presents_it(monkeypatch, name):
    from iop_course.commands.present import run_present
    from iop_course.ui.present.present_app import PresentApp

    presented = []
    monkeypatch.setattr(PresentApp, "run", lambda app: presented.append(app.deck.lesson.id))
    assert run_present(name, False, FIXTURE_COURSE) == 0
    assert presented == ["01-first-steps/01-noticing"]


def test_a_name_that_could_mean_two_lessons_names_both(tmp_path):
    content = _two_modules_with_a_noticing_lesson(tmp_path)
    result = run("present", "noticing", "--content", str(content))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"'noticing' could be more than one lesson in {content}:"
    assert "  01-first-steps/01-noticing  (Noticing [early] signs)" in lines
    assert "  02-more/01-noticing  (Noticing again)" in lines
    assert "01-first-steps/02-next-step" not in result.stderr, "only the lessons it could mean"
    assert (
        lines[-1] == "Name one of them whole, as in: iop-course present 01-first-steps/01-noticing"
    )


def test_an_unknown_name_in_the_built_in_course_names_no_install_path():
    from iop_course.content.locate import builtin_content_dir

    result = run("present", "no-such-lesson")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("There is no lesson 'no-such-lesson'. Lessons you can present:")
    assert "02-relapse-prevention/02-high-risk-situations" in result.stderr
    assert str(builtin_content_dir()) not in result.stderr
    assert "site-packages" not in result.stderr and "_content" not in result.stderr


def test_present_and_export_find_lessons_with_one_function():
    """A short name means the same lesson to both commands (one finder, not two)."""
    from iop_course.commands import export, present

    assert present.find_lesson is export.find_lesson
