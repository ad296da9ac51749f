"""Handouts: parsed back, every page and prompt is there, the group plan only when asked."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from iop_course.cli import main
from iop_course.content.help_lines import HELP_LINES, WHERE
from iop_course.content.lesson_model import BoxKind
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.content.quiz_model import CHOICE_LETTERS, MAX_CHOICES
from iop_course.export.handout import build_handout

LESSON_ID = "02-relapse-prevention/05-tolerance-overdose-and-naloxone"
# A built-in lesson whose quiz has a question with as many choices as a question may have.
MOST_CHOICES_LESSON = "06-health-and-healing/06-depression-and-anxiety"


class _Page(HTMLParser):
    """The text of a page by tag, and every tag and attribute seen, for checks."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)
        self._in_heading = tag in ("h1", "h2", "h3")
        if self._in_heading:
            self.headings.append("")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3"):
            self._in_heading = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_heading:
            self.headings[-1] += data

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _words(markdown: str) -> str:
    """A plain run of words from the start of some Markdown, for finding it in the page."""
    first_line = next(line for line in markdown.splitlines() if line.strip())
    words = [w.strip("*_`>#-") for w in first_line.split()[:6]]
    return " ".join(w for w in words if w)


@pytest.fixture(scope="module")
def lesson_and_quiz():
    course = load_course(builtin_content_dir())
    info = course.lesson(LESSON_ID)
    return open_lesson(info)[0], open_quiz(info)[0]


def test_the_take_home_has_the_key_points_the_practice_and_the_numbers(lesson_and_quiz):
    """The learner's take-home: key points, every worksheet prompt and "Try this" box with lines
    to write on, every "Take care" box, the help numbers; no page the learner need not keep,
    nothing for the facilitator and no quiz."""
    from iop_course.export.take_home import key_points_page

    lesson, quiz = lesson_and_quiz
    html = build_handout(lesson)
    page = _parse(html)
    key_points = key_points_page(lesson)
    assert key_points is not None and key_points.title == "Key points"
    assert key_points.title in page.headings
    for block in key_points.learner_blocks():
        assert _words(getattr(block, "markdown", "") or block.intro) in page.all_text
    other_titles = [p.title for p in lesson.pages[1:] if p is not key_points]  # 0: the h1
    assert not set(other_titles) & set(page.headings), "only the key points page is printed"
    boxes = [b for p in lesson.pages for b in p.blocks if hasattr(b, "kind")]
    for box in boxes:
        kept = box.kind in (BoxKind.TRY_THIS, BoxKind.WARNING) or (
            not box.kind.for_facilitator_only and any(box is b for b in key_points.blocks)
        )
        assert (_words(box.markdown) in page.all_text) is kept, box.markdown[:60]
    worksheets = [worksheet for p in lesson.pages for worksheet in p.worksheets()]
    assert worksheets
    for worksheet in worksheets:
        assert _words(worksheet.intro) in page.all_text
        for prompt in worksheet.prompts:
            assert _words(prompt.text) in page.all_text and prompt.id not in page.all_text
    assert html.count('class="write-space"') == sum(len(w.prompts) for w in worksheets) + sum(
        b.kind is BoxKind.TRY_THIS for b in boxes
    )
    for heading, text in HELP_LINES:
        assert heading in page.all_text and " ".join(text.split()) in page.all_text
    assert WHERE in page.all_text
    assert "Quiz and answer key" not in page.headings
    assert quiz.questions[0].prompt not in page.all_text
    for source in lesson.info.sources:
        assert " ".join(source.split()) in page.all_text


def test_a_lesson_without_a_key_points_page_takes_home_its_last_page(lesson_and_quiz):
    from dataclasses import replace

    from iop_course.export.take_home import key_points_page

    lesson, _ = lesson_and_quiz
    shorter = replace(lesson, pages=lesson.pages[:-1])
    assert key_points_page(shorter) is shorter.pages[-1]
    assert shorter.pages[-1].title in _parse(build_handout(shorter)).headings


def test_the_facilitator_copy_adds_the_group_plan_and_the_answer_key(lesson_and_quiz):
    lesson, quiz = lesson_and_quiz
    page = _parse(build_handout(lesson, quiz, facilitator=True))
    assert "Group plan" in page.all_text
    assert "Quiz and answer key" in page.headings
    for question in quiz.questions:
        assert any(question.prompt in heading for heading in page.headings)
        for choice in question.choices:
            assert " ".join(choice.feedback.split()) in page.all_text
    rights = sum(c.correct for q in quiz.questions for c in q.choices)
    assert page.all_text.count("✓ Right:") == rights


def test_the_answer_key_letters_every_choice_up_to_the_limit():
    course = load_course(builtin_content_dir())
    info = course.lesson(MOST_CHOICES_LESSON)
    lesson, quiz = open_lesson(info)[0], open_quiz(info)[0]
    question = next(q for q in quiz.questions if len(q.choices) == MAX_CHOICES)
    page = _parse(build_handout(lesson, quiz, facilitator=True))
    for letter, choice in zip(CHOICE_LETTERS, question.choices, strict=True):
        assert f"{letter}. {' '.join(choice.text.split())}" in page.all_text


def test_a_handout_is_self_contained_and_never_runs_course_text(lesson_and_quiz, tmp_path):
    from dataclasses import replace

    from iop_course.content.lesson_model import Page, TextBlock

    lesson, _ = lesson_and_quiz
    hostile = Page(
        '<img src="http://example.com/x.png"> [a](javascript:alert(1))',
        (
            TextBlock(
                '<script>alert(1)</script> <img src="http://example.com/y.png">\n\n'
                "[click](javascript:alert(2))"
            ),
        ),
    )
    html = build_handout(replace(lesson, pages=(hostile,)))
    page = _parse(html)
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags
    assert not any(name in ("src",) for name, _ in page.attributes)
    assert not any(value and value.startswith("javascript:") for _, value in page.attributes)
    assert "<script>alert(1)</script>" in page.all_text  # shown as text, never run
    assert "@media print" in html and "@page" in html


