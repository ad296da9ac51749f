"""A file or folder name that is not UTF-8 text is a mistake, and its lesson is left out.

On Linux a name may be any bytes. Such a name used to become part of a lesson id, which made
every save of the progress file fail until the app closed, while ``check`` said nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iop_course.content.checker import check_content
from iop_course.content.loader import load_course
from iop_course.content.model import WHOLE_FILE
from iop_course.store import ProgressStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="only POSIX names may be any bytes")


def write_named(folder: Path, name: bytes, text: str) -> Path:
    """Write a file whose name is raw bytes, and return its path as Python sees it."""
    os.makedirs(os.fsencode(folder), exist_ok=True)
    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as file:
        file.write(text.encode("utf-8"))
    return Path(os.fsdecode(raw))


@pytest.mark.parametrize(
    ("where", "name"),
    [
        pytest.param("lessons/01-coping", b"03-caf\xe9.md", id="latin-1-lesson"),
        pytest.param("lessons/01-coping", b"03-\xff.md", id="ff-lesson"),
        pytest.param("lessons/01-coping", b"03-a\x1b]0;x\x07.md", id="control-in-lesson"),
        pytest.param("quizzes/01-coping", b"02-\xff.md", id="ff-quiz"),
    ],
)
def test_a_file_whose_name_is_not_text_is_a_mistake_and_left_out(
    make_content, clean_files, author, where, name
):
    root = make_content(clean_files)
    bad = write_named(root / where, name, author.lesson())
    report = check_content(root)
    named = [p for p in report.errors if p.path == bad]
    assert [(p.line, "name" in p.message and "UTF-8" in p.message) for p in named] == [
        (WHOLE_FILE, True)
    ]
    assert "\ufffd" in str(named[0]) or "\u241b" in str(named[0])
    assert [lesson.id for lesson in load_course(root).lessons()] == [
        "01-coping/01-cravings",
        "01-coping/02-saying-no",
    ]


def test_a_module_folder_whose_name_is_not_text_is_left_out_whole(
    make_content, clean_files, author
):
    root = make_content(clean_files)
    folder = Path(os.fsdecode(os.path.join(os.fsencode(root / "lessons"), b"02-\xff")))
    write_named(folder, b"module.md", author.module)
    write_named(folder, b"01-a.md", author.lesson())
    report = check_content(root)
    assert [p.path for p in report.errors] == [folder]
    assert len(load_course(root).modules) == 1


def test_progress_still_saves_with_such_a_file_in_the_course(
    make_content, clean_files, author, tmp_path
):
    root = make_content(clean_files)
    write_named(root / "lessons/01-coping", b"03-\xff.md", author.lesson())
    course = load_course(root)
    store = ProgressStore.open(tmp_path / "data")
    try:
        for lesson in course.lessons():
            store.mark_lesson_done(lesson.id)
        store.flush()
        assert store.last_write_error is None
    finally:
        store.close()
    reopened = ProgressStore.open(tmp_path / "data")
    try:
        assert set(reopened.all_lesson_progress()) == {lesson.id for lesson in course.lessons()}
    finally:
        reopened.close()


def test_the_checker_prints_such_a_name_without_crashing(
    run_cli, make_content, clean_files, author
):
    root = make_content(clean_files)
    write_named(root / "lessons/01-coping", b"03-\xff.md", author.lesson())
    result = run_cli("check", str(root))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1
    assert f"{root}/lessons/01-coping/03-\ufffd.md: this file's name" in result.stdout
