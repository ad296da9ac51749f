"""Keeps a second copy of the app from opening the same progress folder.

Two windows saving the same progress file would silently overwrite each
other's work. An operating-system file lock is released automatically if the
app crashes, so a stale lock can never keep the learner out.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from iop_course.store.durable_write import PRIVATE_FILE_MODE, make_private
from iop_course.store.errors import StoreLocked

LOCK_FILE_NAME = "progress.lock"


class InstanceLock:
    """Exclusive, non-waiting hold on a progress folder for the lifetime of one store."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.lock_path = self.data_dir / LOCK_FILE_NAME
        self._file_lock = FileLock(
            str(self.lock_path), timeout=0, mode=PRIVATE_FILE_MODE, thread_local=False
        )

    @property
    def is_held(self) -> bool:
        """Whether this object currently holds the folder."""
        return self._file_lock.is_locked

    def acquire(self) -> None:
        """Take the folder at once, or raise StoreLocked if another window has it."""
        try:
            self._file_lock.acquire(timeout=0)
        except Timeout as error:
            raise StoreLocked(self.data_dir) from error
        make_private(self.lock_path)

    def release(self) -> None:
        """Let another window open the folder; harmless if not held."""
        if self._file_lock.is_locked:
            self._file_lock.release(force=True)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
