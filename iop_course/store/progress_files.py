"""The part of the progress store that owns the file: its lock, backup, saving and closing.

ProgressStore (progress_store.py) is built on it, with the learner's records on top; keeping
the file's life apart keeps each part small enough to read in one go. The working state lives
in memory (TinyDB over AtomicJSONStorage): reads never touch the disk and writes return at
once, leaving the JSON encoding and the disk to the writer thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from tinydb import Query, TinyDB
from tinydb.queries import QueryInstance
from tinydb.table import Table

from iop_course.store.atomic_storage import AtomicJSONStorage
from iop_course.store.instance_lock import InstanceLock
from iop_course.store.opening import BackupDue
from iop_course.store.recovery import RecoveryNotice, refresh_backup
from iop_course.store.saving_problems import SavingImpossible
from iop_course.store.schema import LESSONS_TABLE
from iop_course.store.timestamps import MonotonicUtcClock
from iop_course.store.unsaved_changes import ChangeKind, ChangeLog, UnsavedChanges


class ProgressFiles:
    """The progress file of one learner's folder, held open: its lock, its backup refreshed
    later, its saving and its closing, and the tables the records are kept in.

    Not used alone: ``ProgressStore.open`` builds one. Every method is thread-safe.
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
            document["updated_at"] for document in self._documents(LESSONS_TABLE).values()
        )

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

    def _table(self, name: str) -> Table:
        if self._closed:
            raise RuntimeError("The progress store is closed.")
        return self._db.table(name, cache_size=0)

    def _documents(self, name: str) -> dict[str, dict[str, Any]]:
        """A table's documents by id, live: read them under ``_guard`` and change nothing (for
        reads of a whole table too large to go through TinyDB's search)."""
        self._table(name)  # a closed store is refused as for any other read
        documents: dict[str, dict[str, Any]] = self._storage.read().get(name, {})
        return documents

    def _mine(self, **fields: str) -> QueryInstance:
        return Query().fragment({"learner": self._learner, **fields})

    def _note(self, kind: ChangeKind, subject: str) -> None:
        self._changes.record(self._storage.changes_made, kind, subject, self._storage.changes_saved)
