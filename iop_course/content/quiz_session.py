"""How a learner moves through a quiz: one pass for the score, then mastery of what was missed.

The first pass asks every question once and sets the score. Then each missed question is asked
again, round after round, until each has been answered right once. The lesson is done when the
score reached the quiz's pass mark and nothing missed is left. The state is plain data so the
progress store can save it and a learner who quits mid-quiz comes back to the same question.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

from iop_course.content.model import Question, Quiz


class Phase(str, Enum):
    """Where a quiz session is."""

    FIRST = "first"
    REVIEW = "review"
    FINISHED = "finished"


@dataclass
class QuizSession:
    """A learner's way through one quiz; ``answer`` and ``advance`` are the only moves."""

    quiz_questions: list[str]
    phase: Phase = Phase.FIRST
    round: list[str] = field(default_factory=list)
    position: int = 0
    first_results: dict[str, bool] = field(default_factory=dict)
    still_missed: list[str] = field(default_factory=list)
    current_pick: list[str] | None = None

    @classmethod
    def start(cls, quiz: Quiz) -> QuizSession:
        """A new session at the first question."""
        ids = [question.id for question in quiz.questions]
        return cls(quiz_questions=ids, round=list(ids))

    @property
    def current_id(self) -> str | None:
        """The id of the question being asked, or None once the quiz is finished."""
        if self.phase is Phase.FINISHED:
            return None
        return self.round[self.position]

    @property
    def answered(self) -> bool:
        """True once the current question has an answer and its feedback is showing."""
        return self.current_pick is not None

    def answer(self, question: Question, picked: set[str]) -> bool:
        """Record the learner's pick for the current question; returns whether it was right."""
        if self.answered or question.id != self.current_id:
            raise ValueError("this question is not waiting for an answer")
        right = question.is_right(picked)
        self.current_pick = sorted(picked)
        if self.phase is Phase.FIRST:
            self.first_results[question.id] = right
            if not right:
                self.still_missed.append(question.id)
        elif right:
            self.still_missed.remove(question.id)
        return right

    def advance(self) -> None:
        """Move on after the feedback: the next question, the next review round, or the end."""
        if not self.answered:
            raise ValueError("answer the question before moving on")
        self.current_pick = None
        self.position += 1
        if self.position < len(self.round):
            return
        self.position = 0
        if self.still_missed:
            self.phase, self.round = Phase.REVIEW, list(self.still_missed)
        else:
            self.phase, self.round = Phase.FINISHED, []

    @property
    def score_percent(self) -> int:
        """The share of questions right on the first try, as a whole percent."""
        if not self.quiz_questions:
            return 0
        right = sum(self.first_results.get(qid, False) for qid in self.quiz_questions)
        return round(100 * right / len(self.quiz_questions))

    def passed(self, pass_percent: int) -> bool:
        """Passed when the first-try score reaches the quiz's pass mark."""
        return self.score_percent >= pass_percent

    def mastered(self) -> bool:
        """True once every missed question has been answered right."""
        return self.phase is Phase.FINISHED

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data for the progress store."""
        data = asdict(self)
        data["phase"] = self.phase.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], quiz: Quiz) -> QuizSession | None:
        """Restore a saved session; None when the quiz changed since, so it starts over."""
        try:
            session = cls(**{**data, "phase": Phase(data["phase"])})
        except (TypeError, KeyError, ValueError):
            return None
        ids = [question.id for question in quiz.questions]
        if session.quiz_questions != ids or not session._consistent():
            return None
        return session

    def _consistent(self) -> bool:
        known = set(self.quiz_questions)
        if not set(self.round) <= known or not set(self.still_missed) <= known:
            return False
        if self.phase is Phase.FINISHED:
            return not self.round
        return 0 <= self.position < len(self.round)
