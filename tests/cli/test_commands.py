"""The ``iop-course`` command as a person runs it: words on the screen, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iop_course import __version__
from iop_course.store import ProgressStore


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    """Run ``python -m iop_course`` with arguments; returns the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "iop_course", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"iop-course {__version__}"


@pytest.mark.parametrize("command", [[], ["check"], ["paths"], ["forget"]])
def test_help_is_in_plain_words(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: iop-course" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_paths_follow_the_option_then_the_environment(tmp_path):
    assert (
        str(tmp_path / "a" / "progress.json")
        in run("paths", "--data-dir", str(tmp_path / "a")).stdout
    )
    from_env = run("paths", env={"IOP_COURSE_DATA_DIR": str(tmp_path / "b")}).stdout
    assert str(tmp_path / "b" / "progress.json") in from_env
    assert "Course content:" in from_env


def test_a_second_copy_is_told_in_words_and_the_file_is_untouched(tmp_path):
    with ProgressStore.open(tmp_path) as store:
        store.set_page("m/l", 3)
        store.flush()
        before = (tmp_path / "progress.json").read_bytes()
        result = run("--data-dir", str(tmp_path))
        assert result.returncode == 1
        assert "already open" in result.stderr
        assert "Traceback" not in result.stdout + result.stderr
        assert (tmp_path / "progress.json").read_bytes() == before


def test_a_missing_content_folder_is_told_in_words(tmp_path):
    result = run("--content", str(tmp_path / "nowhere"), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unexpected_error_inside_the_app_shows_words_and_saves_the_details(tmp_path):
    harness = textwrap.dedent(f"""
        import sys
        from textual.app import App
        from iop_course.ui.app import CourseApp
        from iop_course.ui.screens.home import HomeScreen
        from iop_course.cli import main

        def broken(self, *args):
            raise RuntimeError("something nobody expected")

        def run_headless(self, **kwargs):
            return App.run(self, headless=True)

        HomeScreen._next_lesson = broken
        CourseApp.run = run_headless
        sys.exit(main(["--data-dir", {str(tmp_path)!r}]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", harness], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "RuntimeError" not in output
    assert "Sorry, IOP Course hit a problem" in output and "988" in output
    log = (tmp_path / "error-log.txt").read_text()
    assert "builtins.RuntimeError" in log and "in broken" in log
    assert "something nobody expected" not in log  # a message may quote the learner's words
    assert ProgressStore.open(tmp_path).close() is None  # the lock was released


def test_a_data_path_that_is_a_file_is_told_in_words(tmp_path):
    """Which problem, where, and what to do; not the message for surprises."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("notes")
    result = run("--data-dir", str(not_a_folder))
    assert result.returncode == 1
    assert f"{not_a_folder} is a file, not a folder" in result.stderr
    assert "--data-dir" in result.stderr and "IOP_COURSE_DATA_DIR" in result.stderr
    assert "did not expect" not in result.stderr and "Traceback" not in result.stderr
    assert not_a_folder.read_text() == "notes"


def test_the_crash_message_promises_nothing_about_progress():
    """An unexpected error may have happened while saving; "your progress is safe" may be false."""
    from iop_course.crash import crash_message

    assert "safe" not in crash_message(None)


def test_check_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    module = tmp_path / "lessons" / "01-m"
    module.mkdir(parents=True)
    (module / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
    for number in range(1500):  # far more output than a pipe holds (64 KiB)
        (module / f"{number:04d}-l.md").write_text("---\nsummary: no title\n---\nText.\n")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "iop_course",
            "--data-dir",
            str(tmp_path / "data"),
            "check",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().endswith(
        b"the title is missing: add a line 'title: ...' to the front matter.\n"
    )
    process.stdout.close()
    assert process.wait(timeout=60) == 1
    assert process.stderr.read() == b""
    assert not (tmp_path / "data").exists()


def test_paths_lists_every_file_the_course_keeps(tmp_path):
    from iop_course.commands.paths import show_paths

    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
    (data / "progress.damaged-20261129-101010.json").write_text("{")
    output = run("paths", "--data-dir", str(data)).stdout
    for name in (
        "progress.json",
        "progress.backup.json",
        "progress.lock",
        "error-log.txt",
        "progress.damaged-20261129-101010.json",
    ):
        assert f"  {name} " in output
    assert "error-log.txt" in output and "(none yet)" in output
    assert show_paths(None, data) == 0
