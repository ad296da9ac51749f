"""Keeps a second copy of the app from opening the same progress folder.

Two windows saving the same progress file would silently overwrite each
other's work. An operating-system file lock is released automatically if the
app crashes, so a stale lock can never keep the learner out.

The lock is the operating system's own (``flock`` on POSIX, ``msvcrt.locking``
on Windows), taken without waiting. It replaced the filelock package: that
package's import alone took about a twentieth of the app's whole start-up
budget, for the one call made here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from iop_course.store.durable_write import PRIVATE_FILE_MODE, make_private
from iop_course.store.errors import StoreLocked

LOCK_FILE_NAME = "progress.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class InstanceLock:
    """Exclusive, non-waiting hold on a progress folder for the lifetime of one store."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self.lock_path = self.data_dir / LOCK_FILE_NAME
        self._descriptor: int | None = None

    @property
    def is_held(self) -> bool:
        """Whether this object currently holds the folder."""
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the folder at once, or raise StoreLocked if another window has it."""
        if self._descriptor is not None:
            return
        descriptor = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise StoreLocked(self.data_dir)
        self._descriptor = descriptor
        make_private(self.lock_path)

    def release(self) -> None:
        """Let another window open the folder; harmless if not held."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        try:
            _unlock(descriptor)
        finally:
            os.close(descriptor)

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
