"""The quizzes spaced review asks from, read once and read again only when their file changes.

Today's review asks questions from several lessons; each quiz file is parsed the first time one
of its questions is needed, and kept while the file is unchanged, so coming back to the home
screen does not parse them all again. Counting today's review needs only each quiz's question
ids, read without parsing its Markdown (``quiz_question_ids``), kept the same way. A quiz that
cannot be read, or a lesson the course no longer has, gives None, and its questions are skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import LessonInfo
from iop_course.content.quiz_ids import quiz_question_ids

if TYPE_CHECKING:  # a quiz's classes load when its questions are made
    from iop_course.content.quiz_model import Question, Quiz


class QuizShelf:
    """Parsed quizzes keyed by file, each with the modification time it was read at."""

    def __init__(self) -> None:
        self._quizzes: dict[Path, tuple[int, Quiz | None]] = {}

    def question_ids(self, lesson: LessonInfo) -> tuple[str, ...] | None:
        """The ids of the lesson's quiz as its file is now (those of its parse when it is read
        already), or None if it has none or it cannot be read. Unparsed, they come from
        ``quiz_question_ids``, which keeps them in the course index while the file is
        unchanged."""
        path = lesson.quiz_path
        if path is None:
            return None
        if path in self._quizzes:
            parsed = self._parsed(path)
            if parsed is not None:
                quiz = parsed[1]
                return None if quiz is None else tuple(q.id for q in quiz.questions)
        return quiz_question_ids(lesson)

    def question(self, lesson: LessonInfo, question_id: str) -> Question | None:
        """The lesson's question with this id, or None if the quiz no longer has it."""
        quiz = self.quiz(lesson)
        if quiz is None:
            return None
        return next((question for question in quiz.questions if question.id == question_id), None)

    def quiz(self, lesson: LessonInfo) -> Quiz | None:
        """The lesson's quiz as its file is now, or None if it has none or it cannot be read."""
        path = lesson.quiz_path
        changed = _changed(path)
        if path is None or changed is None:
            return None
        kept = self._parsed(path, changed)
        if kept is not None:
            return kept[1]
        try:
            opened = loader.open_quiz(lesson)
        except ContentUnreadable:
            opened = None
        quiz = opened[0] if opened is not None else None
        self._quizzes[path] = (changed, quiz)
        return quiz

    def _parsed(self, path: Path, changed: int | None = None) -> tuple[int, Quiz | None] | None:
        """The quiz kept for ``path`` if its file is unchanged since (``changed``: its
        modification time, looked up here when not given)."""
        kept = self._quizzes.get(path)
        if changed is None:
            changed = _changed(path)
        return kept if kept is not None and kept[0] == changed else None


def _changed(path: Path | None) -> int | None:
    """When the file was last changed (None: no file, or it cannot be looked at)."""
    if path is None:
        return None
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None
