"""How a learner moves through a quiz: one pass for the score, then mastery of what was missed.

The first pass asks every question once and sets the score. Then each missed question is asked
again, round after round, until each has been answered right once. The lesson is done when the
score reached the quiz's pass mark and nothing missed is left. Choices are shown in a shuffled
order kept in the session, so it stays the same when a learner quits and comes back, and is new on
a retake and in each review round: mastery then tests what was read, not where the answer sat.
The state is plain data so the progress store can save it; a saved state that is damaged or no
longer fits the quiz is refused, and the quiz starts over.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from iop_course.content.quiz_model import Choice, Question, Quiz


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
    orders: dict[str, list[str]] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    @classmethod
    def start(
        cls, quiz: Quiz, rng: random.Random | None = None, previous: QuizSession | None = None
    ) -> QuizSession:
        """A new session at the first question; its orders differ from ``previous``'s."""
        ids = [question.id for question in quiz.questions]
        session = cls(quiz_questions=ids, round=list(ids), rng=rng or random.Random())
        before = previous.orders if previous is not None else {}
        session.orders = {
            question.id: session._shuffle([c.id for c in question.choices], before.get(question.id))
            for question in quiz.questions
            if question.shuffled
        }
        return session

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

    def choices_in_order(self, question: Question) -> tuple[Choice, ...]:
        """A question's choices in the order this learner sees them."""
        if not question.shuffled:
            return question.natural_order()
        by_id = {choice.id: choice for choice in question.choices}
        return tuple(by_id[choice_id] for choice_id in self.orders[question.id])

    def answer(self, question: Question, picked: set[str]) -> bool:
        """Record the learner's pick for the current question; returns whether it was right."""
        if self.answered or question.id != self.current_id:
            raise ValueError("this question is not waiting for an answer")
        right = question.is_right(picked)
        self.current_pick = sorted(picked)
        if self.phase is Phase.FIRST:
            self.first_results[question.id] = right
            if not right and question.id not in self.still_missed:
                self.still_missed.append(question.id)
        elif right and question.id in self.still_missed:
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
            for qid in self.round:
                if qid in self.orders:
                    self.orders[qid] = self._shuffle(self.orders[qid], self.orders[qid])
        else:
            self.phase, self.round = Phase.FINISHED, []

    @property
    def score_percent(self) -> int:
        """The share of questions right on the first try, as a whole percent."""
        if not self.quiz_questions:
            return 0
        return round(100 * self.right_first_time / len(self.quiz_questions))

    @property
    def right_first_time(self) -> int:
        """How many questions were answered right on the first try."""
        return sum(self.first_results.get(qid, False) for qid in self.quiz_questions)

    def passed(self, pass_percent: int) -> bool:
        """Passed when the first-try score reaches the quiz's pass mark."""
        return self.score_percent >= pass_percent

    def mastered(self) -> bool:
        """True once every missed question has been answered right."""
        return self.phase is Phase.FINISHED

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data for the progress store (copies, so later moves do not leak)."""
        return {
            "quiz_questions": list(self.quiz_questions),
            "phase": self.phase.value,
            "round": list(self.round),
            "position": self.position,
            "first_results": dict(self.first_results),
            "still_missed": list(self.still_missed),
            "current_pick": None if self.current_pick is None else list(self.current_pick),
            "orders": {qid: list(order) for qid, order in self.orders.items()},
        }

    @classmethod
    def from_dict(
        cls, data: Any, quiz: Quiz, rng: random.Random | None = None
    ) -> QuizSession | None:
        """Restore a saved session; None when it is damaged or the quiz changed since.

        Progress files can be edited by hand or damaged, so anything of the wrong shape or type
        is refused (the learner starts the quiz over) rather than trusted. A saved order that
        no longer fits its question's choices is shuffled again.
        """
        if not _well_formed(data):
            return None
        session = cls(
            quiz_questions=list(data["quiz_questions"]),
            phase=Phase(data["phase"]),
            round=list(data["round"]),
            position=data["position"],
            first_results=dict(data["first_results"]),
            still_missed=list(data["still_missed"]),
            current_pick=(None if data["current_pick"] is None else list(data["current_pick"])),
            rng=rng or random.Random(),
        )
        if not session._fits(quiz):
            return None
        saved = data.get("orders", {})
        for question in quiz.questions:
            if not question.shuffled:
                continue
            ids = [choice.id for choice in question.choices]
            order = saved.get(question.id)
            fits = order is not None and sorted(order) == sorted(ids)
            session.orders[question.id] = list(order) if fits else session._shuffle(ids, None)
        return session

    def _fits(self, quiz: Quiz) -> bool:
        """The state matches this quiz: same questions, a place inside the round, a real pick."""
        ids = [question.id for question in quiz.questions]
        known = set(ids)
        if self.quiz_questions != ids or not set(self.round) <= known:
            return False
        if not set(self.still_missed) <= known or not set(self.first_results) <= known:
            return False
        if self.phase is Phase.FINISHED:
            return not self.round and self.position == 0 and self.current_pick is None
        if not 0 <= self.position < len(self.round):
            return False
        if self.current_pick is None:
            return True
        question = quiz.questions[ids.index(self.round[self.position])]
        choices = {choice.id for choice in question.choices}
        return bool(self.current_pick) and set(self.current_pick) <= choices

    def _shuffle(self, choice_ids: list[str], avoid: list[str] | None) -> list[str]:
        """A random order of the choices, never the order in ``avoid`` when another exists."""
        order = list(choice_ids)
        if len(set(order)) < 2:
            return order
        while True:
            self.rng.shuffle(order)
            if order != avoid:
                return order


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _well_formed(data: Any) -> bool:
    """Every field is there, with the right type; ``orders`` may be missing (older saves)."""
    required = {
        "quiz_questions",
        "phase",
        "round",
        "position",
        "first_results",
        "still_missed",
        "current_pick",
    }
    if not isinstance(data, dict) or not required <= set(data) <= required | {"orders"}:
        return False
    results, orders = data["first_results"], data.get("orders", {})
    return (
        _string_list(data["quiz_questions"])
        and isinstance(data["phase"], str)
        and data["phase"] in {phase.value for phase in Phase}
        and _string_list(data["round"])
        and type(data["position"]) is int
        and isinstance(results, dict)
        and all(isinstance(k, str) and isinstance(v, bool) for k, v in results.items())
        and _string_list(data["still_missed"])
        and (data["current_pick"] is None or _string_list(data["current_pick"]))
        and isinstance(orders, dict)
        and all(isinstance(k, str) and _string_list(v) for k, v in orders.items())
    )
