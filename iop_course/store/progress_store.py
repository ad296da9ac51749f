"""The one object the app uses to remember a learner's progress between sessions.

It ties the pieces together: a private folder, a lock so only one window uses it, a whole-file
check before anything is used, recovery from a damaged or missing file, schema upgrades, and
crash-safe background saving (progress_files.py), the quiz records (quiz_progress.py), and here
opening, settings, lesson places, review cards and worksheet answers. Reads never touch the
disk and writes return at once, so screens can call it freely without freezing.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb.table import Document

from iop_course.store import worksheet_answers
from iop_course.store.atomic_storage import WriteErrorCallback
from iop_course.store.documents import lesson_from_document, stamp_to_the_second
from iop_course.store.instance_lock import InstanceLock
from iop_course.store.json_limits import checked_json_copy, checked_text
from iop_course.store.opening import (
    load_for_saving,
    load_without_saving,
    prepare_folder_for_saving,
)
from iop_course.store.paths import PROGRESS_FILE_NAME
from iop_course.store.quiz_progress import QuizProgress
from iop_course.store.records import LessonPlace, LessonProgress, LessonStatus
from iop_course.store.review_cards import (
    REVIEW_CARDS_TABLE,
    ReviewCardRecord,
    all_cards,
    save_card,
)
from iop_course.store.saving_problems import SavingImpossible
from iop_course.store.schema import LESSONS_TABLE, SETTINGS_TABLE
from iop_course.store.timestamps import parse_stamp
from iop_course.store.unsaved_changes import ChangeKind
from iop_course.store.validation import LARGEST_COUNT
from iop_course.store.worksheet_answers import WORKSHEET_ANSWERS_TABLE, WorksheetAnswer

DEFAULT_LEARNER = "me"


class ProgressStore(QuizProgress):
    """A learner's lesson progress, quiz results, quiz sessions and settings.

    Create it with ``ProgressStore.open`` (or ``open_without_saving``); close it (or use
    ``with``) so the last changes reach the disk and another window may open the folder. All
    methods are thread-safe. ``on_write_error`` is called on the background writer thread when
    a save fails.
    """

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
        key = checked_text(key, "key")
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
        keys = checked_text(lesson_id, "lesson_id"), checked_text(prompt_id, "prompt_id")
        answer = checked_text(worksheet_answers.checked_answer(text), "answer")
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
        lesson_id = checked_text(lesson_id, "lesson_id")
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
