"""The presenter's notes: group boxes, the title slide's plan, the answer key, the next slide."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.present.notes import SpeakerNotes, elapsed_text, plain_preview
from iop_course.present.state import SlideKind, SlideRef
from tests.present.notes_course import (
    LESSON_ID,
    SECOND_LESSON_ID,
    page,
    state_at,
    write_notes_course,
)

QUESTION = SlideRef(LESSON_ID, SlideKind.QUESTION, question_id="which-is-a-trigger-for-many")
TRUE_FALSE = SlideRef(LESSON_ID, SlideKind.QUESTION, question_id="true-or-false-cravings-pass")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return write_notes_course(tmp_path / "course")


@pytest.fixture
def notes(root: Path) -> SpeakerNotes:
    return SpeakerNotes(load_course(root))


def test_a_page_shows_its_group_boxes_in_order_and_no_other_box(notes, root) -> None:
    shown = notes.notes_for(state_at(root, page(1, part=1, parts=3), position=4))
    assert shown.group_boxes == (
        "Ask: which trigger surprised you?",
        "Second group note on this page.",
    )
    assert shown.on_screen == "What a trigger is (part 2 of 3)"
    assert shown.position == "Slide 4 of 9"
    assert shown.question is None and not shown.problem


def test_a_page_without_group_boxes_has_none(notes, root) -> None:
    assert notes.notes_for(state_at(root, page(2))).group_boxes == ()


def test_the_title_slide_shows_objectives_minutes_and_the_group_plan(notes, root) -> None:
    shown = notes.notes_for(state_at(root, SlideRef(LESSON_ID, SlideKind.TITLE), page(0)))
    assert shown.on_screen == "Title slide: Triggers [and] cues"
    assert shown.objectives == ("Name two [common] triggers", "Make a plan for one")
    assert shown.minutes == 12
    assert shown.group_boxes == (
        "**Group plan (45 minutes)**: open, teach [the basics], practise, close.",
    )
    assert shown.next_up == "Triggers [and] cues: Opening text the room reads first."


def test_a_question_slide_has_the_answer_key_and_the_tally(notes, root) -> None:
    shown = notes.notes_for(
        state_at(root, QUESTION, TRUE_FALSE, revealed=True, tally=(("A", 4), ("C", 1)))
    )
    question = shown.question
    assert question is not None and question.revealed
    assert (question.number, question.count) == (1, 2)
    assert question.right_letters == ("A",)
    assert [(c.letter, c.text, c.hands) for c in question.choices] == [
        ("A", "A payday", 4),
        ("B", "A glass of water", 0),
        ("C", "Brushing your teeth", 1),
    ]
    assert question.choices[0].feedback == "Yes. Good days can be risky too."
    assert question.explanation == "Triggers can be good or bad moments."
    assert question.facilitator_prompt == "Ask the room for a trigger nobody named yet."
    assert shown.next_up == "Question 2 of 2: True or false: cravings pass."


def test_letters_follow_the_order_the_room_sees_true_before_false(notes, root) -> None:
    question = notes.notes_for(state_at(root, TRUE_FALSE)).question
    assert [(c.letter, c.text, c.correct) for c in question.choices] == [
        ("A", "True", True),
        ("B", "False", False),
    ]
    assert not question.counted and not question.revealed


def test_the_end_slide_names_the_next_lesson(notes, root) -> None:
    shown = notes.notes_for(state_at(root, SlideRef(LESSON_ID, SlideKind.END)))
    assert shown.on_screen == "End of the lesson: Triggers [and] cues"
    assert shown.side_notes == ("After this lesson: Making a plan.",)
    assert shown.next_up == "This is the last slide."


def test_the_module_intro_names_the_module(notes, root) -> None:
    shown = notes.notes_for(
        state_at(
            root, SlideRef(LESSON_ID, SlideKind.MODULE_INTRO), SlideRef(LESSON_ID, SlideKind.TITLE)
        )
    )
    assert shown.on_screen == "Module intro: The basics"
    assert shown.side_notes == ("This module has 2 lessons; the first is Triggers [and] cues.",)
    assert shown.next_up == "Title slide: Triggers [and] cues"


def test_a_later_part_of_a_page_is_previewed_by_its_title_alone(notes, root) -> None:
    shown = notes.notes_for(state_at(root, page(1), page(1, part=1, parts=2)))
    assert shown.next_up == "What a trigger is (part 2 of 2)"


@pytest.mark.parametrize(
    "slide, words",
    [
        (SlideRef("01-basics/99-gone", SlideKind.PAGE), "not in the course"),
        (page(7), "page 8 of Triggers [and] cues"),
        (SlideRef(LESSON_ID, SlideKind.QUESTION, question_id="gone"), "do not find"),
        (SlideRef(SECOND_LESSON_ID, SlideKind.QUESTION, question_id="x"), "do not find"),
    ],
)
def test_a_slide_the_notes_cannot_find_is_told_in_words(notes, root, slide, words) -> None:
    shown = notes.notes_for(state_at(root, slide))
    assert words in shown.problem
    assert shown.group_boxes == () and shown.question is None


def test_notes_read_the_folder_the_presenter_shows(tmp_path, root) -> None:
    other = tmp_path / "other"
    shutil.copytree(root, other)
    lesson = other / "lessons" / "01-basics" / "01-triggers.md"
    lesson.write_text(lesson.read_text().replace("surprised you", "helped you"))
    notes = SpeakerNotes(load_course(root))
    assert (
        notes.notes_for(state_at(other, page(1))).group_boxes[0] == "Ask: which trigger helped you?"
    )
    assert (
        notes.notes_for(state_at(root, page(1))).group_boxes[0]
        == "Ask: which trigger surprised you?"
    )
    missing = state_at(tmp_path / "nowhere", page(1))
    assert notes.notes_for(missing).group_boxes[0] == "Ask: which trigger surprised you?"


def test_a_lesson_is_parsed_once_however_often_notes_are_asked(notes, root, monkeypatch) -> None:
    from iop_course.present import notes as module

    calls = []
    real = module.open_lesson
    monkeypatch.setattr(module, "open_lesson", lambda info: calls.append(info) or real(info))
    for number in (0, 1, 2, 1, 0):
        notes.notes_for(state_at(root, page(number), page(number + 1)))
    assert len(calls) == 1


@pytest.mark.parametrize(
    "seconds, shown",
    [(0, "0:00"), (59.9, "0:59"), (61, "1:01"), (3600 + 125, "1:02:05"), (-30, "0:00")],
)
def test_elapsed_time_reads_as_a_clock(seconds, shown) -> None:
    assert elapsed_text(1000.0, 1000.0 + seconds) == shown


def test_a_preview_is_plain_words_cut_at_a_word() -> None:
    text = "**Bold** start and a [link](https://example.org) " + "word " * 60
    preview = plain_preview(text, limit=40)
    assert preview.startswith("Bold start and a link word")
    assert preview.endswith("…") and len(preview) <= 41 and "*" not in preview


def test_a_pages_notes_and_the_group_plan_reach_the_notes_window(tmp_path: Path) -> None:
    root = write_notes_course(tmp_path / "course")
    path = (root / "lessons" / LESSON_ID).with_suffix(".md")
    text = path.read_text("utf-8").replace(
        "Opening text the room reads first.\n",
        "Opening text the room reads first.\n\n"
        "::: group-plan\n"
        "- **Open (5 min):** Welcome the group.\n"
        "- **Teach (10 min, slides):** The slides.\n"
        "- **Quiz (5 min, quiz):** Hands up.\n"
        ":::\n\n"
        "::: notes\nAsk what brought people here today.\n:::\n",
        1,
    )
    path.write_text(text, "utf-8")
    notes = SpeakerNotes(load_course(root))
    for slide in (SlideRef(LESSON_ID, SlideKind.TITLE), SlideRef(LESSON_ID, SlideKind.PAGE, 0)):
        plan = notes.notes_for(state_at(root, slide)).plan
        assert plan is not None, f"the run sheet shows on the {slide.kind} slide"
        assert [(step.name, step.minutes) for step in plan.steps] == [
            ("Open", 5),
            ("Teach", 10),
            ("Quiz", 5),
        ]
    page = notes.notes_for(state_at(root, SlideRef(LESSON_ID, SlideKind.PAGE, 0)))
    assert page.page_notes == ("Ask what brought people here today.",)
    assert not any("Teach (10 min" in box for box in page.group_boxes), "not shown twice"
