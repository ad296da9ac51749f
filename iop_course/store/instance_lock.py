"""Keeps a second copy of the app from opening the same progress folder.

Two windows saving the same progress file would silently overwrite each
other's work. An operating-system file lock is released automatically if the
app crashes, so a stale lock can never keep the learner out.

The lock is the operating system's own (``flock`` on POSIX, ``msvcrt.locking``
on Windows), taken without waiting. On POSIX the folder itself is locked as well
as progress.lock: a lock file can be deleted while the app runs, and a second
copy would then lock a new file and get in, but the folder cannot be swapped
while it holds the progress. progress.lock is still taken, so a copy of an
older version, which only knows the lock file, is kept out too. It replaced the filelock package,
whose import cost a real share of the app's start-up for the one call made here (measured by
benchmarks/startup.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from iop_course.files.durable_write import PRIVATE_FILE_MODE, make_private
from iop_course.store.errors import StoreLocked
from iop_course.store.saving_problems import SavingImpossible, SavingProblem

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
    """Exclusive, non-waiting hold on a progress folder for the lifetime of one store.

    With ``lock_file=False`` only the folder is locked (POSIX), so a folder the learner can
    read but not write can still be held while the course is used without saving.
    """

    def __init__(self, data_dir: Path | str, lock_file: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.lock_path = self.data_dir / LOCK_FILE_NAME
        self._use_lock_file = lock_file
        self._descriptors: list[int] = []

    @property
    def is_held(self) -> bool:
        """Whether this object currently holds the folder."""
        return bool(self._descriptors)

    def acquire(self) -> None:
        """Take the folder at once, or raise StoreLocked if another window has it.

        Raises SavingImpossible (LOCK_UNWRITABLE) when the lock file cannot be opened.
        """
        if self._descriptors:
            return
        try:
            if sys.platform != "win32":
                self._take(os.open(self.data_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)))
            if self._use_lock_file:
                self._take(self._open_lock_file())
                make_private(self.lock_path)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Let another window open the folder; harmless if not held."""
        descriptors, self._descriptors = self._descriptors, []
        for descriptor in reversed(descriptors):
            try:
                _unlock(descriptor)
            finally:
                os.close(descriptor)

    def _open_lock_file(self) -> int:
        try:
            return os.open(self.lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except PermissionError as error:
            raise SavingImpossible(
                SavingProblem.LOCK_UNWRITABLE,
                self.lock_path,
                self.data_dir,
                can_open_without_saving=True,
            ) from error

    def _take(self, descriptor: int) -> None:
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise StoreLocked(self.data_dir)
        self._descriptors.append(descriptor)

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
