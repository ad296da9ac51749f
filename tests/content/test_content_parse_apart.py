"""A long lesson is parsed in a child process (``content.parse_apart``): the same pages and
problems as a parse here, none of the work in this process, stopped at once when asked, and
parsed here after all when no child can run. Timings are in benchmarks/long_pages.py."""

from __future__ import annotations

import subprocess

import pytest

from iop_course.content import lesson_parser, parse_apart
from iop_course.content.loader import load_course, open_lesson, read_source
from iop_course.content.parse_apart import ParseStopped, parse_body_apart
from tests.content.conftest import HEAD, LESSON

BODY = "\n## Steps\n\n" + "\n".join(f"- Step {n}: breathe out slowly" for n in range(200))
BODY += "\n\n## A stray line\n\nWords.\n\n:::\n"  # a problem, to come back with the pages


@pytest.fixture
def lesson_source(make_content, clean_files):
    root = make_content({**clean_files, LESSON: HEAD + BODY})
    info = load_course(root).lesson("01-coping/01-cravings")
    return info, read_source(info.path, front_matter_required=True)


def test_the_child_parses_exactly_as_this_process_would_and_this_one_does_not(
    lesson_source, monkeypatch
):
    info, source = lesson_source
    here = lesson_parser._parse_body(source, info.title)
    assert len(here.pages) > 2 and any("closes no box" in p.message for p in here.problems)

    def not_here(*args):
        raise AssertionError("parsed in the app's own process")

    monkeypatch.setattr(lesson_parser, "_parse_body", not_here)
    assert parse_body_apart(source, info.title) == here


def test_a_lesson_opened_in_a_process_is_the_lesson_opened_here(lesson_source):
    info, _ = lesson_source
    assert open_lesson(info, in_a_process=True) == open_lesson(info)


def test_a_stopped_parse_ends_its_child(make_content, clean_files, monkeypatch):
    steps = "\n".join(f"- Step {n}: breathe out slowly" for n in range(20_000))
    root = make_content({**clean_files, LESSON: HEAD + "\n## Steps\n\n" + steps})
    info = load_course(root).lesson("01-coping/01-cravings")  # a second or so to parse
    source = read_source(info.path, front_matter_required=True)
    children: list[subprocess.Popen] = []
    popen = subprocess.Popen

    def kept(*args, **kwargs):
        children.append(popen(*args, **kwargs))
        return children[-1]

    monkeypatch.setattr(parse_apart.subprocess, "Popen", kept)
    with pytest.raises(ParseStopped):
        parse_body_apart(source, info.title, stopped=lambda: True)
    (child,) = children
    assert child.returncode is not None and child.returncode < 0  # killed, not finished


def test_without_a_child_the_lesson_is_parsed_here(lesson_source, monkeypatch):
    info, source = lesson_source
    here = lesson_parser._parse_body(source, info.title)

    def no_child(*args, **kwargs):
        raise OSError("cannot start a process")

    monkeypatch.setattr(parse_apart.subprocess, "Popen", no_child)
    assert parse_body_apart(source, info.title) == here


def test_a_parse_that_cannot_be_unpickled_is_done_here(lesson_source, monkeypatch):
    info, source = lesson_source
    here = lesson_parser._parse_body(source, info.title)

    def not_rebuilt(data):
        raise TypeError("an object that does not pickle back")

    monkeypatch.setattr(parse_apart.pickle, "loads", not_rebuilt)
    assert parse_body_apart(source, info.title) == here


def test_the_child_runs_the_app_s_own_code_not_a_package_in_the_current_folder(
    lesson_source, tmp_path, monkeypatch
):
    """``python -m`` puts the current folder first on the child's path: started from a folder
    holding another ``iop_course`` (a checkout of another version), the child ran that one."""
    info, source = lesson_source
    here = lesson_parser._parse_body(source, info.title)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "iop_course").mkdir(parents=True)
    ran = tmp_path / "the other copy ran"
    (elsewhere / "iop_course" / "__init__.py").write_text(f"open({str(ran)!r}, 'w').close()\n")
    monkeypatch.chdir(elsewhere)
    assert parse_body_apart(source, info.title) == here
    assert not ran.exists()
