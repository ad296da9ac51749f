"""Turns stored TinyDB documents into the records the app uses, and answers into documents.

Every document was checked field by field when the file was read (validation.py), and the
store only writes checked values, so these functions can trust the types they find.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from iop_course.store.records import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    QuestionRecord,
    QuizPhase,
    QuizScore,
)


def lesson_from_document(lesson_id: str, document: Mapping[str, Any] | None) -> LessonProgress:
    """A lesson's progress; a missing document means the lesson was never opened."""
    if document is None:
        return LessonProgress(lesson_id=lesson_id)
    return LessonProgress(
        lesson_id=lesson_id,
        status=LessonStatus(document["status"]),
        page=document["page"],
        where=LessonPlace(document["where"]),
        updated_at=document["updated_at"],
    )


def question_from_document(document: Mapping[str, Any]) -> QuestionRecord:
    """How the learner has done on one question."""
    return QuestionRecord(
        lesson_id=document["lesson_id"],
        question_id=document["question_id"],
        last_picked=tuple(document["last_picked"]),
        last_correct=document["last_correct"],
        first_try_correct=document["first_try_correct"],
        times_right=document["times_right"],
        times_wrong=document["times_wrong"],
        first_answered=document["first_answered"],
        last_answered=document["last_answered"],
    )


def score_from_document(document: Mapping[str, Any]) -> QuizScore:
    """One recorded quiz score."""
    return QuizScore(
        lesson_id=document["lesson_id"],
        percent=document["percent"],
        pass_percent=document["pass_percent"],
        at=document["at"],
    )


def stamp_to_the_second(at: str | None = None) -> str:
    """An ISO 8601 UTC time to the second: now, or ``at`` (a stored stamp) shortened."""
    moment = datetime.now(timezone.utc) if at is None else datetime.fromisoformat(at)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def fold_answer(
    document: Mapping[str, Any] | None,
    *,
    learner: str,
    lesson_id: str,
    question_id: str,
    picked: list[str],
    correct: bool,
    phase: str,
    at: str,
) -> dict[str, Any]:
    """A question's document after one more answer (``document`` is None for a first answer).

    ``at`` is any stored ISO 8601 stamp; it is kept to the second.
    """
    when = stamp_to_the_second(at)
    previous: Mapping[str, Any] = document or {
        "first_try_correct": None,
        "times_right": 0,
        "times_wrong": 0,
        "first_answered": when,
    }
    return {
        "learner": learner,
        "lesson_id": lesson_id,
        "question_id": question_id,
        "last_picked": list(picked),
        "last_correct": correct,
        "first_try_correct": correct
        if phase == QuizPhase.FIRST.value
        else previous["first_try_correct"],
        "times_right": previous["times_right"] + (1 if correct else 0),
        "times_wrong": previous["times_wrong"] + (0 if correct else 1),
        "first_answered": previous["first_answered"],
        "last_answered": when,
    }
