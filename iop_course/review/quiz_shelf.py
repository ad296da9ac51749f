"""The quizzes spaced review asks from, read once and read again only when their file changes.

Today's review asks questions from several lessons; each quiz file is parsed the first time one
of its questions is needed, and kept while the file is unchanged, so coming back to the home
screen does not parse them all again. A quiz that cannot be read, or a lesson the course no
longer has, gives None, and its questions are skipped.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import LessonInfo
from iop_course.content.quiz_model import Question, Quiz


class QuizShelf:
    """Parsed quizzes keyed by file, each with the modification time it was read at."""

    def __init__(self) -> None:
        self._quizzes: dict[Path, tuple[int, Quiz | None]] = {}

    def question(self, lesson: LessonInfo, question_id: str) -> Question | None:
        """The lesson's question with this id, or None if the quiz no longer has it."""
        quiz = self.quiz(lesson)
        if quiz is None:
            return None
        return next((question for question in quiz.questions if question.id == question_id), None)

    def quiz(self, lesson: LessonInfo) -> Quiz | None:
        """The lesson's quiz as its file is now, or None if it has none or it cannot be read."""
        path = lesson.quiz_path
        if path is None:
            return None
        try:
            changed = path.stat().st_mtime_ns
        except OSError:
            return None
        kept = self._quizzes.get(path)
        if kept is not None and kept[0] == changed:
            return kept[1]
        try:
            opened = loader.open_quiz(lesson)
        except ContentUnreadable:
            opened = None
        quiz = opened[0] if opened is not None else None
        self._quizzes[path] = (changed, quiz)
        return quiz
