"""Quiz records: one record per question answered, and a resumable quiz session per lesson."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from iop_course.store import ProgressStore, QuestionRecord, QuizPhase

StoreOpener = Callable[..., ProgressStore]


def test_answers_are_counted_per_question(open_store: StoreOpener) -> None:
    """A chart and spaced review need each question's latest and first-try results and counts,
    not every answer for ever; questions come in the order first answered."""
    store = open_store()
    store.record_answer("lesson-1", "q2", ["b"], False, "first")
    store.record_answer("lesson-1", "q1", ["a", "c"], True, QuizPhase.FIRST)
    store.record_answer("lesson-2", "q1", ["d"], True, "first")
    store.record_answer("lesson-1", "q2", ["a"], True, "review")
    records = store.answers("lesson-1")
    assert all(isinstance(record, QuestionRecord) for record in records)
    assert [
        (
            r.question_id,
            r.last_picked,
            r.last_correct,
            r.first_try_correct,
            r.times_right,
            r.times_wrong,
        )
        for r in records
    ] == [
        ("q2", ("a",), True, False, 1, 1),
        ("q1", ("a", "c"), True, True, 1, 0),
    ]
    assert all(r.first_answered <= r.last_answered for r in records)
    assert records[0].last_answered.endswith("+00:00") and "." not in records[0].last_answered
    assert store.answers("never") == []


def test_only_review_answers_leave_first_try_unknown(open_store: StoreOpener) -> None:
    """A question met only in review has no first-try result, and a later first try sets it."""
    store = open_store()
    store.record_answer("lesson-1", "q1", ["a"], True, "review")
    assert store.answers("lesson-1")[0].first_try_correct is None
    store.record_answer("lesson-1", "q1", ["b"], False, "first")
    assert store.answers("lesson-1")[0].first_try_correct is False


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
