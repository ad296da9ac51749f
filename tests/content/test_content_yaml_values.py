"""Every YAML value an author can type is handled: a mistake at its line, never a crash.

PyYAML raises ``ValueError`` (not ``YAMLError``) for impossible dates, bad time-zone offsets and
numbers too long to convert; before, those stopped both ``iop-course check`` and the app.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.content.checker import check_content
from iop_course.content.front_matter import LESSON_FIELDS, read_fields
from iop_course.content.loader import load_course, read_source
from iop_course.content.model import Problem, Severity
from iop_course.content.quiz_parser import parse_quiz
from iop_course.content.source import split_front_matter

LESSON = "lessons/01-coping/01-cravings.md"
QUIZ = "quizzes/01-coping/01-cravings.md"


@pytest.mark.parametrize(
    ("front", "line"),
    [
        pytest.param("title: 2024-02-30\nsummary: S\n", 2, id="no-such-date"),
        pytest.param(
            "title: T\nsummary: S\nminutes: 2024-01-01 10:00:00+25:00\n", 4, id="bad-time-zone"
        ),
        pytest.param("title: T\nsummary: S\nminutes: " + "9" * 5000 + "\n", 4, id="5000-digits"),
        pytest.param("title: T\nsummary: S\nobjectives:\n  - 2023-13-01\n", 5, id="date-in-a-list"),
        pytest.param("title: T\n2024-02-31: x\nsummary: S\n", 3, id="date-as-a-name"),
    ],
)
def test_a_value_yaml_cannot_build_is_a_mistake_at_its_line(
    make_content, clean_files, author, front, line
):
    root = make_content(
        {**clean_files, LESSON: f"---\n{front}---\n" + author.lesson()[4:].split("---\n", 1)[1]}
    )
    report = check_content(root)
    errors = author.errors(report.problems, root / LESSON)
    assert [(p.line, "could not be read" in p.message) for p in errors] == [(line, True)]
    course = load_course(root)
    assert [lesson.id for lesson in course.lessons()] == ["01-coping/02-saying-no"]


def test_a_huge_hexadecimal_number_is_shown_short_in_the_message(make_content, clean_files):
    huge = "0x" + "f" * 5000
    root = make_content(
        {
            **clean_files,
            LESSON: f"---\ntitle: {huge}\nsummary: S\nminutes: {huge}\n---\nBody.\n",
            QUIZ: f"---\npass_percent: {huge}\n---\n"
            "## Q?\n\n- [x] A\n  > Yes.\n- [ ] B\n  > No.\n\nE.\n",
        }
    )
    report = check_content(root)
    messages = [p.message for p in report.errors]
    assert "minutes must be a whole number like 10, not 'a very long number'." in messages
    assert (
        "pass_percent must be a whole number from 1 to 100, not 'a very long number'." in messages
    )
    assert all(len(str(p)) < 400 for p in report.problems)


def test_a_billion_laughs_value_is_refused_without_printing_it(make_content, clean_files):
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        laughs += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]\n"
    root = make_content(
        {**clean_files, LESSON: f"---\ntitle: T\nsummary: S\n{laughs}minutes: *i\n---\nBody.\n"}
    )
    report = check_content(root)
    assert "minutes must be a whole number like 10, not 'a list'." in [
        p.message for p in report.errors
    ]


SCALAR = st.text(alphabet="0123456789-:+.TZtz _eExXoObB#'\"!&*%@`|>[]{},~\\ny", max_size=40)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    st.sampled_from(["title", "summary", "minutes", "objectives", "sources", "other"]),
    SCALAR,
    st.booleans(),
)
def test_any_scalar_in_any_field_never_raises(name, scalar, in_a_list):
    value = f"\n  - {scalar}" if in_a_list else f" {scalar}"
    text = f"---\ntitle: T\nsummary: S\n{name}:{value}\n---\nBody.\n"
    path = Path("lessons/01-m/01-a.md")
    source = split_front_matter(path, text, required=True)
    fields = read_fields(source, LESSON_FIELDS)
    for problem in source.problems + fields.problems + source.control_characters:
        assert 1 <= problem.line <= text.count("\n")
        assert str(problem)
    quiz_text = f"---\npass_percent:{value}\n---\n## Q?\n\n- [x] A\n  > Y.\n- [ ] B\n  > N.\n"
    quiz, problems = parse_quiz("01-m/01-a", split_front_matter(path, quiz_text, False))
    assert 1 <= quiz.pass_percent <= 100
    assert all(str(problem) for problem in problems)


@SETTINGS
@given(SCALAR)
def test_a_whole_folder_with_any_scalar_still_opens_its_other_lessons(scalar):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        module = root / "lessons" / "01-m"
        module.mkdir(parents=True)
        (module / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
        (module / "01-good.md").write_text("---\ntitle: Good\nsummary: S\n---\nBody.\n")
        (module / "02-any.md").write_text(f"---\ntitle: {scalar}\nsummary: S\n---\nBody.\n")
        course = load_course(root)
        assert "01-m/01-good" in [lesson.id for lesson in course.lessons()]
        source = read_source(module / "02-any.md", front_matter_required=True)
        assert not isinstance(source, Problem)
        report = check_content(root)
        assert all(p.severity in (Severity.ERROR, Severity.WARNING) for p in report.problems)
