"""Every kind of author mistake is reported at the right file and line, in the right words.

Each test starts from a content folder with no problem at all, breaks one file, runs the whole
checker and compares the problems reported for that file: line by line, with a key part of the
message. Comparing the full list also catches a mistake reported twice, or with a misleading
second message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from iop_course.content import source as source_module
from iop_course.content import yaml_reader
from iop_course.content.checker import check_content
from iop_course.content.loader import load_course, read_source
from iop_course.content.model import Problem, Severity
from iop_course.content.quiz_parser import parse_quiz
from tests.content.conftest import HEAD, LESSON, MODULE_TEXT, assert_problems, question_text

QUIZ = "quizzes/01-coping/01-cravings.md"
GOOD_QUESTION = (
    "## A good question?\n"
    "\n"
    "- [ ] Wrong\n"
    "  > Not this one.\n"
    "- [x] Right\n"
    "  > Yes.\n"
    "\n"
    "The explanation.\n"
)


# --- files that cannot be read ----------------------------------------------------------------

NOT_UTF8 = "not saved as UTF-8"


@pytest.mark.parametrize(
    ("content", "line"),
    [
        pytest.param(HEAD.encode() + b"Opening.\n\nA caf\xe9 on line seven.\n", 7, id="in-body"),
        pytest.param(
            b"---\ntitle: Caf\xe9 talk\nsummary: S\n---\nBody.\n", 2, id="in-front-matter"
        ),
        pytest.param(b"\xff---\ntitle: T\n", 1, id="first-byte"),
        pytest.param(
            HEAD.replace("\n", "\r\n").encode() + b"One.\r\nTwo \x92 three.\r\n",
            6,
            id="windows-line-endings",
        ),
        pytest.param(b"\xef\xbb\xbf" + HEAD.encode() + b"ab\ncd\n\x92\n", 7, id="after-a-bom"),
    ],
)
def test_a_lesson_that_is_not_utf8_is_reported_at_the_line_of_the_bad_byte(
    check_one, content, line
):
    errors, report = check_one(LESSON, content)
    assert_problems(errors, [(line, NOT_UTF8)])
    assert "01-coping/01-cravings" not in [figures.lesson_id for figures in report.lessons]


def test_a_quiz_that_is_not_utf8_is_reported_and_not_called_a_quiz_without_a_lesson(check_one):
    errors, _ = check_one(QUIZ, GOOD_QUESTION.encode() + b"\xe9\n")
    assert_problems(errors, [(9, NOT_UTF8)])


def test_an_unreadable_lessons_quiz_is_not_also_called_a_quiz_without_a_lesson(check_one):
    errors, report = check_one(LESSON, b"---\ntitle: \xff\n")
    assert_problems(errors, [(2, NOT_UTF8)])
    assert not [p for p in report.problems if "has no lesson" in p.message]


def test_a_utf8_file_with_a_byte_order_mark_is_fine(check, clean_files, author):
    report = check({**clean_files, LESSON: b"\xef\xbb\xbf" + author.lesson().encode()})
    assert report.problems == []


# --- lesson front matter ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            "title: T\nsummary: S\n\nBody.\n",
            [(1, "must start with front matter")],
            id="missing-front-matter",
        ),
        pytest.param("\nBody only.\n", [(1, "must start with front matter")], id="no-front-matter"),
        pytest.param(
            "---\ntitle: T\nsummary: S\n\nBody.\n",
            [(1, "never ends")],
            id="front-matter-never-closes",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: Relapse: a slow slide\n---\nBody.\n",
            [(3, "front matter could not be read")],
            id="yaml-colon-in-text",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nobjectives:\n  - a\n - b\n---\nBody.\n",
            [(6, "front matter could not be read")],
            id="yaml-bad-indent",
        ),
        pytest.param(
            "---\ntitle: T\n\tsummary: S\n---\nBody.\n",
            [(3, "front matter could not be read")],
            id="yaml-tab",
        ),
        pytest.param(
            "---\n- title\n- summary\n---\nBody.\n",
            [(2, "lines of 'name: value'")],
            id="front-matter-is-a-list",
        ),
        pytest.param("---\nsummary: S\n---\nBody.\n", [(1, "the title is missing")], id="no-title"),
        pytest.param(
            "---\ntitle:\nsummary: S\n---\nBody.\n", [(2, "the title is missing")], id="empty-title"
        ),
        pytest.param(
            '---\ntitle: "  "\nsummary: S\n---\nBody.\n',
            [(2, "the title is missing")],
            id="blank-title",
        ),
        pytest.param(
            "---\ntitle:\n  - a\nsummary: S\n---\nBody.\n",
            [(2, "the title must be one line of text")],
            id="title-is-a-list",
        ),
        pytest.param(
            "---\ntitle: T\n---\nBody.\n", [(1, "the summary is missing")], id="no-summary"
        ),
        pytest.param(
            "---\n---\nBody.\n",
            [(1, "the title is missing"), (1, "the summary is missing")],
            id="empty-front-matter",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nminutes: ten\n---\nBody.\n",
            [(4, "minutes must be a whole number")],
            id="minutes-word",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nminutes: 7.5\n---\nBody.\n",
            [(4, "minutes must be a whole number")],
            id="minutes-fraction",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nminutes: 0\n---\nBody.\n",
            [(4, "minutes must be a whole number")],
            id="minutes-zero",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nminutes: yes\n---\nBody.\n",
            [(4, "minutes must be a whole number")],
            id="minutes-yes",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nobjectives: Name the stages\n---\nBody.\n",
            [(4, "objectives must be a list")],
            id="objectives-not-a-list",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nobjectives:\n  - a: b\n---\nBody.\n",
            [(4, "objectives must be a list")],
            id="objectives-list-of-maps",
        ),
        pytest.param(
            "---\ntitle: T\nsummary: S\nminutes: 5\nsources: SAMHSA 2006\n---\nBody.\n",
            [(5, "sources must be a list")],
            id="sources-not-a-list",
        ),
    ],
)
def test_a_lesson_front_matter_mistake_is_one_error_at_its_line(check_one, content, expected):
    errors, report = check_one(LESSON, content)
    assert_problems(errors, expected)
    assert "01-coping/01-cravings" not in [figures.lesson_id for figures in report.lessons]
    assert not [p for p in report.problems if "has no lesson" in p.message]


def test_an_unknown_front_matter_field_is_a_warning_and_the_lesson_still_loads(check_one, author):
    text = author.lesson(extra_front="titel: Oops\nsources:\n  - SAMHSA\n")
    warnings, report = check_one(LESSON, text, Severity.WARNING)
    assert_problems(warnings, [(4, "unknown field 'titel'")])
    assert report.errors == []
    assert "01-coping/01-cravings" in [figures.lesson_id for figures in report.lessons]


# --- lesson body: line numbers count from the top of the file -----------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Opening.\n\n::: note\nText.\n:::\n",
            [(7, "unknown box kind 'note'")],
            id="unknown-box-kind",
        ),
        pytest.param(
            "Opening.\n\n::: tip\nText.\n\nMore text.\n",
            [(7, "never closed")],
            id="box-never-closed",
        ),
        pytest.param(
            "Opening.\n\n::: tip\nText.\n\n## Inside\n\nMore.\n:::\n",
            [(10, "a heading inside a box")],
            id="heading-inside-a-box",
        ),
        pytest.param(
            "Opening.\n\n::: tip\nText.\n\n### Small\n:::\n",
            [(10, "a heading inside a box")],
            id="small-heading-inside-a-box",
        ),
        pytest.param(
            "Opening.\n\n##\n\nText.\n", [(7, "heading has no words")], id="empty-heading"
        ),
        pytest.param(
            "Opening.\n\n::: note\nA\n\n## In\n\nB\n",
            [(7, "unknown box kind"), (7, "never closed")],
            id="every-mistake-in-one-box",
        ),
    ],
)
def test_a_lesson_body_mistake_is_reported_at_its_file_line(check_one, body, expected):
    errors, _ = check_one(LESSON, HEAD + body)
    assert_problems(errors, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("# Big title\n\nOpening.\n", (5, "a level-1 heading"), id="level-1-heading"),
        pytest.param(
            "Opening.\n\n## Empty\n\n## Full\n\nText.\n", (7, "'Empty' is empty"), id="empty-page"
        ),
    ],
)
def test_a_lesson_body_quality_problem_is_a_warning_at_its_line(check_one, body, expected):
    warnings, report = check_one(LESSON, HEAD + body, Severity.WARNING)
    line, words = expected
    assert [p for p in warnings if p.line == line and words in p.message], warnings
    assert report.errors == []


def test_body_lines_count_a_longer_front_matter(check_one, author):
    text = author.lesson(body="Opening.\n\n::: nope\nText.\n:::\n")
    body_line = text.split("\n").index("Opening.") + 1
    errors, _ = check_one(LESSON, text)
    assert_problems(errors, [(body_line + 2, "unknown box kind 'nope'")])


# --- quizzes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quiz", "expected"),
    [
        pytest.param(
            "## No choices here?\n\nJust some text.\n\n" + GOOD_QUESTION,
            [(1, "has no choices")],
            id="no-choices",
        ),
        pytest.param(
            "## Only one?\n\n- [x] Only\n  > Yes.\n\nExpl.\n\n" + GOOD_QUESTION,
            [(1, "at least two choices")],
            id="one-choice",
        ),
        pytest.param(
            "## None right?\n\n- [ ] A\n  > No.\n- [ ] B\n  > No.\n\nExpl.\n",
            [(1, "no correct choice")],
            id="no-correct-choice",
        ),
        pytest.param(
            "## Q?\n\n- [ ] A\n  > No.\n- [x] B\n\nExpl.\n",
            [(5, "this choice has no feedback")],
            id="choice-without-feedback",
        ),
        pytest.param(
            "## Q?\n\n- [ ] A\n  > No.\n- [x] B\n> Yes.\n\nExpl.\n",
            [(5, "this choice has no feedback"), (6, "feedback is not under a choice")],
            id="feedback-not-indented",
        ),
        pytest.param(
            "## Q?\n\n- [ ] A\n  > No.\n- B\n  > No.\n- [x] C\n  > Yes.\n\nExpl.\n",
            [(5, "must start with '[ ]'")],
            id="choice-without-box",
        ),
        pytest.param(
            "## Q?\n\n- [ ] A\n  > No.\n- [x]\n  > Yes.\n\nExpl.\n",
            [(5, "no words after its [ ] box")],
            id="box-without-words",
        ),
        pytest.param(
            "## Q?\n\n1. [ ] A\n   > No.\n2. [x] B\n   > Yes.\n\nExpl.\n",
            [(3, "not numbers")],
            id="numbered-choices",
        ),
        pytest.param(
            GOOD_QUESTION + "\n" + GOOD_QUESTION,
            [(10, "same heading (see line 1)")],
            id="duplicate-question",
        ),
        pytest.param(
            "##\n\n- [ ] A\n  > No.\n- [x] B\n  > Yes.\n\nExpl.\n",
            [(1, "heading (##) has no words")],
            id="empty-question-heading",
        ),
        pytest.param("Just text, no questions.\n", [(1, "has no questions")], id="no-questions"),
        pytest.param(
            "## Q?\n\n::: facilitator\nTalk.\n\n" + GOOD_QUESTION,
            [(3, "never closed")],
            id="facilitator-box-never-closed",
        ),
        pytest.param(
            "---\npass_percent: 150\n---\n" + GOOD_QUESTION,
            [(2, "pass_percent must be a whole number from 1 to 100")],
            id="pass-150",
        ),
        pytest.param(
            "---\npass_percent: eighty\n---\n" + GOOD_QUESTION,
            [(2, "pass_percent must be a whole number from 1 to 100")],
            id="pass-word",
        ),
        pytest.param(
            "---\npass_percent: 0\n---\n" + GOOD_QUESTION,
            [(2, "pass_percent must be a whole number from 1 to 100")],
            id="pass-zero",
        ),
        pytest.param(
            "---\npass_percent: 80%\n---\n" + GOOD_QUESTION,
            [(2, "pass_percent must be a whole number from 1 to 100")],
            id="pass-percent",
        ),
        pytest.param(
            "---\npass_percent: 80\n\n" + GOOD_QUESTION,
            [(1, "never ends")],
            id="quiz-front-matter-never-closes",
        ),
        pytest.param(
            "---\npass_percent: [80\n---\n" + GOOD_QUESTION,
            [(2, "front matter could not be read")],
            id="quiz-front-matter-yaml",
        ),
    ],
)
def test_a_quiz_mistake_is_reported_at_its_line(check_one, quiz, expected):
    errors, _ = check_one(QUIZ, quiz)
    assert_problems(errors, expected)


def test_quiz_lines_count_the_front_matter(check_one):
    quiz = "---\npass_percent: 70\n---\n## Q?\n\n- [ ] A\n- [x] B\n  > Yes.\n\nExpl.\n"
    errors, _ = check_one(QUIZ, quiz)
    assert_problems(errors, [(6, "this choice has no feedback")])


def test_every_mistake_in_a_quiz_is_listed_and_only_working_questions_are_kept(tmp_path):
    text = (
        "## None right?\n\n- [ ] A\n  > No.\n- [ ] B\n  > No.\n\nExpl.\n\n"  # lines 1-9
        + GOOD_QUESTION  # lines 10-17
        + "\n## Q?\n\n- [ ] A\n- [x] B\n  > Yes.\n\nExpl.\n\n"  # lines 19-25
        + GOOD_QUESTION  # line 27
    )
    path = tmp_path / "quiz.md"
    path.write_text(text, encoding="utf-8")
    quiz, problems = parse_quiz("m/l", read_source(path, front_matter_required=False))
    assert_problems(
        [p for p in problems if p.severity is Severity.ERROR],
        [(1, "no correct choice"), (21, "no feedback"), (27, "same heading (see line 10)")],
    )
    assert [(question.prompt, question.line) for question in quiz.questions] == [
        ("A good question?", 10)
    ]


@pytest.mark.parametrize(
    ("quiz", "expected"),
    [
        pytest.param(
            "Welcome to the quiz.\n\n" + GOOD_QUESTION,
            [(1, "text before the first question")],
            id="text-before-first-question",
        ),
        pytest.param(
            "## Q?\n\n- [ ] A\n  > No.\n- [x] B\n  > Yes.\n",
            [(1, "has no explanation")],
            id="no-explanation",
        ),
        pytest.param(
            "---\npass_percent: 80\nlevel: easy\n---\n" + GOOD_QUESTION,
            [(3, "unknown field 'level'")],
            id="unknown-quiz-field",
        ),
        pytest.param(
            "---\npass_percent: 800\nlevel: easy\n---\n" + GOOD_QUESTION,
            [(3, "unknown field 'level'")],
            id="unknown-field-next-to-a-bad-pass-mark",
        ),
        pytest.param(
            "## Q?\n\n::: tip\nA tip.\n:::\n\n- [ ] A\n  > No.\n- [x] B\n  > Yes.\n\nE.\n",
            [(3, "only a ::: facilitator box")],
            id="other-box-in-a-quiz",
        ),
    ],
)
def test_a_quiz_quality_problem_is_a_warning_at_its_line(check_one, quiz, expected):
    warnings, _ = check_one(QUIZ, quiz, Severity.WARNING)
    assert_problems(warnings, expected)


def test_a_quiz_without_a_lesson_is_a_mistake(check_one, author):
    errors, _ = check_one("quizzes/01-coping/03-ghost.md", author.quiz())
    assert_problems(errors, [(1, "this quiz has no lesson")])


def test_a_quiz_in_a_module_folder_with_no_lessons_is_a_mistake(check_one, author):
    errors, _ = check_one("quizzes/09-gone/01-ghost.md", author.quiz())
    assert_problems(errors, [(1, "no lessons/09-gone/01-ghost.md")])


# --- folders -------------------------------------------------------------------------------------


def test_a_module_folder_without_module_md_is_a_mistake_but_its_lessons_load(
    make_content, clean_files, author
):
    root = make_content({**clean_files, "lessons/02-family-support/01-trust.md": author.lesson()})
    course = load_course(root)
    assert_problems(
        author.errors(course.problems, root / "lessons/02-family-support"),
        [(0, "has no module.md")],
    )
    module = course.modules[1]
    assert (module.id, module.title) == ("02-family-support", "Family support")
    assert [lesson.id for lesson in module.lessons] == ["02-family-support/01-trust"]


@pytest.mark.parametrize(
    ("module_md", "expected"),
    [
        pytest.param(
            "---\ntitle: Coping\n---\nIntro.\n", [(1, "the summary is missing")], id="no-summary"
        ),
        pytest.param("Intro only.\n", [(1, "must start with front matter")], id="no-front-matter"),
        pytest.param(
            "---\ntitle: Coping: skills\nsummary: S\n---\n",
            [(2, "front matter could not be read")],
            id="broken-yaml",
        ),
        pytest.param(b"---\ntitle: Coping\nsummary: S\xe9\n---\n", [(3, NOT_UTF8)], id="not-utf8"),
    ],
)
def test_a_module_md_mistake_is_reported_and_its_lessons_still_load(
    make_content, clean_files, author, module_md, expected
):
    root = make_content({**clean_files, "lessons/01-coping/module.md": module_md})
    course = load_course(root)
    assert_problems(author.errors(course.problems, root / "lessons/01-coping/module.md"), expected)
    assert len(course.lessons()) == 2


def test_an_unknown_module_field_is_a_warning(make_content, clean_files, author):
    module_md = "---\ntitle: Coping\nsummary: S\nminutes: 5\n---\n"
    root = make_content({**clean_files, "lessons/01-coping/module.md": module_md})
    course = load_course(root)
    assert_problems(
        author.warnings(course.problems, root / "lessons/01-coping/module.md"),
        [(4, "unknown field 'minutes'")],
    )
    assert course.errors() == ()


def test_a_folder_without_lessons_is_a_mistake(make_content, author):
    root = make_content({"quizzes/01-coping/01-cravings.md": author.quiz()})
    course = load_course(root)
    assert_problems(author.errors(course.problems, root), [(0, "there is no 'lessons' folder")])
    assert course.modules == ()


def test_problems_read_as_path_line_message(tmp_path: Path):
    error = Problem(tmp_path / "a.md", 3, "the title is missing.")
    warning = Problem(tmp_path / "a.md", 4, "unknown field 'x'.", Severity.WARNING)
    assert str(error) == f"{tmp_path / 'a.md'}:3: the title is missing."
    assert str(warning) == f"{tmp_path / 'a.md'}:4: warning: unknown field 'x'."


@pytest.mark.parametrize(
    "loader",
    [
        pytest.param(yaml.SafeLoader, id="python-loader"),
        pytest.param(
            getattr(yaml, "CSafeLoader", None),
            id="c-loader",
            marks=pytest.mark.skipif(
                not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without its C loader"
            ),
        ),
    ],
)
@pytest.mark.parametrize(
    ("front", "line"),
    [
        pytest.param("pass_percent: [80\n", 2, id="bracket-never-closed"),
        pytest.param('title: "Relapse\nsummary: S\nminutes: 3\n', 2, id="quote-never-closed"),
        pytest.param("title: T\nsummary: Relapse: a slide\n", 3, id="colon-in-text"),
        pytest.param("title: T\nsummary: S\nobjectives:\n  - a\n - b\n", 6, id="bad-indent"),
    ],
)
def test_both_yaml_loaders_point_at_the_line_an_author_must_fix(monkeypatch, loader, front, line):
    monkeypatch.setattr(yaml_reader, "SAFE_LOADER", loader)
    source = source_module.split_front_matter(Path("a.md"), f"---\n{front}---\nBody.\n", True)
    assert [(p.line, "could not be read" in p.message) for p in source.problems] == [(line, True)]


def test_a_markdown_file_outside_a_module_folder_is_a_mistake(check, clean_files):
    report = check({**clean_files, "lessons/stray.md": "# lost", "quizzes/stray-quiz.md": "x"})
    messages = {(p.path.name, p.line): p.message for p in report.errors}
    assert "not in a module folder" in messages[("stray.md", 1)]
    assert "not in a module folder" in messages[("stray-quiz.md", 1)]


def test_a_module_with_no_lessons_is_a_warning(make_content, clean_files):
    root = make_content({**clean_files, "lessons/02-empty/module.md": MODULE_TEXT})
    report = check_content(root)
    assert not report.errors
    assert [(p.path, p.line) for p in report.warnings if "no lessons yet" in p.message] == [
        (root / "lessons/02-empty", 0)
    ]


def test_questions_that_differ_only_in_accented_letters_are_not_duplicates(check_one):
    quiz = question_text(1).replace("Question number 1: which helps?", "¿Qué ayuda más?")
    quiz += "\n" + question_text(2).replace("Question number 2: which helps?", "¿Qué ayuda menos?")
    errors, _ = check_one("quizzes/01-coping/01-cravings.md", quiz)
    assert not [p for p in errors if "same heading" in p.message]
