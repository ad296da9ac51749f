"""A quiz's question ids, read line by line when the quiz is plain, are exactly the ids of the
questions ``open_quiz`` gives, in either language; a quiz the quick reading cannot be sure of
is parsed as when it starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iop_course.content import quiz_ids
from iop_course.content.loader import load_course, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.content.model import LessonInfo
from iop_course.content.question_headings import kept_question_prompts, question_id
from iop_course.content.quiz_ids import quiz_question_ids
from iop_course.content.quiz_model import MAX_CHOICES
from iop_course.content.quiz_parser import parse_quiz
from iop_course.content.source import SourceFile

from .conftest import quiz_text

LINES = st.sampled_from(
    [
        "## What helps?",
        "## What helps?",
        "## Another one",
        "##",
        "- [x] Right",
        "- [X] Right too",
        "- [ ] Wrong",
        "- [ ] Wrong",
        "- [ ]",
        "- [y] Odd",
        "- [x]: /url",
        "  > Feedback.",
        "  > Feedback.",
        "  > More feedback.",
        "  > - a list",
        "  >",
        "  > # heading",
        "  > 1.",
        "  > 988 helps.",
        "  > 2) two",
        "2. Two",
        "2024 was a year.",
        "> Hint: think",
        "> Order: fixed",
        "> Order: odd",
        ">",
        "> Feedback in the wrong place.",
        "Some words.",
        "Some words.",
        "More words: here.",
        "1. Numbered",
        "* Starred",
        "  indented",
        "    code",
        "",
        "",
        "",
        "::: facilitator",
        "::: tip",
        ":::",
        "### Level three",
        "[x] loose",
    ]
)


def one_of(*choices: str) -> st.SearchStrategy[str]:
    return st.sampled_from(choices)


@st.composite
def quizzes(draw: st.DrawFn) -> list[str]:
    """A quiz's lines as the authoring guide shows them, with a few lines of LINES put in
    their place or between them: nearly plain quizzes, where a wrong guess would show."""
    gap = one_of(*[""] * 12, "Words.", "> Quote")
    lines: list[str] = []
    for _ in range(draw(st.sampled_from([0, 1, 1, 2, 3]))):
        lines.append(
            draw(
                one_of(
                    "## What helps?", "## Another one", "## 1. Numbered?", "## What helps?", "##"
                )
            )
        )
        if draw(st.booleans()):
            lines += [draw(gap), draw(one_of("Some words.", "> Hint: think", "> Order: fixed"))]
        lines.append(draw(gap))
        for _ in range(draw(st.sampled_from([0, 1, 2, 3, 3, 4, 4, MAX_CHOICES, MAX_CHOICES + 1]))):
            lines.append(draw(one_of("- [x] Right", "- [ ] Wrong", "- [ ] Wrong", "- [X] Yes")))
            feedback = draw(st.sampled_from([0, *[1] * 12, 2]))
            lines += [draw(one_of(*["  > Feedback."] * 6, "  > 988 helps.", "  > 1. x"))] * feedback
            if draw(st.integers(0, 9)) == 0:
                lines.append(draw(gap))
        if draw(st.booleans()):
            lines += [draw(gap), "The explanation."]
        if draw(st.booleans()):
            lines += [draw(gap), draw(one_of("::: facilitator", "::: tip")), "Ask.", ":::"]
        lines.append(draw(gap))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        if lines:
            lines[draw(st.integers(0, len(lines) - 1))] = draw(LINES)
        lines.insert(draw(st.integers(0, len(lines))), draw(LINES))
    return lines


def source(body: str) -> SourceFile:
    return SourceFile(Path("quiz.md"), {}, body, 1)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=24) | quizzes())
@example(["## One", "- [x] a", "  > yes", "- [ ] b", "  > no", "", "::: facilitator", ":::"])
@example(["## One", "- [x] a", "  > yes", "- [ ] b", "  > no", "Lazy words."])
@example(["## Eight", *["- [x] a", "  > yes"] * (MAX_CHOICES + 1), "", "Why."])
@example(["## One", "- [x] a", "  > yes", "- [ ] b", "", "  > no"])
def test_the_quick_reading_keeps_the_questions_the_parser_keeps_or_declines(lines):
    body = "\n".join(lines)
    quick = kept_question_prompts(body, MAX_CHOICES)
    if quick is None:
        return
    quiz, _ = parse_quiz("m/l", source(body))
    ids = dict.fromkeys(question_id(prompt) for prompt in quick)  # the parser leaves out repeats
    assert list(ids) == [question.id for question in quiz.questions]


def test_a_plain_quiz_is_read_quickly_and_the_ids_are_the_parsers():
    body = quiz_text(3)
    quiz, _ = parse_quiz("m/l", source(body))
    assert kept_question_prompts(body, MAX_CHOICES) == [q.prompt for q in quiz.questions]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_builtin_quiz_gives_the_ids_open_quiz_gives_without_parsing(monkeypatch, language):
    lessons = [
        lesson
        for lesson in load_course(builtin_content_dir(), language).lessons()
        if lesson.quiz_path is not None
    ]
    expected = {}
    for lesson in lessons:
        opened = open_quiz(lesson)
        assert opened is not None
        expected[lesson.id] = tuple(question.id for question in opened[0].questions)
    assert any(lesson.quiz_path and ".es." in lesson.quiz_path.name for lesson in lessons) == (
        language == "es"
    )

    def parsed(info: LessonInfo) -> None:
        raise AssertionError(f"{info.quiz_path} was parsed")

    monkeypatch.setattr(quiz_ids, "_parsed_ids", parsed)
    assert {lesson.id: quiz_question_ids(lesson) for lesson in lessons} == expected


def test_counting_the_builtin_quizzes_questions_does_not_import_the_markdown_parser():
    code = (
        "import sys\n"
        "from iop_course.content.loader import load_course\n"
        "from iop_course.content.locate import builtin_content_dir\n"
        "from iop_course.content.quiz_ids import quiz_question_ids\n"
        "for language in ('en', 'es'):\n"
        "    for lesson in load_course(builtin_content_dir(), language).lessons():\n"
        "        quiz_question_ids(lesson)\n"
        "print('markdown_it' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def ids_both_ways(root: Path, language: str = "en") -> list[tuple[object, object]]:
    """Each lesson's ids from ``quiz_question_ids`` beside those of ``open_quiz``."""
    pairs = []
    for lesson in load_course(root, language).lessons():
        opened = open_quiz(lesson)
        wanted = None if opened is None else tuple(q.id for q in opened[0].questions)
        pairs.append((quiz_question_ids(lesson), wanted))
    return pairs


