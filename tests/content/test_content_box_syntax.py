"""Learners never see box syntax: an unclosed box ends with its page, and stray ``:::`` go.

Before, a box without its closing ``:::`` swallowed the rest of the lesson (a forgotten
``::: facilitator`` hid every later page from learners), and box lines inside lists, quotes or
other boxes reached the screen as raw ``::: facilitator`` text.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from iop_course.content.lesson_model import Box, BoxKind, TextBlock
from iop_course.content.lesson_parser import parse_body
from iop_course.content.quiz_parser import parse_quiz
from iop_course.content.source import SourceFile, split_front_matter

PATH = Path("lessons/01-m/01-l.md")
BOX_LINE = re.compile(r"^\s*:{3,}", re.MULTILINE)
WIDGET_PARSER = MarkdownIt("gfm-like")  # how the app's Markdown widget reads a block


def parsed(body: str):
    """The pages and problems of a lesson body that starts on file line 5."""
    result = parse_body(SourceFile(PATH, {}, body, 5), "Title")
    return result.pages, [(p.line, p.message) for p in result.problems]


def box_syntax_shown(pages) -> list[str]:
    """Paragraph text that shows a ``:::`` line, as the app's Markdown widget would read it."""
    shown = []
    for page in pages:
        for block in page.blocks:
            tokens = WIDGET_PARSER.parse(block.markdown)
            for before, token in pairwise(tokens):
                if (
                    token.type == "inline"
                    and before.type == "paragraph_open"
                    and BOX_LINE.search(token.content)
                ):
                    shown.append(token.content)
    return shown


def test_an_unclosed_facilitator_box_ends_with_its_page_and_is_reported_once():
    pages, problems = parsed("Opening.\n\n::: facilitator\nAsk the group.\n\n## Next\n\nMore.\n")
    assert [page.title for page in pages] == ["Title", "Next"]
    assert pages[0].blocks == (TextBlock("Opening."), Box(BoxKind.FACILITATOR, "Ask the group."))
    assert pages[0].learner_blocks() == (TextBlock("Opening."),)
    assert pages[1].blocks == (TextBlock("More."),)
    assert [(line, message.split(":")[0]) for line, message in problems] == [
        (7, "this box is never closed")
    ]


def test_an_unclosed_box_ends_where_the_next_box_starts():
    pages, problems = parsed("::: tip\nA.\n\n::: facilitator\nB.\n:::\n\nAfter.\n")
    assert pages[0].blocks == (
        Box(BoxKind.TIP, "A."),
        Box(BoxKind.FACILITATOR, "B."),
        TextBlock("After."),
    )
    assert [line for line, _ in problems] == [5]


def test_a_heading_inside_a_closed_box_is_still_one_mistake_at_the_heading():
    pages, problems = parsed("::: tip\nA.\n\n## Inside\n\nB.\n:::\n\nAfter.\n")
    assert [(line, "heading inside a box" in message) for line, message in problems] == [(8, True)]
    assert not box_syntax_shown(pages)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        pytest.param(
            "- item\n\n  ::: facilitator\n  Secret.\n  :::\n",
            7,
            "a box inside a list",
            id="box-in-a-list",
        ),
        pytest.param(
            "> ::: facilitator\n> Secret.\n> :::\n\nAfter.\n",
            5,
            "a box inside a list",
            id="box-in-a-quote",
        ),
        pytest.param(
            ":::: tip\nOuter.\n\n::: facilitator\nSecret.\n:::\n::::\n",
            8,
            "another box",
            id="box-in-a-box",
        ),
        pytest.param("Text.\n:::\n\nMore.\n", 6, "closes no box", id="stray-closer"),
        pytest.param("::: tip\nA.\n:::\n:::\n", 8, "closes no box", id="closed-twice"),
    ],
)
def test_box_syntax_that_cannot_be_a_box_is_reported_and_never_shown(body, line, words):
    pages, problems = parsed(body)
    assert [(found, words in message) for found, message in problems] == [(line, True)]
    assert not box_syntax_shown(pages)
    assert not any("Secret" in block.markdown for page in pages for block in page.learner_blocks())


def test_an_unclosed_facilitator_box_in_a_quiz_no_longer_swallows_the_next_questions():
    question = "- [ ] A\n  > No.\n- [x] B\n  > Yes.\n\nWhy.\n\n"
    text = (
        "## First?\n\n" + question + "::: facilitator\nTalk.\n\n"
        "## Second?\n\n" + question + "## Third?\n\n" + question
    )
    quiz, problems = parse_quiz("m/l", split_front_matter(PATH, text, False))
    assert [(p.line, "never closed" in p.message) for p in problems] == [(10, True)]
    assert [q.prompt for q in quiz.questions] == ["Second?", "Third?"]


markdownish = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "\n",
                "## ",
                "::: tip\n",
                "::: facilitator\n",
                ":::\n",
                "::::\n",
                ":::: tip\n",
                "- ",
                "  ",
                "> ",
                "```\n",
                "~~~\n",
                "    ",
                "1. ",
                "\t",
            ]
        ),
        st.text(alphabet="ab :>-#`", max_size=4),
    ),
    max_size=50,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_no_text_shows_box_syntax_to_a_learner(body):
    pages, problems = parsed(body)
    assert not box_syntax_shown(pages), body
    assert all(line >= 5 for line, _ in problems)
