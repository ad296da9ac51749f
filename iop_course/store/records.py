"""The values the progress store hands to the rest of the app.

The UI works with these small, immutable records instead of raw TinyDB
documents, so the storage layout can change (with a schema migration) without
touching any screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple


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
class QuestionRecord:
    """How a learner has done on one quiz question, over every time they answered it.

    One record per question instead of one per answer keeps the file small after years of use,
    while holding what a progress chart and spaced review need. ``first_try_correct`` is the
    result of the latest first-pass answer (None if the question was only met in review);
    ``first_answered`` and ``last_answered`` are ISO 8601 UTC times, to the second.
    """

    lesson_id: str
    question_id: str
    last_picked: tuple[str, ...]
    last_correct: bool
    first_try_correct: bool | None
    times_right: int
    times_wrong: int
    first_answered: str
    last_answered: str


class AnswerOutcome(NamedTuple):
    """What spaced review needs of one question's record (``QuestionRecord``): a plain tuple,
    as today's review reads every answer of two years before the home screen's first paint."""

    lesson_id: str
    question_id: str
    last_correct: bool
    first_try_correct: bool | None
    times_wrong: int
    last_answered: str


@dataclass(frozen=True)
class QuizScore:
    """The score of one finished first pass through a quiz, kept for home and progress charts.

    Only the latest SCORES_KEPT_PER_LESSON scores of each lesson are kept (see schema.py).
    """

    lesson_id: str
    percent: int
    pass_percent: int
    at: str

    @property
    def passed(self) -> bool:
        """True when the score reached the quiz's pass mark."""
        return self.percent >= self.pass_percent
