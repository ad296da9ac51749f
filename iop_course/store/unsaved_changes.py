"""Which changes have not reached the disk yet, so a learner quitting while saves fail is told.

Saves can fail for the whole of a session (a disk that filled up, a folder made read-only).
Quitting then would lose those changes in silence; instead the app lists what was not saved,
in the learner's terms: lessons whose place or completion changed, answers, scores, settings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from iop_course.i18n import _, ngettext


class ChangeKind(str, Enum):
    """What one store call changed."""

    LESSON = "lesson"
    ANSWER = "answer"
    SCORE = "score"
    SETTING = "setting"
    WORKSHEET = "worksheet"


@dataclass(frozen=True)
class UnsavedChanges:
    """Changes made but not saved: lesson ids touched, counts of answers and scores, settings."""

    lessons: tuple[str, ...] = ()
    answers: int = 0
    scores: int = 0
    settings: tuple[str, ...] = ()
    worksheets: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lessons or self.answers or self.scores or self.settings or self.worksheets)

    def describe(self, title_of: Callable[[str], str]) -> str:
        """What was not saved, in words: "your place in Saying no; 3 quiz answers; ...".

        ``title_of`` turns a lesson id into the title the learner knows it by.
        """
        parts = []
        if self.lessons:
            titles = ", ".join(title_of(lesson) for lesson in self.lessons)
            parts.append(_("your place in {lessons}").format(lessons=titles))
        if self.answers:
            answers = ngettext("{count} quiz answer", "{count} quiz answers", self.answers)
            parts.append(answers.format(count=self.answers))
        if self.scores:
            scores = ngettext("{count} quiz score", "{count} quiz scores", self.scores)
            parts.append(scores.format(count=self.scores))
        if self.settings:
            parts.append(_("your settings"))
        if self.worksheets:
            titles = ", ".join(title_of(lesson) for lesson in self.worksheets)
            parts.append(_("what you wrote in {lessons}").format(lessons=titles))
        return "; ".join(parts) if parts else _("nothing")


class ChangeLog:
    """Remembers each change with the storage generation that made it, until that is saved."""

    def __init__(self) -> None:
        self._entries: list[tuple[int, ChangeKind, str]] = []
        self._lock = threading.Lock()

    def record(self, generation: int, kind: ChangeKind, subject: str, saved: int) -> None:
        """Note that change number ``generation`` touched ``subject``; forget what is saved."""
        with self._lock:
            self._entries = [entry for entry in self._entries if entry[0] > saved]
            self._entries.append((generation, kind, subject))

    def unsaved(self, saved: int) -> UnsavedChanges:
        """What changed after change number ``saved``, the newest one on disk."""
        with self._lock:
            pending = [
                (kind, subject) for generation, kind, subject in self._entries if generation > saved
            ]

        def subjects(kind: ChangeKind) -> tuple[str, ...]:
            return tuple(dict.fromkeys(subject for each, subject in pending if each is kind))

        return UnsavedChanges(
            lessons=subjects(ChangeKind.LESSON),
            answers=sum(1 for kind, _ in pending if kind is ChangeKind.ANSWER),
            scores=sum(1 for kind, _ in pending if kind is ChangeKind.SCORE),
            settings=subjects(ChangeKind.SETTING),
            worksheets=subjects(ChangeKind.WORKSHEET),
        )
