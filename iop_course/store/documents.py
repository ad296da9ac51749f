"""Turns stored TinyDB documents into the records the app uses.

Progress files can be edited by hand or written by other app versions, so a
document with a missing or unknown field is read with sensible defaults
instead of crashing the screen that asked for it.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from tinydb.table import Document

from iop_course.store.records import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    QuizAnswer,
    QuizPhase,
    QuizScore,
)

EnumT = TypeVar("EnumT", bound=Enum)


def enum_or_default(enum_type: type[EnumT], value: object, default: EnumT) -> EnumT:
    """Read a stored enum value; values this version does not know become ``default``."""
    try:
        return enum_type(value)
    except ValueError:
        return default


def lesson_from_document(lesson_id: str, document: Document | None) -> LessonProgress:
    """A lesson's progress; a missing document means the lesson was never opened."""
    if document is None:
        return LessonProgress(lesson_id=lesson_id)
    page = document.get("page", 0)
    page_is_valid = isinstance(page, int) and not isinstance(page, bool) and page >= 0
    updated_at = document.get("updated_at")
    return LessonProgress(
        lesson_id=lesson_id,
        status=enum_or_default(LessonStatus, document.get("status"), LessonStatus.NOT_STARTED),
        page=page if page_is_valid else 0,
        where=enum_or_default(LessonPlace, document.get("where"), LessonPlace.LESSON),
        updated_at=updated_at if isinstance(updated_at, str) else None,
    )


def answer_from_document(lesson_id: str, document: Document) -> QuizAnswer:
    """One recorded quiz answer."""
    picked = document.get("picked")
    return QuizAnswer(
        lesson_id=lesson_id,
        question_id=str(document.get("question_id", "")),
        picked=tuple(str(choice_id) for choice_id in picked) if isinstance(picked, list) else (),
        correct=bool(document.get("correct", False)),
        phase=enum_or_default(QuizPhase, document.get("phase"), QuizPhase.FIRST),
        at=str(document.get("at", "")),
    )


def score_from_document(lesson_id: str, document: Document) -> QuizScore:
    """One recorded quiz score; a field of the wrong type reads as 0."""
    percent, pass_percent = document.get("percent"), document.get("pass_percent")
    return QuizScore(
        lesson_id=lesson_id,
        percent=percent if isinstance(percent, int) and not isinstance(percent, bool) else 0,
        pass_percent=(pass_percent if isinstance(pass_percent, int)
                      and not isinstance(pass_percent, bool) else 0),
        at=str(document.get("at", "")),
    )
