"""Loading a course reads front matter only; bodies and quizzes are parsed when opened."""

from __future__ import annotations

import pytest

from iop_course.content import lesson_parser, quiz_parser
from iop_course.content.checker import check_content
from iop_course.content.lesson_model import Box, BoxKind
from iop_course.content.loader import (
    ContentUnreadable,
    load_course,
    open_lesson,
    open_quiz,
)

UNCLOSED_BODY = "Opening.\n\n::: tip\nThis box never ends.\n\n## Next page\n\nText.\n"


def _no_markdown(*args, **kwargs):
    raise AssertionError("load_course parsed Markdown: it must read front matter only")


def test_load_course_reads_front_matter_only(make_content, clean_files, author, monkeypatch):
    monkeypatch.setattr(lesson_parser, "markdown_parser", _no_markdown)
    monkeypatch.setattr(quiz_parser, "markdown_parser", _no_markdown)
    root = make_content(
        {
            **clean_files,
            "lessons/01-coping/01-cravings.md": author.lesson(body=UNCLOSED_BODY),
            "quizzes/01-coping/01-cravings.md": b"## Not UTF-8 \xff at all\n",
        }
    )
    course = load_course(root)
    assert course.problems == ()
    info = course.lesson("01-coping/01-cravings")
    assert info is not None and info.title == "Riding out cravings"
    assert info.quiz_path == root / "quizzes/01-coping/01-cravings.md"


def test_a_body_mistake_shows_when_the_lesson_is_opened_and_in_the_checker(
    make_content, clean_files, author
):
    text = author.lesson(body=UNCLOSED_BODY)
    box_line = text.split("\n").index("::: tip") + 1
    root = make_content({**clean_files, "lessons/01-coping/01-cravings.md": text})
    course = load_course(root)
    assert course.problems == ()
    info = course.lesson("01-coping/01-cravings")
    lesson, problems = open_lesson(info)
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (box_line, "this box is never closed")
    ]
    assert lesson.pages[0].blocks[1] == Box(BoxKind.TIP, "This box never ends.")
    assert [page.title for page in lesson.pages] == ["Riding out cravings", "Next page"]
    report = check_content(root)
    assert [(p.path, p.line) for p in report.errors] == [(info.path, box_line)]


def test_a_quiz_mistake_shows_when_the_quiz_is_opened(make_content, clean_files, author):
    broken = "## Q?\n\n- [ ] A\n  > No.\n- [ ] B\n  > No.\n\nE.\n\n"
    root = make_content(
        {**clean_files, "quizzes/01-coping/01-cravings.md": broken + author.question(1)}
    )
    info = load_course(root).lesson("01-coping/01-cravings")
    quiz, problems = open_quiz(info)
    assert [(p.line, "no correct choice" in p.message) for p in problems] == [(1, True)]
    assert [q.prompt for q in quiz.questions] == ["Question number 1: which helps?"]
    assert quiz.lesson_id == "01-coping/01-cravings"


def test_a_file_that_became_unreadable_after_start_up_raises_content_unreadable(
    make_content, clean_files
):
    root = make_content(clean_files)
    info = load_course(root).lesson("01-coping/01-cravings")
    info.path.write_bytes(b"---\ntitle: \xff\n")
    info.quiz_path.unlink()
    with pytest.raises(ContentUnreadable) as lesson_error:
        open_lesson(info)
    assert lesson_error.value.problem.line == 2
    assert "UTF-8" in lesson_error.value.problem.message
    with pytest.raises(ContentUnreadable) as quiz_error:
        open_quiz(info)
    assert "could not be opened" in quiz_error.value.problem.message


def test_a_lesson_without_a_quiz_has_none(make_content, clean_files):
    files = dict(clean_files)
    del files["quizzes/01-coping/02-saying-no.md"]
    info = load_course(make_content(files)).lesson("01-coping/02-saying-no")
    assert info.quiz_path is None
    assert open_quiz(info) is None


def test_modules_and_lessons_come_in_file_name_order_with_ids_from_their_paths(
    make_content, author
):
    root = make_content(
        {
            "lessons/02-relapse/module.md": author.module,
            "lessons/02-relapse/10-tenth.md": author.lesson(title="Tenth"),
            "lessons/02-relapse/02-second.md": author.lesson(title="Second"),
            "lessons/02-relapse/01-first.md": author.lesson(title="First"),
            "lessons/02-relapse/notes.txt": "not a lesson",
            "lessons/01-start/module.md": "---\ntitle: Getting started\nsummary: S\n---\nHello.\n",
            "lessons/01-start/01-welcome.md": author.lesson(title="Welcome"),
            "quizzes/02-relapse/02-second.md": author.quiz(),
            "quizzes/01-start/01-welcome.md": author.quiz(),
        }
    )
    course = load_course(root)
    assert course.problems == ()
    assert [module.id for module in course.modules] == ["01-start", "02-relapse"]
    start = course.modules[0]
    assert (start.title, start.summary, start.intro) == ("Getting started", "S", "Hello.")
    assert start.path == root / "lessons/01-start"
    assert [lesson.id for lesson in course.lessons()] == [
        "01-start/01-welcome",
        "02-relapse/01-first",
        "02-relapse/02-second",
        "02-relapse/10-tenth",
    ]
    assert [lesson.title for lesson in course.lessons()] == ["Welcome", "First", "Second", "Tenth"]
    assert {lesson.id: lesson.quiz_path for lesson in course.lessons()} == {
        "01-start/01-welcome": root / "quizzes/01-start/01-welcome.md",
        "02-relapse/01-first": None,
        "02-relapse/02-second": root / "quizzes/02-relapse/02-second.md",
        "02-relapse/10-tenth": None,
    }
    assert course.lesson("02-relapse/99-gone") is None
    assert course.lesson_after("01-start/01-welcome").id == "02-relapse/01-first"
    assert course.lesson_after("02-relapse/10-tenth") is None
    assert course.lesson_after("02-relapse/99-gone") is None


def test_a_quiz_pairs_only_with_the_lesson_at_the_same_path(make_content, clean_files, author):
    files = dict(clean_files)
    files["quizzes/01-coping/02-saying-no.md"] = files.pop("quizzes/01-coping/01-cravings.md")
    files["quizzes/02-other/01-cravings.md"] = author.quiz()
    root = make_content(files)
    course = load_course(root)
    assert course.lesson("01-coping/01-cravings").quiz_path is None
    assert course.lesson("01-coping/02-saying-no").quiz_path == (
        root / "quizzes/01-coping/02-saying-no.md"
    )
    assert [(p.path, p.line) for p in course.errors()] == [
        (root / "quizzes/02-other/01-cravings.md", 1)
    ]


def test_lessons_with_errors_are_left_out_and_the_rest_of_the_course_opens(
    make_content, clean_files, author
):
    root = make_content(
        {**clean_files, "lessons/01-coping/01-cravings.md": author.lesson(summary="")}
    )
    course = load_course(root)
    assert [lesson.id for lesson in course.lessons()] == ["01-coping/02-saying-no"]
    assert [p.path.name for p in course.errors()] == ["01-cravings.md"]


def test_a_module_whose_lessons_are_all_broken_is_left_out(make_content, author):
    root = make_content(
        {
            "lessons/01-a/module.md": author.module,
            "lessons/01-a/01-x.md": author.lesson(title=""),
            "lessons/02-b/module.md": author.module,
            "lessons/02-b/01-y.md": author.lesson(),
        }
    )
    course = load_course(root)
    assert [module.id for module in course.modules] == ["02-b"]
    assert len(course.errors()) == 1
