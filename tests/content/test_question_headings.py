"""The quick reading of a quiz's question headings agrees with the Markdown parser, or declines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iop_course.content.question_headings import question_prompts
from iop_course.content.quiz_parser import read_questions
from iop_course.content.source import SourceFile

# Lines a quiz is made of, which the quick reading reads, and lines that make it decline.
READ = [
    "## What helps?",
    "##",
    "##\tTab",
    "#Not a heading",
    "# Level one",
    "### Level three",
    "- ## In a list",
    "> ## In a quote",
    "> Hint: think",
    "> Feedback.",
    "- [x] Right",
    "- [ ] Wrong",
    "  - [ ] nested",
    "Some words.",
    "",
    "::: facilitator",
    ":::facilitator",
    ":::",
    "* * *",
    "1. ## Numbered",
    "## Ümlaut \u00a0",
    "## Ünicode\u2003words",
    '"## title"',
]
LINES = st.sampled_from(
    READ * 6
    + [
        "## What helps?",
        "## What helps?",
        "##",
        "##\tTab",
        "## Ends in # mark",
        "## Closed ##",
        "#Not a heading",
        "# Level one",
        "### Level three",
        "  ## Indented",
        "    ## Code",
        "\t## Tabbed",
        "- ## In a list",
        "> ## In a quote",
        "> Hint: think",
        "> Feedback.",
        "- [x] Right",
        "- [ ] Wrong",
        "  - [ ] nested",
        "Some words.",
        "",
        "",
        "::: facilitator",
        ":::facilitator",
        ":::",
        "::::",
        ":::: tip",
        "  :::",
        "```",
        "~~~",
        "---",
        "-",
        "===",
        "<div>",
        "<!-- ## hidden -->",
        "[a]: /url",
        '"## title"',
        "* * *",
        "1. ## Numbered",
        "## Ümlaut \u00a0",
        "## Ünicode\u2003words",
    ]
)


def source(body: str) -> SourceFile:
    return SourceFile(Path("quiz.md"), {}, body, 1)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=14))
@example(["## One", "- [x] a", "::: facilitator", "Ask.", ":::", "## Two", "- [ ] b"])
@example(["::: facilitator", "## Inside", ":::"])
@example(["::: facilitator", "## Ends the box", "- [x] a"])
@example(["Words", "---"])
@example(["- item", "## After a list"])
def test_the_quick_reading_agrees_with_the_parser_or_declines(lines):
    body = "\n".join(lines)
    quick = question_prompts(body)
    if quick is None:
        return
    assert quick == [draft.prompt for draft in read_questions(source(body), [])]


def test_a_quiz_written_as_the_guide_shows_is_read_quickly():
    from iop_course.content.loader import quiz_files
    from iop_course.content.locate import builtin_content_dir
    from iop_course.content.source import read_text, split_front_matter

    for path in quiz_files(builtin_content_dir()).values():
        read = read_text(path)
        assert not isinstance(read, Exception) and isinstance(read, tuple)
        body = split_front_matter(path, read[0], required=False).body
        expected = [draft.prompt for draft in read_questions(source(body), [])]
        assert question_prompts(body) == expected, path
