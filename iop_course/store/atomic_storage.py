"""A TinyDB storage that keeps progress in memory and saves it safely in the background.

TinyDB's own JSONStorage rewrites the file in place on every change, on the
caller's thread. In a terminal UI that means a slow disk freezes the screen,
and a crash mid-write can destroy all progress. This storage answers reads
from memory, and hands each change to one writer thread that replaces the file
atomically, skipping snapshots that a newer one has already superseded.
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

from iop_course.store.durable_write import write_file_atomically
from iop_course.store.errors import DamagedProgressFile

WriteErrorCallback = Callable[[BaseException], None]

_log = logging.getLogger(__name__)


def parse_progress_bytes(path: Path, raw: bytes) -> dict[str, Any]:
    """Decode the bytes of a progress file, or explain why they are not usable.

    An empty file counts as "no progress yet". Anything that is not UTF-8 JSON
    shaped like TinyDB's layout (an object of tables, each an object of
    documents, each an object) raises DamagedProgressFile with a reason.
    """
    if not raw.strip():
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DamagedProgressFile(path, f"it is not valid text ({error.reason})") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DamagedProgressFile(path, f"it is not valid JSON ({error.msg})") from error
    if not isinstance(data, dict):
        raise DamagedProgressFile(path, "it does not contain a JSON object")
    for table_name, table in data.items():
        if not isinstance(table, dict) or not all(
            isinstance(document, dict) for document in table.values()
        ):
            raise DamagedProgressFile(path, f"the {table_name!r} section has the wrong shape")
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage with in-memory reads and ordered, coalesced, atomic background writes.

    Every ``write`` is serialised on the caller's thread, so the snapshot is
    consistent and unserialisable data fails right where it was passed in.
    The disk I/O happens on a single writer thread; while it is busy, newer
    snapshots replace older pending ones, so only the newest is written next.
    That thread belongs to a ThreadPoolExecutor, which Python joins at exit,
    so saves still pending when the app exits without ``close`` are finished.
    """

    def __init__(self, path: Path | str, on_write_error: WriteErrorCallback | None = None) -> None:
        self.path = Path(path)
        self.on_write_error = on_write_error
        self.last_write_error: BaseException | None = None
        self._snapshot = json.dumps(self._load_from_disk(), ensure_ascii=False)
        self._condition = threading.Condition()
        self._submitted_generation = 0
        self._attempted_generation = 0
        self._drain_scheduled = False
        self._closed = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="iop-progress-writer")

    def _load_from_disk(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        return parse_progress_bytes(self.path, raw)

    def read(self) -> dict[str, Any]:
        """Return a private deep copy of the current data, without touching the disk."""
        with self._condition:
            snapshot = self._snapshot
        return json.loads(snapshot)

    def write(self, data: dict[str, Any]) -> None:
        """Make ``data`` the current state at once and schedule it to be saved.

        Returns before the disk is touched; use ``flush`` to wait for the save.
        """
        snapshot = json.dumps(data, ensure_ascii=False)
        with self._condition:
            if self._closed:
                raise RuntimeError(f"The progress storage for {self.path} is closed.")
            self._snapshot = snapshot
            self._submitted_generation += 1
            if not self._drain_scheduled:
                self._drain_scheduled = True
                self._writer.submit(self._drain_pending_writes)

    def flush(self) -> None:
        """Wait until every snapshot written so far has been saved (or has failed to save).

        A failure does not raise here; it is kept in ``last_write_error`` and
        reported through ``on_write_error``.
        """
        with self._condition:
            target = self._submitted_generation
            self._condition.wait_for(lambda: self._attempted_generation >= target)

    def close(self) -> None:
        """Save everything still pending, then stop the writer thread.

        If the most recent save failed, the newest snapshot is tried once more,
        because after close nothing else will ever write it.
        """
        with self._condition:
            if self._closed:
                return
        self.flush()
        if self.last_write_error is not None:
            self.write(self.read())
            self.flush()
        with self._condition:
            self._closed = True
        self._writer.shutdown(wait=True)

    def _drain_pending_writes(self) -> None:
        while True:
            with self._condition:
                if self._attempted_generation >= self._submitted_generation:
                    self._drain_scheduled = False
                    return
                snapshot = self._snapshot
                generation = self._submitted_generation
            try:
                self._save(snapshot)
            finally:
                with self._condition:
                    self._attempted_generation = generation
                    self._condition.notify_all()

    def _save(self, snapshot: str) -> None:
        try:
            write_file_atomically(self.path, snapshot.encode("utf-8"))
        except Exception as error:  # any failure must reach the learner, never vanish
            self.last_write_error = error
            _log.error("Could not save progress to %s: %s", self.path, error)
            self._report_write_error(error)
        else:
            self.last_write_error = None

    def _report_write_error(self, error: BaseException) -> None:
        if self.on_write_error is None:
            return
        try:
            self.on_write_error(error)
        except Exception:  # a broken callback must not stop future saves
            _log.exception("The on_write_error callback failed")
