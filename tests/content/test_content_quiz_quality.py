"""The checker warns about a quiz a test-wise reader could pass without reading.

Each test writes one quiz into an otherwise clean folder and compares the warnings reported for
it, line by line: the longest choice always right, one true/false key throughout, a "select all"
question with fewer than two wrong choices, and choices that point at others by their place.
"""

from __future__ import annotations

import pytest

from iop_course.content.checker import check_content

QUIZ = "quizzes/01-coping/01-cravings.md"


def pick_one(prompt: str, right: str, wrong: str, order: str = "") -> str:
    """A pick-one question: the wrong choice first, then the right one."""
    return (
        f"## {prompt}\n\n{order}- [ ] {wrong}\n  > No.\n- [x] {right}\n  > Yes.\n\n"
        "Why it matters.\n\n"
    )


def true_false(prompt: str, answer: str) -> str:
    """A true-or-false question whose right answer is ``answer``."""
    true_mark, false_mark = ("x", " ") if answer == "True" else (" ", "x")
    return (
        f"## True or false: {prompt}\n\n- [{true_mark}] True\n  > T.\n"
        f"- [{false_mark}] False\n  > F.\n\nWhy.\n\n"
    )


def select_all(prompt: str, wrong: int) -> str:
    """A select-all question with two right choices and ``wrong`` wrong ones."""
    choices = "- [x] Call a friend\n  > Yes.\n- [x] Take a walk\n  > Yes.\n"
    choices += "".join(f"- [ ] Wrong idea {n}\n  > No.\n" for n in range(1, wrong + 1))
    return f"## Select all that apply: {prompt}\n\n{choices}\nWhy.\n\n"


@pytest.fixture
def check_one(make_content, clean_files, author):
    """Put one quiz in the clean folder, run the whole checker, return that quiz's warnings."""

    def run(quiz: str):
        root = make_content({**clean_files, QUIZ: quiz})
        return author.warnings(check_content(root).problems, root / QUIZ)

    return run


def quality_warnings(check_one, quiz: str) -> list[tuple[int, str]]:
    return [(problem.line, problem.message) for problem in check_one(quiz)]


def test_the_right_choice_longest_in_every_pick_one_question_is_warned_at_the_first(check_one):
    quiz = (
        pick_one("One?", "Call a trusted friend", "Wait")
        + pick_one("Two?", "Same", "Also")  # a tie counts as longest
        + true_false("a craving is a failure.", "False")
        + pick_one("Three?", "Leave the party early", "Stay")
    )
    assert quality_warnings(check_one, quiz) == [
        (
            1,
            (
                "in all 3 pick-one questions of this quiz the right choice is the longest, so "
                "picking the longest choice passes without reading: make some wrong choices as "
                "long and as detailed as the right one."
            ),
        )
    ]


def test_one_question_where_a_wrong_choice_is_longer_clears_the_warning(check_one):
    quiz = (
        pick_one("One?", "Call a trusted friend", "Wait")
        + pick_one("Two?", "Leave", "Stay and prove you are strong")
        + pick_one("Three?", "Leave the party early", "Stay")
        + pick_one("Four?", "Walk", "Sit")
    )
    assert quality_warnings(check_one, quiz) == []


def test_a_single_pick_one_question_is_not_enough_to_warn(check_one):
    quiz = (
        pick_one("One?", "Call a trusted friend", "Wait")
        + true_false("a craving is a failure.", "False")
        + true_false("cravings pass.", "True")
        + select_all("which help?", 2)
        + select_all("which help you?", 3)
    )
    assert quality_warnings(check_one, quiz) == []


def test_true_or_false_questions_all_keyed_the_same_are_warned(check_one):
    quiz = (
        pick_one("One?", "Go", "Stay and wait")
        + true_false("a craving is a failure.", "False")
        + true_false("one slip ends recovery.", "False")
        + pick_one("Two?", "Go", "Stay and wait")
    )
    assert quality_warnings(check_one, quiz) == [
        (
            10,
            (
                "both true-or-false questions of this quiz have the answer False, so always "
                "answering False passes them: make some of them true."
            ),
        )
    ]
    all_true = true_false("a.", "True") + true_false("b.", "True") + true_false("c.", "True")
    assert [message[:60] for _, message in quality_warnings(check_one, all_true)] == [
        "all 3 true-or-false questions of this quiz have the answer T"
    ]
    assert "make some of them false." in quality_warnings(check_one, all_true)[0][1]


def test_one_true_or_false_question_or_mixed_keys_are_fine(check_one):
    mixed = true_false("a.", "True") + true_false("b.", "False") + true_false("c.", "False")
    assert quality_warnings(check_one, mixed) == []
    assert quality_warnings(check_one, true_false("a.", "False")) == []


@pytest.mark.parametrize(("wrong", "words"), [(0, "no wrong choice"), (1, "only one wrong choice")])
def test_a_select_all_question_with_fewer_than_two_wrong_choices_is_warned(check_one, wrong, words):
    quiz = select_all("which are good?", 2) + select_all("which help?", wrong)
    line = quiz.split("\n").index("## Select all that apply: which help?") + 1
    assert quality_warnings(check_one, quiz) == [
        (
            line,
            (
                f"this 'select all' question has {words}, so ticking every box (nearly) passes: "
                "add wrong choices until there are at least two, each a real mistake people make."
            ),
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "All of the above",
        "both of the above",
        "None of the above",
        "Neither of the above",
        "A and B",
        "Both A and C are right",
        "Only B or D",
        "The first two",
        "the last two are right",
        "The above are all true",
        "Answer C",
        "the second choice",
    ],
)
def test_a_choice_that_points_at_others_by_place_is_warned_at_its_line(check_one, text):
    quiz = (
        f"## Which help?\n\n- [ ] Call a friend\n  > Yes.\n- [ ] Take a walk\n  > Yes.\n"
        f"- [x] {text}\n  > Yes.\n\nWhy.\n"
    )
    assert quality_warnings(check_one, quiz) == [
        (
            7,
            (
                f"the choice '{text}' points at other choices by their place, but choices are "
                "shown shuffled: name the choices it means instead, or add a line '> Order: "
                "fixed' before the choices to keep them in the order written."
            ),
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Give up, since the first one did not feel right",
        "Get tested for hepatitis A and B",
        "Plan for the next two weeks",
        "Call someone above all",
        "Write down all of these",
        "Eat vitamin B and C",
    ],
)
def test_everyday_words_are_not_taken_for_pointing_at_choices(check_one, text):
    quiz = f"## Which help?\n\n- [ ] Wait\n  > No.\n- [x] {text}\n  > Yes.\n\nWhy.\n"
    assert quality_warnings(check_one, quiz) == []


def test_a_pinned_order_clears_the_position_warning(check_one):
    quiz = (
        "## Which help?\n\n> Order: fixed\n\n- [ ] Call a friend\n  > Yes.\n"
        "- [ ] Take a walk\n  > Yes.\n- [x] Both of the above\n  > Yes.\n\nWhy.\n"
    )
    assert quality_warnings(check_one, quiz) == []
