"""A lesson's presentation: the parts in the room's order, and nothing meant for notes only."""

from __future__ import annotations

from pathlib import Path

import pytest

from iop_course.content.lesson_model import Box, BoxKind
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.locate import builtin_content_dir
from iop_course.present.deck import DeckUnavailable, build_deck
from iop_course.present.flow import Role, markdown_units
from iop_course.present.state import SlideKind

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def test_a_modules_first_lesson_opens_with_the_intro_then_title_pages_questions_end():
    deck = build_deck(load_course(FIXTURE_COURSE), "01-first-steps/01-noticing")
    kinds = [part.kind for part in deck.parts]
    assert kinds == [
        SlideKind.MODULE_INTRO,
        SlideKind.TITLE,
        SlideKind.PAGE,
        SlideKind.PAGE,
        SlideKind.PAGE,
        SlideKind.QUESTION,
        SlideKind.QUESTION,
        SlideKind.END,
    ]
    title = deck.parts[1]
    assert title.heading == "Noticing [early] signs"
    words = [unit.plain for unit in title.units]
    assert "What we will learn" in words and "Spot one [early] warning sign" in words
    assert "About 6 minutes" in words
    assert [part.page for part in deck.parts if part.kind is SlideKind.PAGE] == [0, 1, 2]
    assert [part.number for part in deck.parts if part.question] == [1, 2]
    assert deck.question_count == 2


def test_a_later_lesson_has_no_module_intro():
    deck = build_deck(load_course(FIXTURE_COURSE), "01-first-steps/02-next-step")
    assert deck.parts[0].kind is SlideKind.TITLE


def test_an_unknown_lesson_is_told_in_words():
    with pytest.raises(DeckUnavailable, match="There is no lesson 'nope'"):
        build_deck(load_course(FIXTURE_COURSE), "nope")


def test_no_page_of_the_real_course_shows_a_for_the_group_box_to_the_room():
    course = load_course(builtin_content_dir())
    checked = 0
    for info in course.lessons():
        lesson, _ = open_lesson(info)
        group_text = [
            markdown_units(block.markdown)
            for page in lesson.pages
            for block in page.blocks
            if isinstance(block, Box) and block.kind is BoxKind.FACILITATOR
        ]
        shown = {unit.plain for part in build_deck(course, info.id).parts for unit in part.units}
        for units in group_text:
            checked += 1
            assert not {unit.plain for unit in units if len(unit.plain) > 30} & shown
        assert BoxKind.FACILITATOR.label not in shown
    assert checked > 30


def test_boxes_the_room_may_see_keep_their_label_and_mark():
    deck = build_deck(load_course(FIXTURE_COURSE), "01-first-steps/01-noticing")
    third = [part for part in deck.parts if part.kind is SlideKind.PAGE][2]
    labels = [(unit.plain, unit.box) for unit in third.units if unit.role is Role.BOX_LABEL]
    assert labels == [("Try this", BoxKind.TRY_THIS), ("Take care", BoxKind.WARNING)]
    assert all(unit.box is not None for unit in third.units)


def test_slides_are_named_by_content():
    deck = build_deck(load_course(FIXTURE_COURSE), "01-first-steps/01-noticing")
    question = deck.parts[5]
    ref = question.ref(1, 2)
    assert (ref.kind, ref.question_id, ref.part, ref.parts) == (
        SlideKind.QUESTION,
        question.question.id,
        1,
        2,
    )
    assert deck.parts[3].ref().page == 1


def test_lists_keep_their_markers_and_nesting_apart_from_the_text():
    units = markdown_units("Intro **bold** and *soft*.\n\n3. three\n4. four\n   - inner\n\n- dot\n")
    assert [(unit.marker, unit.depth, unit.plain) for unit in units] == [
        ("", 0, "Intro bold and soft."),
        ("3.", 0, "three"),
        ("4.", 0, "four"),
        ("•", 1, "inner"),
        ("•", 0, "dot"),
    ]
    assert [span.style for span in units[0].spans if span.text.strip()] == [
        "",
        "bold",
        "",
        "italic",
        "",
    ]
    assert units[3].gap_before is False