def test_export_handout_command_writes_the_file_and_says_where(tmp_path, capsys):
    target = tmp_path / "handout.html"
    assert main(["export", "handout", LESSON_ID, "-o", str(target)]) == 0
    assert f"Handout written to {target}" in capsys.readouterr().out
    assert "<!DOCTYPE html>" in target.read_text(encoding="utf-8")


def test_export_handout_of_an_unknown_lesson_lists_the_lessons(capsys):
    assert main(["export", "handout", "no-such/lesson"]) == 1
    err = capsys.readouterr().err
    assert "There is no lesson 'no-such/lesson'" in err and LESSON_ID in err


def test_export_handout_to_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    target = tmp_path / "missing" / "handout.html"
    assert main(["export", "handout", LESSON_ID, "-o", str(target)]) == 1
    assert "could not be written" in capsys.readouterr().err


def test_export_works_on_a_facilitators_own_content_folder(tmp_path, capsys):
    fixture = Path(__file__).parent.parent / "fixtures" / "course"
    target = tmp_path / "out.html"
    assert (
        main(
            [
                "export",
                "handout",
                "01-first-steps/01-noticing",
                "--content",
                str(fixture),
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert "<h1>" in target.read_text(encoding="utf-8")


def test_exporting_never_imports_textual(tmp_path):
    import json
    import subprocess
    import sys

    script = (
        "import contextlib, io, json, pkgutil, sys\n"
        "import iop_course.export\n"
        "for m in pkgutil.iter_modules(iop_course.export.__path__):\n"
        "    __import__(f'iop_course.export.{m.name}')\n"
        "from iop_course.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['export', 'handout', {LESSON_ID!r}, '--facilitator', '-o', 'h.html'])\n"
        "print(json.dumps({'code': code, 'textual': [n for n in sys.modules"
        " if n.split('.')[0] == 'textual'], 'export': sorted(n for n in sys.modules"
        " if n.startswith('iop_course.export.'))}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["code"] == 0 and found["textual"] == []
    assert "iop_course.export.handout" in found["export"]


IMAGES = (
    "A chart: ![Weeks of use, going down](http://beacon.example/md-image.png)\n\n"
    'A picture beside the lesson: ![Ana at group](ana.png "title") and one with no words: '
    "![](https://beacon.example/empty.png)\n\n"
    "By reference: ![The calm room][room]\n\n[room]: //beacon.example/room.png\n"
)


@pytest.mark.parametrize("facilitator", [False, True], ids=["learner", "facilitator"])
def test_a_lesson_with_images_exports_a_handout_that_asks_for_nothing(
    tmp_path, capsys, facilitator
):
    """Each image is left out with its words: no img, no src, no file beside the page or host
    elsewhere is ever asked for (a remote image told its host when the page was opened)."""
    import shutil

    from tests.ui.conftest import FIXTURE_COURSE

    root = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, root)
    lesson = root / "lessons" / "01-first-steps" / "01-noticing.md"
    lesson.write_text(lesson.read_text("utf-8") + "\n\n" + IMAGES, "utf-8")
    (lesson.parent / "ana.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    target = tmp_path / "handout.html"
    arguments = ["export", "handout", "01-first-steps/01-noticing", "-o", str(target)]
    if facilitator:
        arguments.append("--facilitator")
    assert main([*arguments, "--content", str(root)]) == 0
    html = target.read_text("utf-8")
    page = _parse(html)
    assert "img" not in page.tags and not [name for name, _ in page.attributes if name == "src"]
    assert "beacon.example" not in html and "ana.png" not in html and "url(" not in html
    for words in ("Weeks of use, going down", "Ana at group", "The calm room"):
        assert words in page.all_text


def test_the_handout_command_takes_a_folder_a_short_name_and_warns_about_pdf(tmp_path, capsys):
    from iop_course.commands.export import run_export_handout
    from iop_course.content.locate import builtin_content_dir

    assert run_export_handout("02-high-risk-situations", tmp_path, False, None) == 0
    assert (tmp_path / "02-high-risk-situations-handout.html").is_file()
    assert run_export_handout("high-risk-situations", tmp_path / "h.pdf", True, None) == 0
    out = capsys.readouterr()
    assert "is an HTML page, not a PDF" in out.err and "Save as PDF" in out.err
    assert (tmp_path / "h.pdf").read_text(encoding="utf-8").lstrip().startswith("<!DOCTYPE")
    assert run_export_handout("no-such-lesson", tmp_path, False, None) == 1
    err = capsys.readouterr().err
    assert str(builtin_content_dir()) not in err and "site-packages" not in err


def test_the_facilitators_copy_starts_with_the_group_plan_then_the_answer_key():
    from iop_course.content.loader import load_course, open_lesson, open_quiz
    from iop_course.content.locate import builtin_content_dir
    from iop_course.export.handout import build_handout

    info = load_course(builtin_content_dir()).lesson(
        "02-relapse-prevention/02-high-risk-situations"
    )
    lesson, _ = open_lesson(info)
    quiz = open_quiz(info)[0]
    html = build_handout(lesson, quiz, facilitator=True)
    plan = html.index("Group plan")
    key = html.index("Answer key") if "Answer key" in html else html.index("answer key", plan)
    first_page = html.index("Common high-risk situations")
    assert plan < key < first_page, "plan and key come before the lesson's pages"
    assert html.count("Activity (20 min): Avoid, change, cope.") == 1, "the plan is printed once"
