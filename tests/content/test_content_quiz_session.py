"""A quiz session: one scored pass, then review rounds until every missed question is right once."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.content.quiz_model import Choice, Question, Quiz
from iop_course.content.quiz_session import Phase, QuizSession


def make_question(qid: str) -> Question:
    """A pick-one question whose right answer is 'b'."""
    return Question(
        qid, f"{qid}?", 1, (Choice("a", "A", False, "No."), Choice("b", "B", True, "Yes."))
    )


def make_quiz(count: int = 5, pass_percent: int = 80) -> Quiz:
    """A quiz of ``count`` pick-one questions q1, q2..."""
    return Quiz(
        "m/l",
        Path("q.md"),
        tuple(make_question(f"q{n}") for n in range(1, count + 1)),
        pass_percent,
    )


RIGHT, WRONG = {"b"}, {"a"}


def play(session: QuizSession, quiz: Quiz, picks: dict[str, set[str]]) -> list[bool]:
    """Answer each question asked until the round ends; picks default to right."""
    by_id = {question.id: question for question in quiz.questions}
    results, round_phase = [], session.phase
    while session.phase is round_phase:
        qid = session.current_id
        results.append(session.answer(by_id[qid], picks.get(qid, RIGHT)))
        session.advance()
        if session.position == 0:
            break
    return results


def test_a_new_session_starts_at_the_first_question():
    session = QuizSession.start(make_quiz(3))
    assert (session.phase, session.current_id, session.answered) == (Phase.FIRST, "q1", False)
    assert session.score_percent == 0
    assert not session.mastered()


def test_all_right_first_time_scores_100_and_finishes():
    quiz = make_quiz(4)
    session = QuizSession.start(quiz)
    assert play(session, quiz, {}) == [True] * 4
    assert session.phase is Phase.FINISHED
    assert session.current_id is None
    assert session.score_percent == 100
    assert session.passed(80) and session.mastered()


def test_missed_questions_come_back_until_each_is_right_once():
    quiz = make_quiz(5)
    session = QuizSession.start(quiz)
    assert play(session, quiz, {"q2": WRONG, "q4": WRONG}) == [True, False, True, False, True]
    assert session.score_percent == 60
    assert (session.phase, session.round, session.current_id) == (Phase.REVIEW, ["q2", "q4"], "q2")
    assert not session.mastered()

    assert play(session, quiz, {"q2": RIGHT, "q4": WRONG}) == [True, False]
    assert (session.phase, session.round) == (Phase.REVIEW, ["q4"])

    assert play(session, quiz, {"q4": WRONG}) == [False]
    assert (session.phase, session.round) == (Phase.REVIEW, ["q4"])

    assert play(session, quiz, {"q4": RIGHT}) == [True]
    assert session.phase is Phase.FINISHED and session.mastered()
    assert session.score_percent == 60, "review answers must not change the first-pass score"
    assert session.first_results == {"q1": True, "q2": False, "q3": True, "q4": False, "q5": True}


@pytest.mark.parametrize(
    ("missed", "pass_percent", "passed"),
    [
        (1, 80, True),  # 4 of 5 is exactly 80%
        (1, 81, False),
        (2, 80, False),  # 3 of 5 is 60%
        (2, 60, True),
        (0, 100, True),
        (1, 100, False),
    ],
)
def test_passed_is_reached_at_exactly_the_pass_mark(missed, pass_percent, passed):
    quiz = make_quiz(5, pass_percent)
    session = QuizSession.start(quiz)
    play(session, quiz, {f"q{n}": WRONG for n in range(1, missed + 1)})
    assert session.passed(quiz.pass_percent) is passed


def test_the_score_rounds_to_a_whole_percent():
    quiz = make_quiz(3)
    session = QuizSession.start(quiz)
    play(session, quiz, {"q3": WRONG})
    assert session.score_percent == 67
    assert session.passed(67) and not session.passed(68)


def test_a_select_all_question_needs_every_right_choice():
    question = Question(
        "s",
        "S?",
        1,
        (Choice("a", "A", True, "."), Choice("b", "B", True, "."), Choice("c", "C", False, ".")),
    )
    session = QuizSession.start(Quiz("m/l", Path("q.md"), (question,)))
    assert session.answer(question, {"a"}) is False
    assert session.still_missed == ["s"]


def test_moves_out_of_turn_are_refused():
    quiz = make_quiz(2)
    session = QuizSession.start(quiz)
    with pytest.raises(ValueError):
        session.advance()
    with pytest.raises(ValueError):
        session.answer(quiz.questions[1], RIGHT)
    session.answer(quiz.questions[0], WRONG)
    with pytest.raises(ValueError):
        session.answer(quiz.questions[0], RIGHT)
    assert session.first_results == {"q1": False}


def test_an_empty_quiz_scores_zero():
    assert QuizSession.start(make_quiz(0)).score_percent == 0


def _mid_review(quiz: Quiz) -> QuizSession:
    session = QuizSession.start(quiz)
    play(session, quiz, {"q1": WRONG, "q3": WRONG})
    session.answer(quiz.questions[0], WRONG)
    return session


def test_to_dict_from_dict_round_trip_through_json_keeps_the_place():
    quiz = make_quiz(4)
    for session in (QuizSession.start(quiz), _mid_review(quiz)):
        data = json.loads(json.dumps(session.to_dict()))
        restored = QuizSession.from_dict(data, quiz)
        assert restored == session
    restored = QuizSession.from_dict(json.loads(json.dumps(_mid_review(quiz).to_dict())), quiz)
    assert (restored.phase, restored.current_id, restored.answered) == (Phase.REVIEW, "q1", True)
    assert restored.current_pick == ["a"]
    restored.advance()
    assert restored.current_id == "q3"


def test_a_finished_session_round_trips():
    quiz = make_quiz(2)
    session = QuizSession.start(quiz)
    play(session, quiz, {})
    restored = QuizSession.from_dict(session.to_dict(), quiz)
    assert restored == session and restored.mastered()


@pytest.mark.parametrize("change", ["removed", "added", "reordered", "reworded"])
def test_from_dict_returns_none_when_the_quiz_changed(change):
    quiz = make_quiz(4)
    data = _mid_review(quiz).to_dict()
    questions = list(quiz.questions)
    if change == "removed":
        questions.pop()
    elif change == "added":
        questions.append(make_question("q9"))
    elif change == "reordered":
        questions.reverse()
    else:
        questions[1] = replace(questions[1], id="q2-new")
    assert QuizSession.from_dict(data, replace(quiz, questions=tuple(questions))) is None


@pytest.mark.parametrize(
    "damage",
    [
        {"phase": "nonsense"},
        {"position": 7},
        {"position": -1},
        {"round": ["q1", "zz"]},
        {"still_missed": ["zz"]},
        {"phase": "finished"},
        {"unknown_key": 1},
        {"position": "0"},
        {"position": True},
        {"round": "q1"},
        {"phase": ["review"]},
        {"first_results": {"q1": "yes"}},
        {"current_pick": "a"},
        {"current_pick": ["zz"]},
        {"current_pick": []},
        {"orders": {"q1": "ab"}},
        {"orders": []},
    ],
)
def test_from_dict_returns_none_for_damaged_data(damage):
    quiz = make_quiz(4)
    data = {**_mid_review(quiz).to_dict(), **damage}
    assert QuizSession.from_dict(data, quiz) is None


def test_from_dict_returns_none_when_a_key_is_missing():
    quiz = make_quiz(4)
    data = _mid_review(quiz).to_dict()
    del data["phase"]
    assert QuizSession.from_dict(data, quiz) is None
    assert QuizSession.from_dict({}, quiz) is None


# --- shuffled choices -----------------------------------------------------------------------


def three_choices(qid: str = "s", fixed: bool = False) -> Question:
    """A pick-one question of three choices; 'b' is right."""
    return Question(
        qid,
        f"{qid}?",
        1,
        (
            Choice("a", "Walk", False, "."),
            Choice("b", "Call", True, "."),
            Choice("c", "Wait", False, "."),
        ),
        fixed_order=fixed,
    )


def true_false_question(qid: str = "tf") -> Question:
    """A true-or-false question written False first."""
    return Question(
        qid, f"{qid}?", 1, (Choice("a", "False", True, "."), Choice("b", "True.", False, "."))
    )


def shown(session: QuizSession, question: Question) -> list[str]:
    return [choice.id for choice in session.choices_in_order(question)]


def test_the_right_choice_is_not_kept_in_the_written_place():
    quiz = Quiz("m/l", Path("q.md"), (three_choices(),))
    places = {
        shown(QuizSession.start(quiz, random.Random(seed)), quiz.questions[0]).index("b")
        for seed in range(60)
    }
    assert places == {0, 1, 2}


def test_true_false_and_pinned_questions_keep_their_order():
    pinned, true_false = three_choices("p", fixed=True), true_false_question()
    quiz = Quiz("m/l", Path("q.md"), (pinned, true_false))
    for seed in range(20):
        session = QuizSession.start(quiz, random.Random(seed))
        assert shown(session, pinned) == ["a", "b", "c"]
        assert [c.text for c in session.choices_in_order(true_false)] == ["True.", "False"]
        assert session.orders == {}


def test_the_order_is_the_same_after_quitting_and_coming_back():
    quiz = Quiz("m/l", Path("q.md"), (three_choices("s1"), three_choices("s2")))
    for seed in range(20):
        session = QuizSession.start(quiz, random.Random(seed))
        restored = QuizSession.from_dict(json.loads(json.dumps(session.to_dict())), quiz)
        assert [shown(restored, q) for q in quiz.questions] == [
            shown(session, q) for q in quiz.questions
        ]


def test_a_retake_shows_a_new_order():
    quiz = Quiz("m/l", Path("q.md"), (three_choices("s1"), make_question("q1")))
    for seed in range(20):
        first = QuizSession.start(quiz, random.Random(seed))
        retake = QuizSession.start(quiz, random.Random(seed), previous=first)
        for question in quiz.questions:
            assert shown(retake, question) != shown(first, question)


def test_each_review_round_shows_a_new_order_of_the_missed_question():
    question = three_choices()
    quiz = Quiz("m/l", Path("q.md"), (question,))
    session = QuizSession.start(quiz, random.Random(3))
    for _ in range(10):
        before = shown(session, question)
        session.answer(question, {"a"})
        session.advance()
        assert session.phase is Phase.REVIEW
        assert shown(session, question) != before


def test_an_older_save_without_orders_or_with_an_order_that_no_longer_fits_is_shuffled():
    quiz = Quiz("m/l", Path("q.md"), (three_choices("s1"), three_choices("s2")))
    data = QuizSession.start(quiz).to_dict()
    del data["orders"]
    restored = QuizSession.from_dict(data, quiz)
    assert sorted(shown(restored, quiz.questions[0])) == ["a", "b", "c"]
    data = {**QuizSession.start(quiz).to_dict(), "orders": {"s1": ["a", "b"], "gone": ["a"]}}
    restored = QuizSession.from_dict(data, quiz)
    assert sorted(restored.orders) == ["s1", "s2"]
    assert sorted(shown(restored, quiz.questions[0])) == ["a", "b", "c"]


# --- a damaged progress file never breaks the quiz ------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 9)
    | st.text(max_size=4)
    | st.sampled_from(["q1", "q2", "q3", "a", "b", "first", "review", "finished"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["q1", "q2", "q3", "a", "zz"]), inner, max_size=3)
    ),
    max_leaves=10,
)
FIELDS = [
    "quiz_questions",
    "phase",
    "round",
    "position",
    "first_results",
    "still_missed",
    "current_pick",
    "orders",
]


@st.composite
def saved_states(draw):
    """A real saved state with some fields replaced or removed, or any JSON value at all."""
    quiz = draw(st.sampled_from(SMALL_QUIZZES))
    if draw(st.booleans()):
        return quiz, draw(json_values)
    session = QuizSession.start(quiz, random.Random(draw(st.integers(0, 99))))
    for _ in range(draw(st.integers(0, 4))):
        if session.mastered():
            break
        if session.answered:
            session.advance()
            continue
        question = next(q for q in quiz.questions if q.id == session.current_id)
        session.answer(question, {draw(st.sampled_from(["a", "b"]))})
    data = session.to_dict()
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=3)):
        if draw(st.booleans()):
            data.pop(name, None)
        else:
            data[name] = draw(json_values)
    return quiz, data


SMALL_QUIZZES = [
    Quiz(
        "m/l", Path("q.md"), (make_question("q1"), three_choices("q2"), true_false_question("q3"))
    ),
    Quiz("m/l", Path("q.md"), (three_choices("q1"),)),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(saved_states())
def test_any_saved_state_is_either_refused_or_plays_to_the_end(saved):
    quiz, data = saved
    session = QuizSession.from_dict(data, quiz)
    if session is None:
        return
    by_id = {question.id: question for question in quiz.questions}
    for _ in range(3 * len(quiz.questions) + 2):
        if session.mastered():
            break
        question = by_id[session.current_id]
        assert sorted(shown(session, question)) == sorted(c.id for c in question.choices)
        if not session.answered:
            session.answer(question, {c.id for c in question.choices if c.correct})
        json.dumps(session.to_dict())
        session.advance()
    assert session.mastered()
    assert 0 <= session.score_percent <= 100
