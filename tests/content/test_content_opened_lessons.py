"""A lesson the learner opened is not parsed again by the content check.

The app parses a lesson when it is opened, and its content check (a thread, just after
start-up) parses every lesson: on a very long page, that second parse held the interpreter for
seconds and Get help now waited for it (benchmarks/long_pages.py times it). The check now finds
an opened lesson's parse kept (``content.opened_lessons``), and reports the same problems.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from threading import Event, Thread, current_thread

import pytest

from iop_course.content import lesson_parser
from iop_course.content.checker import check_content
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.opened_lessons import OPENED_KEPT
from tests.content.conftest import HEAD, LESSON, Files

STRAY_CLOSER = "\n## A page\n\nSome words.\n\n:::\n"  # one problem: a ::: that closes nothing


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Counter[Path]:
    """How many times each lesson file's body was really parsed (not found kept)."""
    counts: Counter[Path] = Counter()
    parse = lesson_parser._parse_body

    def counted(source, first_page_title):
        counts[source.path] += 1
        return parse(source, first_page_title)

    monkeypatch.setattr(lesson_parser, "_parse_body", counted)
    return counts


def lesson_files(clean_files: Files) -> Files:
    return {**clean_files, LESSON: HEAD + STRAY_CLOSER}


def test_the_check_does_not_parse_an_opened_lesson_again_and_says_the_same(
    make_content, clean_files, parsed
):
    root = make_content(lesson_files(clean_files))
    before = check_content(root, quality=False)
    info = load_course(root).lesson("01-coping/01-cravings")
    _, problems = open_lesson(info)
    assert [p.message for p in problems] == [
        p.message for p in before.problems if p.path == info.path
    ]
    parsed.clear()
    after = check_content(root, quality=False)
    assert parsed[info.path] == 0
    assert sum(parsed.values()) == len(after.lessons) - 1  # every other lesson is parsed
    assert after.problems == before.problems
    assert any("closes no box" in p.message for p in after.problems)


def test_an_edited_lesson_is_parsed_again(make_content, clean_files, parsed):
    root = make_content(lesson_files(clean_files))
    info = load_course(root).lesson("01-coping/01-cravings")
    open_lesson(info)
    info.path.write_text(HEAD + "\n## A page\n\nThe stray line is gone.\n", encoding="utf-8")
    parsed.clear()
    report = check_content(root, quality=False)
    assert parsed[info.path] == 1
    assert not any("closes no box" in p.message for p in report.problems)


def test_only_the_last_opened_lessons_are_kept_and_the_checks_own_parses_never(
    make_content, clean_files, parsed
):
    root = make_content(clean_files)
    check_content(root, quality=False)
    parsed.clear()
    check_content(root, quality=False)
    lessons = list(load_course(root).lessons())
    assert all(parsed[info.path] == 1 for info in lessons)  # the check kept nothing
    assert len(lessons) == OPENED_KEPT
    first, second = lessons
    for info in (first, second, first):
        open_lesson(info)
    parsed.clear()
    open_lesson(second)
    open_lesson(first)
    assert sum(parsed.values()) == 0
    third = make_content(clean_files)  # the same text elsewhere: another path, another parse
    open_lesson(load_course(third).lesson(first.id))
    parsed.clear()
    open_lesson(first)  # still kept
    open_lesson(second)  # the oldest of the three opened, so no longer kept
    assert parsed == Counter({second.path: 1})


def test_the_check_waits_for_a_lesson_being_opened_instead_of_parsing_it_too(
    make_content, clean_files, parsed, monkeypatch
):
    """A long lesson is opened in a thread; the check, started meanwhile, would parse the same
    text beside it (twice the time and the memory, the learner's screen slowed by both)."""
    root = make_content(lesson_files(clean_files))
    info = load_course(root).lesson("01-coping/01-cravings")
    opening, asked, go_on = Event(), Event(), Event()
    parse, get = lesson_parser._parse_body, lesson_parser._opened.get

    def slow_opening(source, first_page_title):
        if current_thread() is opener:
            opening.set()
            assert go_on.wait(10)
        return parse(source, first_page_title)

    def asked_for(source, first_page_title):
        if source.path == info.path and current_thread() is checker:
            asked.set()
        return get(source, first_page_title)

    monkeypatch.setattr(lesson_parser, "_parse_body", slow_opening)
    monkeypatch.setattr(lesson_parser._opened, "get", asked_for)
    reports = []
    opener = Thread(target=open_lesson, args=(info,))
    checker = Thread(target=lambda: reports.append(check_content(root, quality=False)))
    opener.start()
    assert opening.wait(10)
    checker.start()
    assert asked.wait(10)  # the check has come to the lesson while it is being opened
    go_on.set()
    opener.join(10)
    checker.join(10)
    assert parsed[info.path] == 1
    assert any("closes no box" in p.message for p in reports[0].problems)
