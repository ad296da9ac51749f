"""The quiz part of a learner's progress: answers to questions, scores and quizzes in progress.

Kept apart from progress_store.py so each part of the store stays small; ProgressStore has
these methods through this class.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from tinydb.table import Document

from iop_course.store.documents import (
    fold_answer,
    question_from_document,
    score_from_document,
    stamp_to_the_second,
)
from iop_course.store.json_limits import checked_json_copy, checked_text
from iop_course.store.progress_files import ProgressFiles
from iop_course.store.records import AnswerOutcome, QuestionRecord, QuizPhase, QuizScore
from iop_course.store.schema import (
    QUIZ_QUESTIONS_TABLE,
    QUIZ_SCORES_TABLE,
    QUIZ_SESSIONS_TABLE,
    SCORES_KEPT_PER_LESSON,
)
from iop_course.store.unsaved_changes import ChangeKind

_OUTCOME_FIELDS = itemgetter(*AnswerOutcome._fields)


class QuizProgress(ProgressFiles):
    """How the learner did on each quiz: every question's record, the latest scores, and a
    quiz left half done so it resumes at the same question. Thread-safe."""

    def record_answer(
        self,
        lesson_id: str,
        question_id: str,
        picked: Iterable[str],
        correct: bool,
        phase: QuizPhase | str,
    ) -> None:
        """Count one answer to one question in that question's record (see ``answers``)."""
        lesson_id = checked_text(lesson_id, "lesson_id")
        question = checked_text(str(question_id), "question_id")
        picked_ids = [checked_text(str(choice_id), "choice id") for choice_id in picked]
        checked_phase = QuizPhase(phase)
        with self._guard:
            table = self._table(QUIZ_QUESTIONS_TABLE)
            condition = self._mine(lesson_id=lesson_id, question_id=question)
            document = fold_answer(
                table.get(condition),
                learner=self._learner,
                lesson_id=lesson_id,
                question_id=question,
                picked=picked_ids,
                correct=bool(correct),
                phase=checked_phase.value,
                at=stamp_to_the_second(),
            )
            table.upsert(document, condition)
            self._note(ChangeKind.ANSWER, lesson_id)

    def answers(self, lesson_id: str) -> list[QuestionRecord]:
        """How the learner has done on each question of a lesson they answered, in the order
        first answered. Since schema version 2 one record per question is kept, not every
        answer: latest result and choices, latest first-try result, times right and wrong."""
        with self._guard:
            documents = self._table(QUIZ_QUESTIONS_TABLE).search(self._mine(lesson_id=lesson_id))
            ordered = sorted(documents, key=lambda document: document.doc_id)
            return [question_from_document(document) for document in ordered]

    def answers_by_lesson(self) -> dict[str, list[QuestionRecord]]:
        """``answers`` of every lesson, by lesson id, in one read of the table (today's review
        looks at them all: one search per lesson was most of its time on a large course)."""
        with self._guard:
            documents = self._table(QUIZ_QUESTIONS_TABLE).search(self._mine())
            grouped: dict[str, list[QuestionRecord]] = {}
            for document in sorted(documents, key=lambda document: document.doc_id):
                record = question_from_document(document)
                grouped.setdefault(document["lesson_id"], []).append(record)
            return grouped

    def answer_outcomes(self) -> list[AnswerOutcome]:
        """Every question answered, as spaced review needs it, in the order first answered
        (``answers_by_lesson`` for every lesson, in short): read from the table's documents
        directly, since today's review reads them all before the home screen's first paint."""
        with self._guard:
            documents = self._documents(QUIZ_QUESTIONS_TABLE)
            learner = self._learner
            return [
                tuple.__new__(AnswerOutcome, _OUTCOME_FIELDS(document))
                for _, document in sorted(documents.items(), key=_by_number)
                if document["learner"] == learner
            ]

    def record_quiz_score(self, lesson_id: str, percent: int, pass_percent: int) -> None:
        """Keep the score of a finished first pass (whole percentages, 0 to 100); only the
        latest SCORES_KEPT_PER_LESSON of a lesson are kept."""
        lesson_id = checked_text(lesson_id, "lesson_id")
        score, pass_mark = int(percent), int(pass_percent)
        if not (0 <= score <= 100 and 0 <= pass_mark <= 100):
            raise ValueError(f"percentages must be 0 to 100, not {percent!r}, {pass_percent!r}")
        with self._guard:
            table = self._table(QUIZ_SCORES_TABLE)
            table.insert(
                {
                    "learner": self._learner,
                    "lesson_id": lesson_id,
                    "percent": score,
                    "pass_percent": pass_mark,
                    "at": stamp_to_the_second(),
                }
            )
            kept = sorted(
                document.doc_id for document in table.search(self._mine(lesson_id=lesson_id))
            )
            if len(kept) > SCORES_KEPT_PER_LESSON:
                table.remove(doc_ids=kept[:-SCORES_KEPT_PER_LESSON])
            self._note(ChangeKind.SCORE, lesson_id)

    def quiz_scores(self, lesson_id: str) -> list[QuizScore]:
        """The scores kept for a lesson's quiz, oldest first."""
        with self._guard:
            documents = self._table(QUIZ_SCORES_TABLE).search(self._mine(lesson_id=lesson_id))
            ordered = sorted(documents, key=lambda document: document.doc_id)
            return [score_from_document(document) for document in ordered]

    def latest_scores(self) -> dict[str, QuizScore]:
        """Each lesson's latest score, by lesson id, in one read of the table (the home
        screen notes every failed quiz)."""
        with self._guard:
            latest: dict[str, Document] = {}
            for document in self._table(QUIZ_SCORES_TABLE).search(self._mine()):
                kept = latest.get(document["lesson_id"])
                if kept is None or kept.doc_id < document.doc_id:
                    latest[document["lesson_id"]] = document
            return {lesson_id: score_from_document(doc) for lesson_id, doc in latest.items()}

    def save_quiz_session(self, lesson_id: str, state: dict[str, Any]) -> None:
        """Keep a quiz in progress so it resumes at the same question.

        ``state`` is opaque to the store but must be a JSON object within the store's limits
        (else TypeError or ValueError, and nothing is changed); it comes back as its JSON
        round trip. Whoever reads it back checks its contents.
        """
        if not isinstance(state, dict):
            raise TypeError(f"quiz session state must be a dict, not {type(state).__name__}")
        lesson_id = checked_text(lesson_id, "lesson_id")
        stored = checked_json_copy(state)
        with self._guard:
            self._table(QUIZ_SESSIONS_TABLE).upsert(
                {"learner": self._learner, "lesson_id": lesson_id, "state": stored},
                self._mine(lesson_id=lesson_id),
            )
            self._note(ChangeKind.LESSON, lesson_id)

    def quiz_session(self, lesson_id: str) -> dict[str, Any] | None:
        """The saved quiz state for a lesson (a fresh copy), or None if there is none."""
        with self._guard:
            document = self._table(QUIZ_SESSIONS_TABLE).get(self._mine(lesson_id=lesson_id))
            return None if document is None else checked_json_copy(document["state"])

    def clear_quiz_session(self, lesson_id: str) -> None:
        """Forget a quiz in progress, e.g. once it is finished."""
        with self._guard:
            sessions = self._table(QUIZ_SESSIONS_TABLE)
            condition = self._mine(lesson_id=lesson_id)
            if sessions.contains(condition):
                sessions.remove(condition)
                self._note(ChangeKind.LESSON, lesson_id)


def _by_number(item: tuple[str, Any]) -> int:
    """A document's place in its table (TinyDB keeps ids as text in the file)."""
    return int(item[0])
