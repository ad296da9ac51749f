"""A page that holds too much is shown in parts: no part holds more than PART_ITEMS items, nothing
is lost or repeated, and the checker says so at the page's heading. Timings are in
benchmarks/long_pages.py; here the mechanism is checked."""

from __future__ import annotations

import re

from iop_course.content.lesson_model import Box, TextBlock
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.markdown import markdown_parser
from iop_course.content.model import Severity
from iop_course.content.page_parts import PART_ITEMS
from tests.content.conftest import HEAD, LESSON

INTRO = "Read these slowly.\n\n"


def _items_in(page) -> int:
    """Items a part holds, counted as page_parts counts them (list items, blocks, boxes)."""
    count = 0
    for block in page.blocks:
        if isinstance(block, Box):
            count += 1
            continue
        for token in markdown_parser().parse(block.markdown):
            if token.nesting < 0 or not token.map:
                continue
            a_block = token.level == 0 and not token.type.endswith("list_open")
            count += a_block or (token.level == 1 and token.type == "list_item_open")
    return count


def _opened(make_content, clean_files, body: str):
    root = make_content({**clean_files, LESSON: HEAD + body})
    course = load_course(root)
    return open_lesson(course.lessons()[0])


def test_a_page_of_1000_list_items_is_shown_in_parts_with_every_item_once(
    make_content, clean_files
):
    items = "\n".join(f"{number}. Step {number} of the plan" for number in range(1, 1001))
    lesson, problems = _opened(make_content, clean_files, INTRO + "## The steps\n\n" + items)
    parts = lesson.pages[1:]
    assert len(parts) == -(-1000 // PART_ITEMS)
    assert [page.title for page in parts[:2]] == [
        f"The steps (part 1 of {len(parts)})",
        f"The steps (part 2 of {len(parts)})",
    ]
    assert all(_items_in(page) <= PART_ITEMS for page in parts)
    text = "\n".join(block.markdown for page in parts for block in page.blocks)
    assert [int(n) for n in re.findall(r"Step (\d+) ", text)] == list(range(1, 1001))
    assert "501. Step 501" in text  # a cut list keeps its numbers
    (warning,) = [p for p in problems if "parts" in p.message]
    assert warning.severity is Severity.WARNING and warning.line == HEAD.count("\n") + 3
    assert "holds 1000 items" in warning.message and "## headings" in warning.message


def test_many_boxes_on_one_page_are_cut_between_boxes(make_content, clean_files):
    boxes = "".join(f"::: tip\nBox {number}: breathe slowly.\n:::\n\n" for number in range(300))
    lesson, _ = _opened(make_content, clean_files, INTRO + "## Boxes\n\n" + boxes + "The end.\n")
    parts = lesson.pages[1:]
    assert len(parts) == -(-301 // PART_ITEMS)
    assert all(len(page.blocks) <= PART_ITEMS for page in parts)
    shown = [block.markdown for page in parts for block in page.blocks]
    assert shown == [f"Box {number}: breathe slowly." for number in range(300)] + ["The end."]
    assert all(isinstance(block, Box) for page in parts for block in page.blocks[:-1])


def test_a_page_within_the_limit_is_one_page_and_the_built_in_course_is_never_cut():
    from iop_course.content.locate import builtin_content_dir

    course = load_course(builtin_content_dir())
    for info in course.lessons():
        lesson, problems = open_lesson(info)
        assert not [page for page in lesson.pages if "(part " in page.title], info.id
        assert not [problem for problem in problems if "parts" in problem.message], info.id


def test_a_single_long_paragraph_stays_one_block(make_content, clean_files):
    words = " ".join(["word"] * 20_000)
    lesson, _ = _opened(make_content, clean_files, f"## One idea\n\n{words}\n")
    assert [page.title for page in lesson.pages] == ["One idea"]
    assert lesson.pages[0].blocks == (TextBlock(words),)


def test_a_long_page_s_parts_are_named_in_the_learner_s_language(make_content, clean_files):
    from iop_course.i18n import set_language

    items = "\n".join(f"- Paso {number}" for number in range(1, 101))
    set_language("es")
    try:
        lesson, _problems = _opened(make_content, clean_files, INTRO + "## Los pasos\n\n" + items)
    finally:
        set_language("en")
    assert [page.title for page in lesson.pages[1:]] == [
        "Los pasos (parte 1 de 3)",
        "Los pasos (parte 2 de 3)",
        "Los pasos (parte 3 de 3)",
    ]