def test_a_quiz_with_a_broken_or_repeated_question_gives_the_parsers_ids(make_content, clean_files):
    broken = quiz_text(2) + "\n## Broken\n\n- [x] only one\n  > yes\n"
    repeated = quiz_text(2) + "\n" + quiz_text(1)
    root = make_content(
        {
            **clean_files,
            "quizzes/01-coping/01-cravings.md": broken,
            "quizzes/01-coping/02-saying-no.md": repeated,
        }
    )
    both = ids_both_ways(root)
    assert [quick for quick, _ in both] == [wanted for _, wanted in both]
    assert [len(quick or ()) for quick, _ in both] == [2, 2]


def test_a_spanish_quiz_keeps_its_english_ids_unless_it_has_another_number_of_questions(
    make_content, clean_files
):
    spanish = quiz_text(2).replace("Question number", "Pregunta número")
    root = make_content(
        {
            **clean_files,
            "quizzes/01-coping/01-cravings.md": quiz_text(2),
            "quizzes/01-coping/01-cravings.es.md": spanish,
            "quizzes/01-coping/02-saying-no.md": quiz_text(3),
            "quizzes/01-coping/02-saying-no.es.md": spanish,
        }
    )
    both = ids_both_ways(root, "es")
    assert [quick for quick, _ in both] == [wanted for _, wanted in both]
    assert both[0][0] == ("question-number-1-which-helps", "question-number-2-which-helps")
    assert both[1][0] == ("pregunta-número-1-which-helps", "pregunta-número-2-which-helps")


def test_no_quiz_or_an_unreadable_one_gives_none(make_content, clean_files):
    root = make_content({**clean_files, "quizzes/01-coping/01-cravings.md": b"\xff\xfe"})
    lessons = load_course(root).lessons()
    assert quiz_question_ids(lessons[0]) is None
    no_quiz = LessonInfo("01-coping/09-x", "01-coping", root / "x.md", "X", "Y")
    assert quiz_question_ids(no_quiz) is None
    lesson = lessons[1]
    assert lesson.quiz_path is not None
    lesson.quiz_path.unlink()
    assert quiz_question_ids(lesson) is None
