"""Course Markdown turned into plain parts and wrapped lines, for any text a file can hold."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from iop_course.plain.plain_text import parts_of, wrapped

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_paragraphs_lists_and_headings_are_parts_in_reading_order() -> None:
    markdown = (
        "First *paragraph* with **bold** and `code`.\n\n"
        "### A heading\n\n"
        "- one\n- two\n  1. nested\n\n"
        "See [SAMHSA](https://www.samhsa.gov).\n"
    )
    assert parts_of(markdown) == [
        "First paragraph with bold and code.",
        "A heading",
        "- one\n- two\n  1. nested",
        "See SAMHSA (https://www.samhsa.gov).",
    ]


def test_a_numbered_list_keeps_its_numbers_and_wraps_under_its_words() -> None:
    (part,) = parts_of("3. Call someone you trust and tell them how the day went\n4. Walk")
    assert part.startswith("3. Call") and "\n4. Walk" in part
    lines = wrapped(part, 24).splitlines()
    assert lines[0] == "3. Call someone you"
    assert all(line.startswith("   ") for line in lines[1:-1])


def test_escapes_in_text_or_answers_are_shown_as_pictures() -> None:
    answer = "My plan \x1b]52;c;SGVsbG8=\x07 and \x1b[2J and \x9b31m"
    shown = wrapped(" ".join(parts_of(answer)), 80) + wrapped(answer, 80)
    assert not CONTROL.search(shown)
    assert "␛]52;c;SGVsbG8=␇" in shown


@given(st.text(max_size=400))
def test_no_control_character_survives_any_markdown(text: str) -> None:
    for part in parts_of(text):
        assert not CONTROL.search(wrapped(part, 40).replace("\n", ""))


@given(st.lists(st.text(alphabet="abcdefghij ", min_size=1, max_size=30), max_size=20))
def test_wrapped_lines_fit_the_width_unless_one_word_is_longer(words: list[str]) -> None:
    for line in wrapped(" ".join(words), 30).splitlines():
        assert len(line) <= 30 or " " not in line.strip()  # only a word longer than the line


def test_every_lesson_of_the_built_in_course_reads_in_parts() -> None:
    from iop_course.content.loader import load_course, open_lesson
    from iop_course.content.locate import builtin_content_dir
    from iop_course.plain.lesson_reading import lesson_parts

    for info in load_course(builtin_content_dir()).lessons():
        lesson, _ = open_lesson(info)
        parts = lesson_parts(lesson)
        assert parts and parts[0].text.startswith("Page 1 of"), info.id
        assert not any(
            "Group plan" in part.text or "Notes for this page" in part.text for part in parts
        )
        assert not any(CONTROL.search(part.text.replace("\n", "")) for part in parts), info.id
