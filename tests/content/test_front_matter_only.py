"""Start-up reads only each lesson's front matter: its body is read, and its control
characters and encoding checked, when the lesson is opened (and by the checker).

Reading and scanning every whole lesson file made the first frame of a course ten or thirty
times the built-in one 1.34x and 1.63x a bare app (benchmarks/startup.py).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from iop_course.content.checker import check_content
from iop_course.content.loader import ContentUnreadable, load_course, open_lesson
from tests.content.conftest import LESSON


class WatchedFile(io.BytesIO):
    """A file's bytes in memory; ``consumed`` says how many were read before it closed."""

    consumed = 0

    def close(self) -> None:
        self.consumed = self.tell()
        super().close()


def test_start_up_reads_no_lesson_body(make_content, clean_files, monkeypatch):
    root = make_content(clean_files)
    opened: dict[str, tuple[WatchedFile, int]] = {}
    opening = Path.open

    def watched_open(path: Path, mode: str = "r", *args: object, **kwargs: object):
        if "b" not in mode or path.name == "module.md":
            return opening(path, mode, *args, **kwargs)
        with open(path, "rb") as whole:  # the built-in open: Path.open is replaced here
            data = whole.read()
        opened[path.name] = (WatchedFile(data), len(data))
        return opened[path.name][0]

    def no_whole_lesson(path: Path) -> bytes:
        assert path.name == "module.md", f"{path.name} was read whole"
        with open(path, "rb") as whole:
            return whole.read()

    monkeypatch.setattr(Path, "open", watched_open)
    monkeypatch.setattr(Path, "read_bytes", no_whole_lesson)
    course = load_course(root)
    monkeypatch.undo()
    assert [lesson.title for lesson in course.lessons()] == ["Riding out cravings", "Saying no"]
    assert set(opened) == {"01-cravings.md", "02-saying-no.md"}
    for name, (file, size) in opened.items():
        assert 0 < file.consumed < size / 4, f"{name}: {file.consumed} of {size} bytes read"


def test_a_body_that_is_not_utf8_is_found_when_the_lesson_opens(make_content, clean_files):
    root = make_content(clean_files)
    path = root / LESSON
    path.write_bytes(path.read_bytes() + b"\nA caf\xe9 in Latin-1.\n")
    line = path.read_bytes().count(b"\n")
    course = load_course(root)
    assert course.problems == ()
    (info, _) = course.lessons()
    with pytest.raises(ContentUnreadable) as raised:
        open_lesson(info)
    assert (raised.value.problem.line, "UTF-8" in raised.value.problem.message) == (line, True)
    assert [(p.path, p.line) for p in check_content(root).errors] == [(path, line)]


def test_a_control_character_in_a_body_is_reported_once_at_its_line(
    make_content, clean_files, author
):
    lesson = author.lesson().replace("## Part 2", "## Part 2 \x1b[2J")
    root = make_content({**clean_files, LESSON: lesson})
    line = lesson.split("\n").index("## Part 2 \x1b[2J") + 1
    assert load_course(root).problems == ()
    (lesson_opened, _) = open_lesson(load_course(root).lessons()[0])
    assert "\x1b" not in "".join(page.title for page in lesson_opened.pages)
    reported = [p for p in check_content(root).errors if p.path == root / LESSON]
    assert [(p.line, "control character" in p.message) for p in reported] == [(line, True)]


# Loads the built-in course in a fresh interpreter and reports what it opened and imported.
WATCH_SPANISH_START = """
import json, sys
opened = []
sys.addaudithook(
    lambda event, args: opened.append(str(args[0]))
    if event == "open" and isinstance(args[0], str) else None
)
from pathlib import Path
real_read_bytes = Path.read_bytes
whole = []
def read_bytes(path):
    whole.append(str(path))
    return real_read_bytes(path)
Path.read_bytes = read_bytes
from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
course = load_course(builtin_content_dir(), "es")
content = [path for path in opened if "/lessons/" in path or "/quizzes/" in path]
print(json.dumps({
    "opened": content, "whole": whole, "yaml": "yaml" in sys.modules,
    "problems": len(course.problems), "lessons": len(course.lessons()),
}))
"""


def test_the_spanish_start_up_reads_only_the_spanish_front_matter(tmp_path):
    """Start-up in Spanish reads each Spanish file's front matter and nothing else: no quiz
    (English or Spanish), no English file that has a translation, no lesson body, and no PyYAML
    (whose import was most of what Spanish start-up cost over English: a translated summary
    quoted what a person says, which the fast front-matter reader left to YAML). Comparing a
    translation with its English is the checker's work. That is the first start; the next one
    finds all it needs in the course index and opens no lesson or quiz file at all."""
    import json
    import os
    import subprocess
    import sys

    from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR

    env = {**os.environ, CACHE_DIR_ENV_VAR: str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", WATCH_SPANISH_START],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for _ in range(2)
    ]
    seen, again = (json.loads(ran.stdout) for ran in runs)
    assert again["opened"] == [] and again["yaml"] is False
    assert {key: again[key] for key in ("problems", "lessons")} == {
        key: seen[key] for key in ("problems", "lessons")
    }
    assert seen["problems"] == 0 and seen["lessons"] >= 45
    assert seen["yaml"] is False
    assert [path for path in seen["opened"] if "/quizzes/" in path] == []
    assert [path for path in seen["opened"] if not path.endswith(".es.md")] == []
    assert len(seen["opened"]) == seen["lessons"] + len({Path(p).parent for p in seen["opened"]})
    assert {Path(path).name for path in seen["whole"]} == {"module.es.md"}  # a module's intro
