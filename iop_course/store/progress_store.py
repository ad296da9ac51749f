"""The one object the app uses to remember a learner's progress between sessions.

It ties the pieces together: a private folder, a lock so only one window uses
it, crash-safe background saving, recovery from a damaged file, and schema
upgrades. Reads come from memory and writes return at once, so screens can
call it freely without freezing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from tinydb import TinyDB, where
from tinydb.queries import QueryLike
from tinydb.table import Document, Table

from iop_course.store.atomic_storage import AtomicJSONStorage, WriteErrorCallback
from iop_course.store.documents import (
    answer_from_document, lesson_from_document, score_from_document,
)
from iop_course.store.instance_lock import InstanceLock
from iop_course.store.opening import open_progress_database, prepare_private_folder
from iop_course.store.paths import PROGRESS_FILE_NAME
from iop_course.store.records import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    QuizAnswer,
    QuizPhase,
    QuizScore,
)
from iop_course.store.recovery import RecoveryNotice
from iop_course.store.schema import (
    LESSONS_TABLE,
    QUIZ_ATTEMPTS_TABLE,
    QUIZ_SCORES_TABLE,
    QUIZ_SESSIONS_TABLE,
    SETTINGS_TABLE,
)
from iop_course.store.timestamps import MonotonicUtcClock, parse_stamp

DEFAULT_LEARNER = "me"


class ProgressStore:
    """A learner's lesson progress, quiz answers, quiz sessions and settings.

    Create it with ``ProgressStore.open``; close it (or use ``with``) so the
    last changes reach the disk and another window may open the folder. All
    methods are thread-safe. ``on_write_error`` is called on the background
    writer thread when a save fails.
    """

    def __init__(
        self,
        db: TinyDB,
        data_dir: Path,
        learner: str,
        instance_lock: InstanceLock,
        recovery: RecoveryNotice | None,
    ) -> None:
        self._db = db
        self._storage = cast(AtomicJSONStorage, db.storage)
        self._data_dir = data_dir
        self._learner = learner
        self._instance_lock = instance_lock
        self._recovery = recovery
        self._guard = threading.Lock()
        self._closed = False
        self._clock = MonotonicUtcClock(
            document.get("updated_at") for document in self._table(LESSONS_TABLE).all()
        )

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        learner: str = DEFAULT_LEARNER,
        on_write_error: WriteErrorCallback | None = None,
    ) -> ProgressStore:
        """Open (creating if needed) the progress kept in ``data_dir`` for ``learner``.

        Raises StoreLocked if another window has the folder open, and
        UnsupportedProgressVersion if a newer app wrote the file. A damaged
        file is moved aside and reported through ``store.recovery``.
        """
        if not learner:
            raise ValueError("learner must be a non-empty name")
        data_dir = Path(data_dir)
        prepare_private_folder(data_dir)
        instance_lock = InstanceLock(data_dir)
        instance_lock.acquire()
        try:
            db, recovery = open_progress_database(data_dir / PROGRESS_FILE_NAME, on_write_error)
        except BaseException:
            instance_lock.release()
            raise
        return cls(db, data_dir, learner, instance_lock, recovery)

    @property
    def path(self) -> Path:
        """The progress.json file this store saves to."""
        return self._storage.path

    @property
    def data_dir(self) -> Path:
        """The private folder holding progress, its backup and the lock."""
        return self._data_dir

    @property
    def learner(self) -> str:
        """Whose progress this store reads and writes."""
        return self._learner

    @property
    def recovery(self) -> RecoveryNotice | None:
        """What was done about a damaged file at open, or None if it read fine."""
        return self._recovery

    @property
    def last_write_error(self) -> BaseException | None:
        """Why the most recent save failed, or None once a save succeeds."""
        return self._storage.last_write_error

    def flush(self) -> None:
        """Wait until every change so far has been saved (or its save has failed)."""
        self._storage.flush()

    def close(self) -> None:
        """Save pending changes, then let another window open the folder. Safe to call twice."""
        with self._guard:
            if self._closed:
                return
            self._closed = True
            try:
                self._db.close()
            finally:
                self._instance_lock.release()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A learner setting such as "theme" or "welcome_seen", or ``default`` if never set."""
        with self._guard:
            document = self._table(SETTINGS_TABLE).get(self._mine() & (where("key") == key))
        return default if document is None else document.get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting; ``value`` must be JSON (else TypeError, and nothing changes).

        Values come back as their JSON round trip, e.g. tuples as lists.
        """
        with self._guard:
            self._table(SETTINGS_TABLE).upsert(
                {"learner": self._learner, "key": key, "value": value},
                self._mine() & (where("key") == key),
            )

    def lesson_progress(self, lesson_id: str) -> LessonProgress:
        """Where the learner is in one lesson; a lesson never opened is not started, page 0."""
        with self._guard:
            document = self._lesson_document(lesson_id)
        return lesson_from_document(lesson_id, document)

    def all_lesson_progress(self) -> dict[str, LessonProgress]:
        """Progress for every lesson this learner has opened, keyed by lesson id."""
        with self._guard:
            documents = self._table(LESSONS_TABLE).search(self._mine())
        return {
            str(document["lesson_id"]): lesson_from_document(str(document["lesson_id"]), document)
            for document in documents
            if "lesson_id" in document
        }

    def set_page(self, lesson_id: str, page: int) -> None:
        """Remember the page being read; the lesson is in progress unless already done."""
        if isinstance(page, bool) or not isinstance(page, int) or page < 0:
            raise ValueError(f"page must be a whole number from 0 up, not {page!r}")
        with self._guard:
            self._update_lesson(lesson_id, page=page, place=LessonPlace.LESSON)

    def set_in_quiz(self, lesson_id: str) -> None:
        """Remember that the learner is in the lesson's quiz, so "Continue" returns there."""
        with self._guard:
            self._update_lesson(lesson_id, place=LessonPlace.QUIZ)

    def mark_lesson_done(self, lesson_id: str) -> None:
        """Record that the lesson is finished; later page changes do not undo this."""
        with self._guard:
            self._update_lesson(lesson_id, status=LessonStatus.DONE)

    def last_location(self) -> LessonProgress | None:
        """The lesson this learner touched most recently, for "Continue"; None before any."""
        with self._guard:
            documents = self._table(LESSONS_TABLE).search(self._mine())
        if not documents:
            return None
        latest = max(
            documents,
            key=lambda document: (parse_stamp(document.get("updated_at")), document.doc_id),
        )
        return lesson_from_document(str(latest.get("lesson_id", "")), latest)

    def record_answer(
        self,
        lesson_id: str,
        question_id: str,
        picked: Iterable[str],
        correct: bool,
        phase: QuizPhase | str,
    ) -> None:
        """Keep one answer to one question; answers are kept in the order recorded."""
        picked_ids = [str(choice_id) for choice_id in picked]
        checked_phase = QuizPhase(phase)
        with self._guard:
            self._table(QUIZ_ATTEMPTS_TABLE).insert(
                {
                    "learner": self._learner,
                    "lesson_id": lesson_id,
                    "question_id": str(question_id),
                    "picked": picked_ids,
                    "correct": bool(correct),
                    "phase": checked_phase.value,
                    "at": self._clock.stamp(),
                }
            )

    def answers(self, lesson_id: str) -> list[QuizAnswer]:
        """Every answer recorded for a lesson, oldest first."""
        with self._guard:
            documents = self._table(QUIZ_ATTEMPTS_TABLE).search(self._mine_for(lesson_id))
        ordered = sorted(documents, key=lambda document: document.doc_id)
        return [answer_from_document(lesson_id, document) for document in ordered]

    def record_quiz_score(self, lesson_id: str, percent: int, pass_percent: int) -> None:
        """Keep the score of a finished first pass, so home can say how the last try went."""
        with self._guard:
            self._table(QUIZ_SCORES_TABLE).insert(
                {
                    "learner": self._learner,
                    "lesson_id": lesson_id,
                    "percent": int(percent),
                    "pass_percent": int(pass_percent),
                    "at": self._clock.stamp(),
                }
            )

    def quiz_scores(self, lesson_id: str) -> list[QuizScore]:
        """Every score recorded for a lesson's quiz, oldest first."""
        with self._guard:
            documents = self._table(QUIZ_SCORES_TABLE).search(self._mine_for(lesson_id))
        ordered = sorted(documents, key=lambda document: document.doc_id)
        return [score_from_document(lesson_id, document) for document in ordered]

    def save_quiz_session(self, lesson_id: str, state: dict[str, Any]) -> None:
        """Keep a quiz in progress so it resumes at the same question.

        ``state`` is opaque to the store but must be JSON-serialisable (else
        TypeError, and nothing is changed); it comes back as its JSON round trip.
        """
        if not isinstance(state, dict):
            raise TypeError(f"quiz session state must be a dict, not {type(state).__name__}")
        with self._guard:
            self._table(QUIZ_SESSIONS_TABLE).upsert(
                {"learner": self._learner, "lesson_id": lesson_id, "state": state},
                self._mine_for(lesson_id),
            )

    def quiz_session(self, lesson_id: str) -> dict[str, Any] | None:
        """The saved quiz state for a lesson (a fresh copy), or None if there is none."""
        with self._guard:
            document = self._table(QUIZ_SESSIONS_TABLE).get(self._mine_for(lesson_id))
        if document is None or not isinstance(document.get("state"), dict):
            return None
        return document["state"]

    def clear_quiz_session(self, lesson_id: str) -> None:
        """Forget a quiz in progress, e.g. once it is finished."""
        with self._guard:
            sessions = self._table(QUIZ_SESSIONS_TABLE)
            condition = self._mine_for(lesson_id)
            if sessions.contains(condition):
                sessions.remove(condition)

    def _table(self, name: str) -> Table:
        if self._closed:
            raise RuntimeError("The progress store is closed.")
        return self._db.table(name, cache_size=0)

    def _mine(self) -> QueryLike:
        return where("learner") == self._learner

    def _mine_for(self, lesson_id: str) -> QueryLike:
        return (where("learner") == self._learner) & (where("lesson_id") == lesson_id)

    def _lesson_document(self, lesson_id: str) -> Document | None:
        return self._table(LESSONS_TABLE).get(self._mine_for(lesson_id))

    def _update_lesson(
        self,
        lesson_id: str,
        *,
        status: LessonStatus | None = None,
        page: int | None = None,
        place: LessonPlace | None = None,
    ) -> None:
        current = lesson_from_document(lesson_id, self._lesson_document(lesson_id))
        if status is None:
            already_done = current.status is LessonStatus.DONE
            status = LessonStatus.DONE if already_done else LessonStatus.IN_PROGRESS
        self._table(LESSONS_TABLE).upsert(
            {
                "learner": self._learner,
                "lesson_id": lesson_id,
                "status": status.value,
                "page": current.page if page is None else page,
                "where": (current.where if place is None else place).value,
                "updated_at": self._clock.stamp(),
            },
            self._mine_for(lesson_id),
        )
