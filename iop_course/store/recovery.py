"""What happens when the progress file cannot be read.

A damaged progress file is never overwritten or thrown away: the learner (or
someone helping them) may be able to rescue it. It is moved aside under a
dated name, the last good backup is put in its place if there is one, and the
learner is told in plain words what happened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from iop_course.store.atomic_storage import parse_progress_bytes
from iop_course.store.durable_write import fsync_directory, make_private, write_file_atomically
from iop_course.store.errors import DamagedProgressFile

BACKUP_FILE_NAME = "progress.backup.json"
DAMAGED_FILE_STEM = "progress.damaged"


@dataclass(frozen=True)
class RecoveryNotice:
    """What the store did about a damaged progress file, so the app can tell the learner."""

    damaged_copy: Path
    restored_from_backup: bool
    reason: str

    def message(self) -> str:
        """Plain words for the learner: where the old file is and what they will see now."""
        kept = (
            f"Your progress file could not be read, so it was kept safe at {self.damaged_copy}."
        )
        if self.restored_from_backup:
            return f"{kept} We restored your progress from the last backup."
        return f"{kept} We started fresh progress."


def backup_path_for(progress_path: Path) -> Path:
    """The backup that sits next to a progress file."""
    return progress_path.with_name(BACKUP_FILE_NAME)


def choose_damaged_copy_path(folder: Path, when: datetime) -> Path:
    """A dated name for a damaged file that does not clash with an earlier one.

    The date tells a helper when things went wrong; ``-1``, ``-2``... keep two
    failures within the same second from overwriting each other.
    """
    stem = f"{DAMAGED_FILE_STEM}-{when:%Y%m%d-%H%M%S}"
    candidate = folder / f"{stem}.json"
    counter = 0
    while candidate.exists():
        counter += 1
        candidate = folder / f"{stem}-{counter}.json"
    return candidate


def recover_damaged_file(progress_path: Path, reason: str) -> RecoveryNotice:
    """Move a damaged progress file aside and restore the last good backup if it reads.

    The move is a rename, so the damaged bytes are kept exactly as they were.
    Must only be called while holding the folder's InstanceLock.
    """
    folder = progress_path.parent
    damaged_copy = choose_damaged_copy_path(folder, datetime.now())
    os.replace(progress_path, damaged_copy)
    make_private(damaged_copy)
    fsync_directory(folder)
    backup = _read_good_backup(backup_path_for(progress_path))
    if backup is not None:
        write_file_atomically(progress_path, backup)
    return RecoveryNotice(
        damaged_copy=damaged_copy,
        restored_from_backup=backup is not None,
        reason=reason,
    )


def make_backup(progress_path: Path) -> None:
    """Copy a progress file that just opened fine to the backup, atomically.

    Called only after a successful open, so the backup is always the last file
    that was known to be good, never a damaged one.
    """
    write_file_atomically(backup_path_for(progress_path), progress_path.read_bytes())


def _read_good_backup(backup: Path) -> bytes | None:
    try:
        raw = backup.read_bytes()
        has_progress = bool(parse_progress_bytes(backup, raw))
    except (OSError, DamagedProgressFile):
        return None
    return raw if has_progress else None
