"""Well-formed lessons and quizzes parse into exactly the pages, boxes and questions written."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_course.content.lesson_model import Box, BoxKind, TextBlock
from iop_course.content.lesson_parser import parse_body
from iop_course.content.loader import load_course, open_lesson, open_quiz, read_source
from iop_course.content.quiz_model import MAX_CHOICES, Choice, Question
from iop_course.content.quiz_parser import DEFAULT_PASS_PERCENT, parse_quiz, question_id
from iop_course.content.source import SourceFile

LESSON = """\
---
title: Relapse is a process
summary: Relapse starts long before use.
minutes: 10
objectives:
  - Name the three stages of relapse
  - "Spot one sign: early"
sources:
  - "SAMHSA. TIP 47. 2006."
---
The opening text, with [bold]not markup[/] and list[int] kept.

Second paragraph of the opening.

## Emotional relapse

Every level-2 heading starts a page.

::: tip
A short helpful note with [red]brackets[/red].
:::

::: facilitator
A discussion question for the group.
:::

### A smaller heading stays on the page

More text.

## Try it now

::: Try-This Notice one feeling
Write it down.

Then say it out loud.
:::

::: warning
Call 988 in a crisis.
:::
"""

QUIZ = """\
## Which stage of relapse usually comes first? [pick one]

Maria has been skipping meals: what: comes: first?

- [ ] Physical relapse
  > Not quite. Physical relapse is the last stage.
- [X] Emotional relapse
  > Yes. Feelings like [anxiety] often come first.
- [ ] Mental relapse
  > Mental relapse is the middle stage,
  > when part of you thinks about using.

Relapse often starts weeks before use.

Noticing early signs gives you time.

## Select all that apply: which are healthy ways to ride out a craving?

> Hint: think of things that put time and people between you and the urge.

- [x] Call someone on your support list
  > Yes. Talking it through helps.
- [x] Go for a walk
  > Yes. Moving changes how you feel.
- [ ] Keep a little on hand "just in case"
  > That keeps the door open to use.

Urges pass.

