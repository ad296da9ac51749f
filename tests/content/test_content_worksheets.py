"""``::: worksheet`` boxes: prompts with stable ids and plan parts, and the checker's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_course.content.lesson_model import TextBlock
from iop_course.content.lesson_parser import parse_body
from iop_course.content.source import SourceFile
from iop_course.content.worksheet_model import PlanPart, Worksheet, WorksheetPrompt
from tests.content.conftest import HEAD, LESSON, assert_problems

WORKSHEET = (
    "Opening.\n"
    "\n"
    "::: worksheet\n"
    "Write in your own words.\n"
    "\n"
    "? my-signs (plan: warning-signs)\n"
    "What do you notice when you start to slide?\n"
    "\n"
    "? my-people (plan: people)\n"
    "Who can you call?\n"
    "Write a name and a number.\n"
    "\n"
    "? a-note\n"
    "Anything else [like this]?\n"
    ":::\n"
    "\n"
    "After.\n"
)


def _body(text: str) -> tuple[list, list]:
    source = SourceFile(path=Path("lesson.md"), front_matter={}, body=text, body_line=1)
    parsed = parse_body(source, "First")
    return parsed.pages, parsed.problems


def test_a_worksheet_becomes_a_block_with_its_prompts_in_order() -> None:
    pages, problems = _body(WORKSHEET)
    assert problems == []
    blocks = pages[0].blocks
    assert blocks[0] == TextBlock("Opening.")
    assert blocks[1] == Worksheet(
        "Write in your own words.",
        (
            WorksheetPrompt(
                "my-signs", "What do you notice when you start to slide?", PlanPart.WARNING_SIGNS
            ),
            WorksheetPrompt(
                "my-people", "Who can you call?\nWrite a name and a number.", PlanPart.PEOPLE
            ),
            WorksheetPrompt("a-note", "Anything else [like this]?"),
        ),
    )
    assert blocks[2] == TextBlock("After.")
    assert blocks[1].prompts[1].asks_for_contacts
    assert [prompt.line for prompt in blocks[1].prompts] == [6, 9, 13]


def test_rewording_a_prompt_keeps_its_id() -> None:
    """Answers are kept by id: an author's new wording must not orphan them."""
    reworded = WORKSHEET.replace("What do you notice", "What do you see")
    old = _body(WORKSHEET)[0][0].worksheets()[0].prompts[0]
    new = _body(reworded)[0][0].worksheets()[0].prompts[0]
    assert old.id == new.id and old.text != new.text


def test_a_worksheets_markdown_lists_prompts_only() -> None:
    """What a text-only view (a projected slide) shows: the prompts, numbered, no ids."""
    worksheet = _body(WORKSHEET)[0][0].worksheets()[0]
    assert worksheet.markdown.startswith("Write in your own words.\n\n1. What do you notice")
    assert "my-signs" not in worksheet.markdown and "plan:" not in worksheet.markdown


def test_lesson_prompts_carry_their_page() -> None:
    from iop_course.content.lesson_model import Lesson
    from iop_course.content.model import LessonInfo

    pages, _ = _body(WORKSHEET + "\n## Second\n\n::: worksheet\n? later\nMore?\n:::\n")
    info = LessonInfo("m/l", "m", Path("l.md"), "T", "S")
    lesson = Lesson(info, tuple(pages))
    assert [(page, prompt.id) for page, prompt in lesson.worksheet_prompts()] == [
        (0, "my-signs"),
        (0, "my-people"),
        (0, "a-note"),
        (1, "later"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Opening.\n\n::: worksheet\n? same\nOne?\n\n? same\nTwo?\n:::\n",
            [(11, "'same' is already used at line 8")],
            id="duplicate-id",
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\n? a\nOne?\n:::\n\n## Next\n\n"
            "::: worksheet\n? a\nAgain?\n:::\n",
            [(15, "'a' is already used at line 8")],
            id="duplicate-id-across-pages",
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\n? empty\n\n? full\nText?\n:::\n",
            [(8, "'empty' has no text")],
            id="prompt-without-text",
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\n? mine (plan: hopes)\nText?\n:::\n",
            [(8, "unknown plan part 'hopes'")],
            id="unknown-plan-part",
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\n? My Reasons!\nText?\n:::\n",
            [(8, "a worksheet prompt starts with a line like")],
            id="bad-id",
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\nJust text.\n:::\n", [(7, "has no prompts")], id="no-prompts"
        ),
        pytest.param(
            "Opening.\n\n::: worksheet\n? a\nText?\n\n## Next\n\nMore.\n",
            [(7, "this worksheet is never closed")],
            id="unclosed-worksheet",
        ),
    ],
)
def test_a_worksheet_mistake_is_reported_at_its_file_line(check_one, body, expected):
    errors, _ = check_one(LESSON, HEAD + body)
    assert_problems(errors, expected)


def test_an_unknown_box_kind_names_worksheet_as_a_choice(check_one):
    errors, _ = check_one(LESSON, HEAD + "Opening.\n\n::: sheet\nText.\n:::\n")
    assert "worksheet" in errors[0].message


def test_prompt_id_lines_are_not_counted_as_prose() -> None:
    """The reading grade measures what a learner reads: the question, not its id line."""
    source = SourceFile(path=Path("lesson.md"), front_matter={}, body=WORKSHEET, body_line=1)
    prose = parse_body(source, "First").prose
    assert "What do you notice when you start to slide?" in prose
    assert not any("my-signs" in paragraph or "plan:" in paragraph for paragraph in prose)
