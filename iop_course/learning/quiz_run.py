"""One learner's run through a lesson's quiz, saved after every step.

``QuizSession`` holds the quiz's rules (no store); a ``QuizRun`` joins it to the progress store:
it resumes a saved session (or starts one), records each answer, keeps the score when the first
pass ends, and marks the lesson done once the quiz is passed and every missed question was
answered right. Every front end that asks a quiz (the full-screen app, plain mode) moves
through this one class, so they save the same things at the same moments.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from iop_course.content.model import LessonInfo
from iop_course.content.quiz_model import Choice, Question, Quiz
from iop_course.content.quiz_session import Phase, QuizSession

if TYPE_CHECKING:
    from iop_course.store.progress_store import ProgressStore


class QuizRun:
    """A quiz in progress for one learner: ``answer`` and ``advance`` save as they go."""

    def __init__(self, store: ProgressStore, info: LessonInfo, quiz: Quiz) -> None:
        self.store = store
        self.info = info
        self.quiz = quiz
        self.session: QuizSession | None = None

    def begin(
        self, retake_after: QuizSession | None = None, rng: random.Random | None = None
    ) -> QuizSession:
        """Pick up the saved session, or start one (a new order of choices on a retake)."""
        restored = None
        if retake_after is None:
            saved = self.store.quiz_session(self.info.id)
            restored = QuizSession.from_dict(saved, self.quiz, rng) if saved is not None else None
        if restored is None or restored.mastered():
            restored = QuizSession.start(self.quiz, rng=rng, previous=retake_after)
            self.store.save_quiz_session(self.info.id, restored.to_dict())
        self.session = restored
        self.store.set_in_quiz(self.info.id)
        return restored

    @property
    def question(self) -> Question | None:
        """The question being asked, or None once the quiz is over."""
        if self.session is None:
            return None
        current = self.session.current_id
        return next((q for q in self.quiz.questions if q.id == current), None)

    def choices(self) -> tuple[Choice, ...]:
        """The current question's choices, in the order this learner sees them."""
        question = self.question
        assert self.session is not None and question is not None
        return self.session.choices_in_order(question)

    @property
    def last_in_round(self) -> bool:
        """True once the last question is answered and nothing missed is left to go over."""
        session = self.session
        assert session is not None
        return session.position + 1 >= len(session.round) and not session.still_missed

    def answer(self, picked: set[str]) -> bool:
        """Record the learner's pick for the current question; returns whether it was right."""
        session, question = self.session, self.question
        assert session is not None and question is not None
        phase = session.phase.value
        right = session.answer(question, picked)
        self.store.record_answer(self.info.id, question.id, sorted(picked), right, phase)
        self.store.save_quiz_session(self.info.id, session.to_dict())
        return right

    def advance(self) -> None:
        """Move on after the feedback and save; keep the score of a first pass that just ended,
        and mark the lesson done once it is passed and mastered."""
        session = self.session
        assert session is not None
        was_first = session.phase is Phase.FIRST
        session.advance()
        if was_first and session.phase is not Phase.FIRST:
            self.store.record_quiz_score(
                self.info.id, session.score_percent, self.quiz.pass_percent
            )
        if not session.mastered():
            self.store.save_quiz_session(self.info.id, session.to_dict())
            return
        self.store.clear_quiz_session(self.info.id)
        if session.passed(self.quiz.pass_percent):
            self.store.mark_lesson_done(self.info.id)
