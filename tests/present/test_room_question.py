"""A question for the room: letters in the author's order, no answer until the reveal."""

from __future__ import annotations

from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.content.quiz_model import Choice, Question
from iop_course.present.deck import build_deck
from iop_course.present.flow import Role
from iop_course.present.room_question import empty_tally, lettered_choices, question_units

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"
QUESTION = Question(
    id="q1",
    prompt="Which?",
    line=1,
    scenario="Sam is tired.",
    choices=(Choice("a", "Rest", True, "Yes, rest."), Choice("b", "Run", False, "Not now.")),
    explanation="Rest first.",
    facilitator_prompt="When were you last this tired?",
)


def texts(units):
    return [unit.plain for unit in units]


def test_before_the_reveal_nothing_tells_the_right_choice():
    shown = " ".join(texts(question_units(QUESTION, 1, 3, empty_tally(QUESTION), False)))
    assert "Question 1 of 3 · Pick one." in shown and "Sam is tired." in shown
    assert "right" not in shown and "Yes, rest." not in shown and "Rest first." not in shown
    assert "When were you last" not in shown


def test_the_reveal_marks_the_right_choice_in_words_then_explains():
    units = question_units(QUESTION, 1, 3, empty_tally(QUESTION), True)
    right = [unit for unit in units if unit.role is Role.RIGHT]
    assert [(unit.marker, unit.plain) for unit in right] == [("A.", "Rest   ✓ right")]
    shown = texts(units)
    assert shown.index("What each choice means") < shown.index("✓ right: Yes, rest.")
    assert (
        shown.index("Not now.")
        < shown.index("Rest first.")
        < shown.index("When were you last this tired?")
    )


def test_the_chart_shows_every_letter_with_its_count_once_counting_starts():
    assert not [
        unit
        for unit in question_units(QUESTION, 1, 1, empty_tally(QUESTION), False)
        if unit.role is Role.BAR
    ]
    tally = empty_tally(QUESTION).pick("b").type_digit("4")
    bars = [unit for unit in question_units(QUESTION, 1, 1, tally, False) if unit.role is Role.BAR]
    assert [(unit.marker, unit.bar, unit.note) for unit in bars] == [
        ("A", (0, 4), ""),
        ("B", (4, 4), "◀ counting"),
    ]


def test_true_comes_before_false_and_select_all_says_so():
    course = load_course(FIXTURE_COURSE)
    questions = [
        part.question
        for part in build_deck(course, "01-first-steps/01-noticing").parts
        if part.question
    ]
    assert [letter for letter, _ in lettered_choices(questions[1])] == ["A", "B", "C"]
    first = question_units(questions[1], 2, 2, empty_tally(questions[1]), False)[0]
    assert first.plain == "Question 2 of 2 · Select all that apply."
    tf = Question(
        "t", "True or false?", 1, (Choice("f", "False", True, ""), Choice("t", "True", False, ""))
    )
    assert [choice.text for _, choice in lettered_choices(tf)] == ["True", "False"]


def _question(choices: int, right: int = 0) -> Question:
    return Question(
        "q",
        "Which one?",
        1,
        tuple(Choice(f"c{n}", f"Choice number {n}", n == right, "") for n in range(choices)),
    )


def test_letters_skip_g_so_no_counting_key_opens_get_help():
    from iop_course.content.quiz_model import MAX_CHOICES

    letters = [letter for letter, _ in lettered_choices(_question(MAX_CHOICES))]
    assert letters == ["A", "B", "C", "D", "E", "F", "H"][:MAX_CHOICES]
    assert "G" not in empty_tally(_question(MAX_CHOICES)).letters


def test_the_room_order_is_shuffled_once_and_kept_but_true_false_is_not():
    import random

    from iop_course.present.room_question import room_order

    question = _question(5)
    orders = {room_order(question, random.Random(seed)) for seed in range(20)}
    assert len(orders) > 1, "choices are shuffled"
    order = room_order(question, random.Random(3))
    assert [c.id for _, c in lettered_choices(question, order)] == list(order)
    tf = Question(
        "t", "True or false?", 1, (Choice("f", "False", True, ""), Choice("t", "True", False, ""))
    )
    assert room_order(tf, random.Random(1)) == ("t", "f")


def test_counts_go_beside_the_choices_when_a_chart_would_not_fit_and_the_reveal_marks_them():
    from iop_course.present.room_question import Layout

    question = _question(3, right=1)
    tally = empty_tally(question).pick("a").type_digit("5").pick("b").type_digit("2")
    units = question_units(question, 1, 1, tally, False, layout=Layout.BESIDE)
    choices = [unit for unit in units if unit.role in (Role.CHOICE, Role.RIGHT)]
    assert [(unit.marker, unit.bar, unit.note) for unit in choices] == [
        ("A.", (5, 5), ""),
        ("B.", (2, 5), "◀ counting"),
        ("C.", (0, 5), ""),
    ]
    assert not [unit for unit in units if unit.role is Role.BAR], "no chart under them"
    revealed = question_units(question, 1, 1, tally, True, layout=Layout.BESIDE)
    marked = [(u.marker, u.note, u.dimmed) for u in revealed if u.bar is not None]
    assert marked == [("A.", "", True), ("B.", "✓ right", False), ("C.", "", True)]
    chart = question_units(question, 1, 1, tally, True, layout=Layout.CHART)
    rows = [(u.marker, u.role, u.note, u.dimmed) for u in chart if u.bar is not None]
    assert rows == [
        ("A", Role.BAR, "", True),
        ("B", Role.RIGHT, "✓ right", False),
        ("C", Role.BAR, "", True),
    ], "after the reveal the right bar is marked, the others dimmed, and counting is gone"
