"""Quiz records: every answer in order, and a resumable quiz session per lesson."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from iop_course.store import ProgressStore, QuizAnswer, QuizPhase

StoreOpener = Callable[..., ProgressStore]


def test_answers_kept_in_order(open_store: StoreOpener) -> None:
    """Reviews and summaries need every answer, per lesson, in the order given."""
    store = open_store()
    store.record_answer("lesson-1", "q2", ["b"], False, "first")
    store.record_answer("lesson-1", "q1", ["a", "c"], True, QuizPhase.FIRST)
    store.record_answer("lesson-2", "q1", ["d"], True, "first")
    store.record_answer("lesson-1", "q2", ["a"], True, "review")
    answers = store.answers("lesson-1")
    assert [(a.question_id, a.picked, a.correct, a.phase) for a in answers] == [
        ("q2", ("b",), False, QuizPhase.FIRST),
        ("q1", ("a", "c"), True, QuizPhase.FIRST),
        ("q2", ("a",), True, QuizPhase.REVIEW),
    ]
    assert all(isinstance(answer, QuizAnswer) for answer in answers)
    assert [a.at for a in answers] == sorted(a.at for a in answers)
    assert store.answers("never") == []


def test_unknown_quiz_phase_is_refused(open_store: StoreOpener) -> None:
    """Only known phases are stored, so later readers can trust them."""
    store = open_store()
    with pytest.raises(ValueError):
        store.record_answer("lesson-1", "q1", ["a"], True, "third")
    assert store.answers("lesson-1") == []


def test_quiz_session_save_resume_clear(open_store: StoreOpener) -> None:
    """A quiz in progress resumes where it was, and copies never leak changes."""
    store = open_store()
    assert store.quiz_session("lesson-1") is None
    state = {"question_index": 2, "order": ["q3", "q1", "q2"], "missed": []}
    saved = {"question_index": 2, "order": ["q3", "q1", "q2"], "missed": []}
    store.save_quiz_session("lesson-1", state)
    state["question_index"] = 99
    resumed = store.quiz_session("lesson-1")
    assert resumed == saved
    assert resumed is not None
    resumed["question_index"] = 42
    assert store.quiz_session("lesson-1") == saved
    store.save_quiz_session("lesson-1", {"question_index": 3})
    assert store.quiz_session("lesson-1") == {"question_index": 3}
    store.clear_quiz_session("lesson-1")
    store.clear_quiz_session("lesson-1")
    assert store.quiz_session("lesson-1") is None


def test_quiz_session_must_be_json(open_store: StoreOpener) -> None:
    """A quiz state that cannot be saved is refused, not silently dropped."""
    store = open_store()
    with pytest.raises(TypeError):
        store.save_quiz_session("lesson-1", {"picked": {"a", "b"}})
    with pytest.raises(TypeError):
        store.save_quiz_session("lesson-1", ["not", "a", "dict"])  # type: ignore[arg-type]
    assert store.quiz_session("lesson-1") is None
