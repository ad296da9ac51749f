"""A TinyDB storage that keeps progress in memory and saves it safely in the background.

TinyDB's own JSONStorage reads and rewrites the whole file on every call, on the caller's
thread. In a terminal UI that means every page turn decodes and encodes years of progress, a
slow disk freezes the screen, and a crash mid-write can destroy all progress. This storage
holds the working state in memory as plain dicts (TinyDB reads and updates them in place, under
``lock``), and one writer thread encodes the newest state and replaces the file atomically,
skipping states that a newer one has already superseded.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from iop_course.files.durable_write import write_file_atomically

WriteErrorCallback = Callable[[BaseException], None]

_log = logging.getLogger(__name__)


class AtomicJSONStorage(Storage):
    """TinyDB storage with in-memory state and ordered, coalesced, atomic background saves.

    ``read`` returns the live state itself, not a copy: whoever reads or changes it must hold
    ``lock`` (the ProgressStore does, around every TinyDB call), and must not keep references
    to nested values. The writer thread takes the same lock only while it encodes the state to
    JSON, so a save always holds one consistent state. That thread belongs to a
    ThreadPoolExecutor, which Python joins at exit, so saves still pending when the app exits
    without ``close`` are finished. With ``saving=False`` nothing is ever written: the learner
    chose to use the course without saving.
    """

    def __init__(
        self,
        path: Path | str,
        state: dict[str, Any],
        on_write_error: WriteErrorCallback | None = None,
        saving: bool = True,
    ) -> None:
        self.path = Path(path)
        self.on_write_error = on_write_error
        self.saving = saving
        self.last_write_error: BaseException | None = None
        self.lock = threading.RLock()
        self._state = state
        self._condition = threading.Condition(self.lock)
        self._submitted_generation = 0
        self._attempted_generation = 0
        self._saved_generation = 0
        self._drain_scheduled = False
        self._closed = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="iop-progress-writer")

    @property
    def changes_made(self) -> int:
        """How many times the state has changed since it was opened."""
        return self._submitted_generation

    @property
    def changes_saved(self) -> int:
        """How many of those changes are on disk (the newest saved state includes them all)."""
        return self._saved_generation

    def read(self) -> dict[str, Any]:
        """The live state, without touching the disk; hold ``lock`` while using it."""
        return self._state

    def write(self, data: dict[str, Any]) -> None:
        """Make ``data`` the current state at once and schedule it to be saved.

        Returns before anything is encoded or written; use ``flush`` to wait for the save.
        """
        with self._condition:
            if self._closed:
                raise RuntimeError(f"The progress storage for {self.path} is closed.")
            self._state = data
            self._submitted_generation += 1
            if self.saving and not self._drain_scheduled:
                self._drain_scheduled = True
                self._writer.submit(self._drain_pending_writes)

    def flush(self) -> None:
        """Wait until every change made so far has been saved (or has failed to save).

        A failure does not raise here; it is kept in ``last_write_error`` and
        reported through ``on_write_error``.
        """
        if not self.saving:
            return
        with self._condition:
            target = self._submitted_generation
            self._condition.wait_for(lambda: self._attempted_generation >= target)

    def close(self) -> None:
        """Save everything still pending, then stop the writer thread.

        If the most recent save failed, the newest state is tried once more,
        because after close nothing else will ever write it.
        """
        with self._condition:
            if self._closed:
                return
        self.flush()
        if self.last_write_error is not None:
            self.write(self._state)
            self.flush()
        with self._condition:
            self._closed = True
        self._writer.shutdown(wait=True)

    def run_on_writer(self, job: Callable[[], None]) -> None:
        """Run ``job`` on the writer thread, after the saves already asked for; a failure is
        reported as a failed save. ``close`` waits for it, so nothing it writes comes after."""
        with self._condition:
            if self._closed or not self.saving:
                return
            self._writer.submit(self._run_job, job)

    def _run_job(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception as error:  # any failure must reach the learner, never vanish
            self.last_write_error = error
            _log.error("Could not write beside %s: %s", self.path, error)
            self._report_write_error(error)

    def _drain_pending_writes(self) -> None:
        while True:
            with self._condition:
                if self._attempted_generation >= self._submitted_generation:
                    self._drain_scheduled = False
                    return
                generation = self._submitted_generation
                try:
                    encoded: bytes | BaseException = json.dumps(
                        self._state, ensure_ascii=False
                    ).encode("utf-8")
                except Exception as error:  # must reach the learner like any failed save
                    encoded = error
            try:
                self._save(encoded, generation)
            finally:
                with self._condition:
                    self._attempted_generation = generation
                    self._condition.notify_all()

    def _save(self, encoded: bytes | BaseException, generation: int) -> None:
        try:
            if isinstance(encoded, BaseException):
                raise encoded
            write_file_atomically(self.path, encoded)
        except Exception as error:  # any failure must reach the learner, never vanish
            self.last_write_error = error
            _log.error("Could not save progress to %s: %s", self.path, error)
            self._report_write_error(error)
        else:
            self.last_write_error = None
            self._saved_generation = generation

    def _report_write_error(self, error: BaseException) -> None:
        if self.on_write_error is None:
            return
        try:
            self.on_write_error(error)
        except Exception:  # a broken callback must not stop future saves
            _log.exception("The on_write_error callback failed")