::: facilitator
Ask: what works for you?
:::
"""


@pytest.fixture
def course_root(make_content, author) -> Path:
    """A content folder with the lesson and quiz above."""
    return make_content(
        {
            "lessons/02-relapse/module.md": author.module,
            "lessons/02-relapse/01-process.md": LESSON,
            "quizzes/02-relapse/01-process.md": QUIZ,
        }
    )


@pytest.fixture
def lesson(course_root):
    """The lesson above, opened the way the app opens it."""
    info = load_course(course_root).lessons()[0]
    opened, problems = open_lesson(info)
    assert problems == []
    return opened


@pytest.fixture
def quiz(course_root):
    """The quiz above, opened the way the app opens it."""
    opened = open_quiz(load_course(course_root).lessons()[0])
    assert opened is not None
    quiz, problems = opened
    assert problems == []
    return quiz


def test_front_matter_becomes_the_lesson_info(course_root):
    info = load_course(course_root).lessons()[0]
    assert info.id == "02-relapse/01-process"
    assert info.module_id == "02-relapse"
    assert info.title == "Relapse is a process"
    assert info.summary == "Relapse starts long before use."
    assert info.minutes == 10
    assert info.objectives == ("Name the three stages of relapse", "Spot one sign: early")
    assert info.sources == ("SAMHSA. TIP 47. 2006.",)
    assert info.quiz_path == course_root / "quizzes/02-relapse/01-process.md"


def test_pages_split_on_level_2_headings_and_the_opening_is_page_one(lesson):
    assert [page.title for page in lesson.pages] == [
        "Relapse is a process",
        "Emotional relapse",
        "Try it now",
    ]
    assert lesson.pages[0].blocks == (
        TextBlock(
            "The opening text, with [bold]not markup[/] and list[int] kept.\n\n"
            "Second paragraph of the opening."
        ),
    )


def test_boxes_become_box_blocks_with_their_kind_and_text(lesson):
    assert lesson.pages[1].blocks == (
        TextBlock("Every level-2 heading starts a page."),
        Box(BoxKind.TIP, "A short helpful note with [red]brackets[/red]."),
        Box(BoxKind.FACILITATOR, "A discussion question for the group."),
        TextBlock("### A smaller heading stays on the page\n\nMore text."),
    )
    assert lesson.pages[2].blocks == (
        Box(BoxKind.TRY_THIS, "Write it down.\n\nThen say it out loud."),
        Box(BoxKind.WARNING, "Call 988 in a crisis."),
    )


def test_facilitator_boxes_are_left_out_for_a_learner(lesson):
    page = lesson.pages[1]
    assert page.learner_blocks() == (
        TextBlock("Every level-2 heading starts a page."),
        Box(BoxKind.TIP, "A short helpful note with [red]brackets[/red]."),
        TextBlock("### A smaller heading stays on the page\n\nMore text."),
    )
    assert lesson.pages[2].learner_blocks() == lesson.pages[2].blocks


def test_box_labels_are_the_words_a_learner_sees():
    assert [kind.label for kind in BoxKind] == [
        "Tip",
        "Try this",
        "Take care",
        "For the group",
        "Notes for this page",
        "Group plan",
    ]


def test_a_body_that_starts_with_a_heading_has_no_empty_opening_page(tmp_path):
    source = SourceFile(tmp_path / "a.md", {}, "## First\n\nText.\n\n## Second\n\nMore.\n", 5)
    body = parse_body(source, "Lesson title")
    assert [page.title for page in body.pages] == ["First", "Second"]
    assert body.problems == []


def test_an_empty_body_is_one_page_with_a_warning(tmp_path):
    source = SourceFile(tmp_path / "a.md", {}, "", 5)
    body = parse_body(source, "Lesson title")
    assert [page.title for page in body.pages] == ["Lesson title"]
    assert [(p.line, "is empty" in p.message) for p in body.problems] == [(5, True)]


def test_prose_leaves_out_headings_and_facilitator_boxes(tmp_path):
    source = SourceFile(tmp_path / "a.md", {}, LESSON.split("---\n", 2)[2], 11)
    prose = parse_body(source, "T").prose
    assert "A discussion question for the group." not in prose
    assert "Every level-2 heading starts a page." in prose
    assert "A short helpful note with [red]brackets[/red]." in prose
    assert not [text for text in prose if "Emotional relapse" in text]


def test_quiz_choices_correct_flags_and_feedback(quiz):
    first = quiz.questions[0]
    assert first.prompt == "Which stage of relapse usually comes first? [pick one]"
    assert first.line == 1
    assert first.choices == (
        Choice("a", "Physical relapse", False, "Not quite. Physical relapse is the last stage."),
        Choice("b", "Emotional relapse", True, "Yes. Feelings like [anxiety] often come first."),
        Choice(
            "c",
            "Mental relapse",
            False,
            "Mental relapse is the middle stage,\nwhen part of you thinks about using.",
        ),
    )
    assert first.scenario == "Maria has been skipping meals: what: comes: first?"
    assert first.explanation == (
        "Relapse often starts weeks before use.\n\nNoticing early signs gives you time."
    )
    assert first.hint == ""
    assert first.facilitator_prompt == ""
    assert not first.select_all


def test_quiz_hint_select_all_and_facilitator_prompt(quiz):
    second = quiz.questions[1]
    assert second.line == 17
    assert second.hint == "think of things that put time and people between you and the urge."
    assert second.scenario == ""
    assert [choice.correct for choice in second.choices] == [True, True, False]
    assert second.choices[2].text == 'Keep a little on hand "just in case"'
    assert second.select_all
    assert second.explanation == "Urges pass."
    assert second.facilitator_prompt == "Ask: what works for you?"


def test_is_right_needs_exactly_the_correct_choices(quiz):
    first, second = quiz.questions
    assert first.is_right({"b"})
    assert not first.is_right({"a"})
    assert not first.is_right({"a", "b"})
    assert not first.is_right(set())
    assert second.is_right(frozenset({"a", "b"}))
    assert not second.is_right({"a"})
    assert not second.is_right({"a", "b", "c"})


def test_question_ids_come_from_the_wording_and_do_not_move_with_the_question(tmp_path):
    swapped = QUIZ.split("## ")
    reordered = "## " + swapped[2] + "\n## " + swapped[1]
    first = _parse(tmp_path, QUIZ)[0]
    second = _parse(tmp_path, reordered)[0]
    assert [q.id for q in first.questions] == [
        "which-stage-of-relapse-usually-comes-first-pick-one",
        "select-all-that-apply-which-are-healthy-ways-to-ride-out-a-craving",
    ]
    assert {q.id: q.choices for q in first.questions} == {q.id: q.choices for q in second.questions}
    assert question_id("  Is it OK?  ") == question_id("is it ok") == "is-it-ok"
    assert question_id("???") == "question"
    assert len(question_id("word " * 40)) <= 80


def test_pass_percent_defaults_to_80_and_can_be_set(tmp_path):
    assert DEFAULT_PASS_PERCENT == 80
    assert _parse(tmp_path, QUIZ)[0].pass_percent == 80
    quiz, problems = _parse(tmp_path, "---\npass_percent: 60\n---\n" + QUIZ)
    assert problems == []
    assert quiz.pass_percent == 60
    assert [q.line for q in quiz.questions] == [4, 20]


def test_choice_ids_are_letters_in_written_order(tmp_path):
    choices = "".join(
        f"- [{'x' if n == 0 else ' '}] Choice {n}\n  > Feedback {n}.\n" for n in range(MAX_CHOICES)
    )
    quiz, problems = _parse(tmp_path, f"## Many?\n\n{choices}\nExplained.\n")
    assert problems == []
    ids = [choice.id for choice in quiz.questions[0].choices]
    assert ids == [chr(ord("a") + n) for n in range(MAX_CHOICES)]
    assert [choice.text for choice in quiz.questions[0].choices][:2] == ["Choice 0", "Choice 1"]


def test_a_question_made_by_hand_behaves_like_a_parsed_one():
    question = Question(
        "q", "Q?", 1, (Choice("a", "A", True, "Yes."), Choice("b", "B", True, "Yes."))
    )
    assert question.select_all and question.is_right({"a", "b"})


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "quiz.md"
    path.write_text(text, encoding="utf-8")
    return parse_quiz("m/l", read_source(path, front_matter_required=False))


def test_order_fixed_pins_a_question_and_true_false_keeps_true_first(tmp_path):
    text = (
        "## Pinned?\n\n> Order: fixed\n\n- [ ] Call a friend\n  > A.\n- [ ] Walk\n  > B.\n"
        "- [x] Both of the above\n  > C.\n\nWhy.\n\n"
        "## Hint and order in one quote?\n\n> Hint: think [twice].\n> order: FIXED\n\n"
        "- [x] Yes\n  > Y.\n- [ ] No\n  > N.\n\nWhy.\n\n"
        "## True or false: it passes.\n\n- [x] False.\n  > F.\n- [ ] true\n  > T.\n\nWhy.\n\n"
        "## Shuffled?\n\n- [x] Yes\n  > Y.\n- [ ] No\n  > N.\n\nWhy.\n"
    )
    quiz, problems = _parse(tmp_path, text)
    assert problems == []
    pinned, hinted, true_false, shuffled = quiz.questions
    assert pinned.fixed_order and not pinned.shuffled
    assert [c.text for c in pinned.natural_order()] == [
        "Call a friend",
        "Walk",
        "Both of the above",
    ]
    assert hinted.fixed_order and hinted.hint == "think [twice]." and hinted.scenario == ""
    assert true_false.true_false and not true_false.fixed_order and not true_false.shuffled
    assert [c.text for c in true_false.natural_order()] == ["true", "False."]
    assert shuffled.shuffled and not shuffled.true_false
    assert [c.line for c in pinned.choices] == [5, 7, 9]


def test_an_unknown_order_is_a_warning_at_its_line_and_the_choices_stay_shuffled(tmp_path):
    quiz, problems = _parse(
        tmp_path,
        "## Q?\n\n> Hint: a hint.\n> Order: random\n\n- [x] A\n  > Y.\n- [ ] B\n  > N.\n\nWhy.\n",
    )
    assert [(p.line, p.severity.value, p.message) for p in problems] == [
        (
            4,
            "warning",
            (
                "unknown order 'random': write '> Order: fixed' to keep the choices in the order "
                "written, or remove the line to have them shuffled."
            ),
        )
    ]
    assert quiz.questions[0].shuffled and quiz.questions[0].hint == "a hint."
