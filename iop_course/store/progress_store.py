"""The one object the app uses to remember a learner's progress between sessions.

It ties the pieces together: a private folder, a lock so only one window uses it, a whole-file
check before anything is used, recovery from a damaged or missing file, schema upgrades, and
crash-safe background saving. The working state lives in memory (TinyDB over
AtomicJSONStorage); reads never touch the disk and writes return at once, leaving the JSON
encoding and the disk to the writer thread, so screens can call it freely without freezing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from tinydb import Query, TinyDB
from tinydb.queries import QueryInstance
from tinydb.table import Document, Table

from iop_course.store import worksheet_answers
from iop_course.store.atomic_storage import AtomicJSONStorage, WriteErrorCallback
from iop_course.store.documents import (
    fold_answer,
    lesson_from_document,
    question_from_document,
    score_from_document,
    stamp_to_the_second,
)
from iop_course.store.instance_lock import InstanceLock
from iop_course.store.json_limits import checked_json_copy
from iop_course.store.opening import (
    BackupDue,
    load_for_saving,
    load_without_saving,
    prepare_folder_for_saving,
)
from iop_course.store.paths import PROGRESS_FILE_NAME
from iop_course.store.records import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    QuestionRecord,
    QuizPhase,
    QuizScore,
)
from iop_course.store.recovery import RecoveryNotice, refresh_backup
from iop_course.store.review_cards import (
    REVIEW_CARDS_TABLE,
    ReviewCardRecord,
    all_cards,
    save_card,
)
from iop_course.store.saving_problems import SavingImpossible
from iop_course.store.schema import (
    LESSONS_TABLE,
    QUIZ_QUESTIONS_TABLE,
    QUIZ_SCORES_TABLE,
    QUIZ_SESSIONS_TABLE,
    SCORES_KEPT_PER_LESSON,
    SETTINGS_TABLE,
)
from iop_course.store.timestamps import MonotonicUtcClock, parse_stamp
from iop_course.store.unsaved_changes import ChangeKind, ChangeLog, UnsavedChanges
from iop_course.store.validation import LARGEST_COUNT
from iop_course.store.worksheet_answers import WORKSHEET_ANSWERS_TABLE, WorksheetAnswer

DEFAULT_LEARNER = "me"


class ProgressStore:
    """A learner's lesson progress, quiz results, quiz sessions and settings.

    Create it with ``ProgressStore.open`` (or ``open_without_saving``); close it (or use
    ``with``) so the last changes reach the disk and another window may open the folder. All
    methods are thread-safe. ``on_write_error`` is called on the background writer thread when
    a save fails.
    """

    def __init__(
        self,
        storage_options: dict[str, Any],
        data_dir: Path,
        learner: str,
        instance_lock: InstanceLock,
        recovery: RecoveryNotice | None,
        saving_problem: SavingImpossible | None = None,
        backup_due: BackupDue | None = None,
    ) -> None:
        self._db = TinyDB(storage=AtomicJSONStorage, **storage_options)
        self._storage = cast(AtomicJSONStorage, self._db.storage)
        self._guard = self._storage.lock
        self._data_dir = data_dir
        self._learner = learner
        self._instance_lock = instance_lock
        self._recovery = recovery
        self._saving_problem = saving_problem
        self._backup_due = backup_due
        self._backup_notice: RecoveryNotice | None = None
        self._backup_error: BaseException | None = None
        self._changes = ChangeLog()
        self._closed = False
        self._clock = MonotonicUtcClock(
            document["updated_at"] for document in self._table(LESSONS_TABLE).all()
        )

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        learner: str = DEFAULT_LEARNER,
        on_write_error: WriteErrorCallback | None = None,
        backup_later: bool = False,
    ) -> ProgressStore:
        """Open (creating if needed) the progress kept in ``data_dir`` for ``learner``.

        Raises StoreLocked if another window has the folder open, UnsupportedProgressVersion
        if a newer app wrote the file, and SavingImpossible when nothing could be saved there
        (its ``can_open_without_saving`` says whether ``open_without_saving`` would work). A
        damaged or missing file is handled and reported through ``store.recovery``. With
        ``backup_later``, the backup is refreshed when ``refresh_backup_soon`` is called (the
        app does once its first screen is drawn), not before the store is opened.
        """
        if not learner:
            raise ValueError("learner must be a non-empty name")
        data_dir = Path(data_dir)
        prepare_folder_for_saving(data_dir)
        instance_lock = InstanceLock(data_dir)
        instance_lock.acquire()
        path = data_dir / PROGRESS_FILE_NAME
        try:
            tables, recovery, backup_due = load_for_saving(path, backup_later)
        except BaseException:
            instance_lock.release()
            raise
        options = {"path": path, "state": tables, "on_write_error": on_write_error}
        return cls(options, data_dir, learner, instance_lock, recovery, backup_due=backup_due)

    @classmethod
    def open_without_saving(
        cls, problem: SavingImpossible, learner: str = DEFAULT_LEARNER
    ) -> ProgressStore:
        """Open the progress in ``problem.data_dir`` for reading only, after ``open`` refused.

        Nothing is ever written: changes live in memory for this session. The folder is still
        locked against a second window where the system allows it.
        """
        data_dir = problem.data_dir
        instance_lock = InstanceLock(data_dir, lock_file=False)
        try:
            instance_lock.acquire()
        except OSError:
            instance_lock.release()
        path = data_dir / PROGRESS_FILE_NAME
        try:
            tables, recovery = load_without_saving(path)
        except BaseException:
            instance_lock.release()
            raise
        options = {"path": path, "state": tables, "saving": False}
        return cls(options, data_dir, learner, instance_lock, recovery, problem)

    @property
    def path(self) -> Path:
        """The progress.json file this store saves to."""
        return self._storage.path

    @property
    def data_dir(self) -> Path:
        """The folder holding progress, its backup and the lock."""
        return self._data_dir

    @property
    def learner(self) -> str:
        """Whose progress this store reads and writes."""
        return self._learner

    @property
    def recovery(self) -> RecoveryNotice | None:
        """What was done about a damaged or missing file at open, or None if all was well."""
        return self._recovery

    @property
    def backup_error(self) -> BaseException | None:
        """Why a backup refreshed later could not be written (the progress itself may still
        save), once ``refresh_backup_soon`` has run; None otherwise."""
        return self._backup_error

    @property
    def backup_notice(self) -> RecoveryNotice | None:
        """Why a backup refreshed later was kept as it was (it holds more progress), once
        ``refresh_backup_soon`` has run; None otherwise."""
        return self._backup_notice

    def refresh_backup_soon(self) -> None:
        """Copy the progress file as it was read at open to the backup, on the writer thread
        (``backup_later``; nothing to do otherwise, or a second time). The rules are those of
        opening: never over a backup with more progress, a damaged backup kept aside; a
        failure is told like a failed save, and ``close`` waits for it."""
        due, self._backup_due = self._backup_due, None
        if due is None:
            return

        def refresh() -> None:
            try:
                self._backup_notice = refresh_backup(due.path, due.raw, due.tables)[1]
            except Exception as error:  # kept for the app: a later good save clears the other
                self._backup_error = error
                raise

        self._storage.run_on_writer(refresh)

    @property
    def saving_problem(self) -> SavingImpossible | None:
        """Why this store does not save at all (opened without saving), or None."""
        return self._saving_problem

    @property
    def last_write_error(self) -> BaseException | None:
        """Why the most recent save failed, or None once a save succeeds."""
        return self._storage.last_write_error

    def unsaved_changes(self) -> UnsavedChanges:
        """What changed since the newest save that reached the disk (empty when all is saved)."""
        return self._changes.unsaved(self._storage.changes_saved)

    def flush(self) -> None:
        """Wait until every change so far has been saved (or its save has failed)."""
        self._storage.flush()

    def close(self) -> None:
        """Save pending changes (and a backup still due), then let another window open the
        folder. Safe to call twice."""
        with self._guard:
            if self._closed:
                return
            self._closed = True
        try:
            self.refresh_backup_soon()  # a learner who quits at once still gets today's backup
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
            document = self._table(SETTINGS_TABLE).get(self._mine(key=key))
            return default if document is None else checked_json_copy(document["value"])

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting; ``value`` must be JSON within the store's limits (else
        TypeError or ValueError, and nothing changes). Values come back as their JSON round
        trip, e.g. tuples as lists."""
        key = _checked_text(key, "key")
        stored = checked_json_copy(value)
        with self._guard:
            self._table(SETTINGS_TABLE).upsert(
                {"learner": self._learner, "key": key, "value": stored}, self._mine(key=key)
            )
            self._note(ChangeKind.SETTING, key)

    def lesson_progress(self, lesson_id: str) -> LessonProgress:
        """Where the learner is in one lesson; a lesson never opened is not started, page 0."""
        with self._guard:
            return lesson_from_document(lesson_id, self._lesson_document(lesson_id))

    def all_lesson_progress(self) -> dict[str, LessonProgress]:
        """Progress for every lesson this learner has opened, keyed by lesson id."""
        with self._guard:
            documents = self._table(LESSONS_TABLE).search(self._mine())
            return {
                document["lesson_id"]: lesson_from_document(document["lesson_id"], document)
                for document in documents
            }

    def set_page(self, lesson_id: str, page: int) -> None:
        """Remember the page being read; the lesson is in progress unless already done."""
        if isinstance(page, bool) or not isinstance(page, int) or not 0 <= page <= LARGEST_COUNT:
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
                key=lambda document: (parse_stamp(document["updated_at"]), document.doc_id),
            )
            return lesson_from_document(latest["lesson_id"], latest)

    def record_answer(
        self,
        lesson_id: str,
        question_id: str,
        picked: Iterable[str],
        correct: bool,
        phase: QuizPhase | str,
    ) -> None:
        """Count one answer to one question in that question's record (see ``answers``)."""
        lesson_id = _checked_text(lesson_id, "lesson_id")
        question = _checked_text(str(question_id), "question_id")
        picked_ids = [_checked_text(str(choice_id), "choice id") for choice_id in picked]
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

    def record_quiz_score(self, lesson_id: str, percent: int, pass_percent: int) -> None:
        """Keep the score of a finished first pass (whole percentages, 0 to 100); only the
        latest SCORES_KEPT_PER_LESSON of a lesson are kept."""
        lesson_id = _checked_text(lesson_id, "lesson_id")
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
        lesson_id = _checked_text(lesson_id, "lesson_id")
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

    def review_cards(self) -> list[ReviewCardRecord]:
        """Every spaced-review card this learner has answered (see review_cards.py)."""
        with self._guard:
            return all_cards(self._table(REVIEW_CARDS_TABLE), self._learner)

    def save_review_card(self, card: ReviewCardRecord) -> None:
        """Keep a question's card after a spaced-review answer; lessons and scores are
        untouched. ValueError (nothing changed) for a field the file could not hold."""
        with self._guard:
            save_card(self._table(REVIEW_CARDS_TABLE), self._learner, card)
            self._note(ChangeKind.ANSWER, card.lesson_id)

    def save_worksheet_answer(self, lesson_id: str, prompt_id: str, text: str) -> None:
        """Keep what the learner wrote for one worksheet prompt (see worksheet_answers)."""
        keys = _checked_text(lesson_id, "lesson_id"), _checked_text(prompt_id, "prompt_id")
        answer = _checked_text(worksheet_answers.checked_answer(text), "answer")
        with self._guard:
            if worksheet_answers.save_answer(
                self._table(WORKSHEET_ANSWERS_TABLE),
                self._learner,
                *keys,
                answer,
                stamp_to_the_second(),
            ):
                self._note(ChangeKind.WORKSHEET, keys[0])

    def worksheet_answers(self, lesson_id: str | None = None) -> list[WorksheetAnswer]:
        """The learner's worksheet answers, of one lesson or of every lesson."""
        with self._guard:
            return worksheet_answers.answers(
                self._table(WORKSHEET_ANSWERS_TABLE), self._learner, lesson_id
            )

    def _table(self, name: str) -> Table:
        if self._closed:
            raise RuntimeError("The progress store is closed.")
        return self._db.table(name, cache_size=0)

    def _mine(self, **fields: str) -> QueryInstance:
        return Query().fragment({"learner": self._learner, **fields})

    def _note(self, kind: ChangeKind, subject: str) -> None:
        self._changes.record(self._storage.changes_made, kind, subject, self._storage.changes_saved)

    def _lesson_document(self, lesson_id: str) -> Document | None:
        return self._table(LESSONS_TABLE).get(self._mine(lesson_id=lesson_id))

    def _update_lesson(
        self,
        lesson_id: str,
        *,
        status: LessonStatus | None = None,
        page: int | None = None,
        place: LessonPlace | None = None,
    ) -> None:
        lesson_id = _checked_text(lesson_id, "lesson_id")
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
            self._mine(lesson_id=lesson_id),
        )
        self._note(ChangeKind.LESSON, lesson_id)


def _checked_text(value: Any, name: str) -> str:
    """``value`` if it is text the file can hold, else TypeError or ValueError."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be text, not {type(value).__name__}")
    checked_json_copy(value)
    return value
