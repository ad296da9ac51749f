"""The values the progress store hands to the rest of the app.

The UI works with these small, immutable records instead of raw TinyDB
documents, so the storage layout can change (with a schema migration) without
touching any screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LessonStatus(str, Enum):
    """How far a learner has got with a lesson; stored as its string value."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class LessonPlace(str, Enum):
    """Which part of a lesson the learner was in, so "Continue" returns them there."""

    LESSON = "lesson"
    QUIZ = "quiz"


class QuizPhase(str, Enum):
    """Whether an answer was a first try or part of reviewing missed questions."""

    FIRST = "first"
    REVIEW = "review"


@dataclass(frozen=True)
class LessonProgress:
    """Where a learner is in one lesson.

    ``page`` is 0-based. ``updated_at`` is an ISO 8601 UTC time, or None for a
    lesson the learner has never opened.
    """

    lesson_id: str
    status: LessonStatus = LessonStatus.NOT_STARTED
    page: int = 0
    where: LessonPlace = LessonPlace.LESSON
    updated_at: str | None = None


@dataclass(frozen=True)
class QuizAnswer:
    """One answer a learner gave to one quiz question, kept so reviews and summaries can use it."""

    lesson_id: str
    question_id: str
    picked: tuple[str, ...]
    correct: bool
    phase: QuizPhase
    at: str


@dataclass(frozen=True)
class QuizScore:
    """The score of one finished first pass through a quiz, kept for home and progress charts."""

    lesson_id: str
    percent: int
    pass_percent: int
    at: str

    @property
    def passed(self) -> bool:
        """True when the score reached the quiz's pass mark."""
        return self.percent >= self.pass_percent
