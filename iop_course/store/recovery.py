"""What happens when the progress file is damaged or missing, and how the backup is kept.

A damaged file is never overwritten or thrown away: the learner (or someone helping them) may be
able to rescue it. It is moved aside under a dated name, the last good backup is used if there
is one, and the learner is told in plain words. A missing file is noticed and restored from the
backup. The backup is only ever replaced by a file with at least as much progress, so deleting
or emptying progress.json can never wipe the backup too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from iop_course.files.durable_write import fsync_directory, make_private, write_file_atomically
from iop_course.files.plain_file import NotAPlainFile, read_plain_file
from iop_course.i18n import N_, _
from iop_course.store.errors import DamagedProgressFile, UnsupportedProgressVersion
from iop_course.store.schema import Tables, migrate_to_current, progress_amount
from iop_course.store.validation import StoredProgress, read_progress_bytes

BACKUP_FILE_NAME = "progress.backup.json"
DAMAGED_FILE_STEM = "progress.damaged"
DAMAGED_BACKUP_STEM = "progress.backup.damaged"


class RecoveryKind(str, Enum):
    """What was found at open: a damaged file, a missing one, a fuller backup, or (without
    saving) a damaged file left where it is."""

    DAMAGED = "damaged"
    MISSING = "missing"
    BACKUP_KEPT = "backup_kept"
    DAMAGED_LEFT = "damaged_left"


@dataclass(frozen=True)
class RecoveryNotice:
    """What the store did about a damaged or missing progress file, so the app can tell."""

    damaged_copy: Path | None
    restored_from_backup: bool
    reason: str
    kind: RecoveryKind = RecoveryKind.DAMAGED
    progress_file: Path | None = None

    def message(self) -> str:
        """Plain words for the learner, in the learner's language: what happened, where the
        files are, what they see now."""
        backup = _("We restored your progress from the last backup.")
        fresh = _("We started fresh progress.")
        if self.kind is RecoveryKind.MISSING:
            found = _("Your progress file {path} was missing.").format(path=self.progress_file)
            if self.restored_from_backup:
                return f"{found} {backup}"
            kept_at = _(
                "Its backup could not be read either, so the backup was kept safe at {path}."
            ).format(path=self.damaged_copy)
            return f"{found} {kept_at} {fresh}"
        if self.kind is RecoveryKind.BACKUP_KEPT:
            return _(
                "Your backup {backup} holds more progress than your progress file {path}, so the "
                "backup was kept as it is. To go back to it, quit IOP Course and copy the backup "
                "over the progress file."
            ).format(backup=self.damaged_copy, path=self.progress_file)
        if self.kind is RecoveryKind.DAMAGED_LEFT:
            shown = (
                _("You are seeing the progress in its backup.")
                if self.restored_from_backup
                else _("You are starting with no progress.")
            )
            left = _(
                "Your progress file {path} could not be read ({reason}). It was left as it is."
            )
            return f"{left.format(path=self.progress_file, reason=_(self.reason))} {shown}"
        kept = _("Your progress file could not be read, so it was kept safe at {path}.").format(
            path=self.damaged_copy
        )
        return f"{kept} {backup}" if self.restored_from_backup else f"{kept} {fresh}"


@dataclass(frozen=True)
class Backup:
    """The backup as found on disk: ``stored`` when it reads fine, ``damage`` when it does not,
    ``newer`` when a newer app wrote it (this app can neither use nor judge it)."""

    path: Path
    stored: StoredProgress | None = None
    damage: str | None = None
    newer: bool = False

    @property
    def progress(self) -> int:
        """How much progress it holds (0 when it cannot be used)."""
        if self.stored is None:
            return 0
        return progress_amount(migrate_to_current(self.stored.tables, self.stored.version))


def backup_path_for(progress_path: Path) -> Path:
    """The backup that sits next to a progress file."""
    return progress_path.with_name(BACKUP_FILE_NAME)


def read_backup(progress_path: Path) -> Backup:
    """The backup next to ``progress_path``; a missing or newer-format one is just not usable,
    and a folder, named pipe or link in its place counts as a damaged one."""
    path = backup_path_for(progress_path)
    try:
        raw = read_plain_file(path)
        return Backup(path) if raw is None else Backup(path, stored=read_progress_bytes(path, raw))
    except NotAPlainFile as error:
        return Backup(path, damage=error.reason)
    except DamagedProgressFile as damage:
        return Backup(path, damage=damage.reason)
    except UnsupportedProgressVersion:
        return Backup(path, newer=True)
    except OSError:
        return Backup(path)


def choose_damaged_copy_path(folder: Path, when: datetime, stem: str = DAMAGED_FILE_STEM) -> Path:
    """A dated name for a damaged file that does not clash with an earlier one.

    The date tells a helper when things went wrong; ``-1``, ``-2``... keep two
    failures within the same second from overwriting each other.
    """
    stem = f"{stem}-{when:%Y%m%d-%H%M%S}"
    candidate = folder / f"{stem}.json"
    counter = 0
    while candidate.exists():
        counter += 1
        candidate = folder / f"{stem}-{counter}.json"
    return candidate


def keep_aside(path: Path, stem: str) -> Path:
    """Rename a damaged file to a dated name beside it, byte for byte, and make it private."""
    copy = choose_damaged_copy_path(path.parent, datetime.now(), stem)
    os.replace(path, copy)
    make_private(copy)
    fsync_directory(path.parent)
    return copy


def recover_damaged_file(progress_path: Path, reason: str) -> tuple[RecoveryNotice, StoredProgress]:
    """Move a damaged progress file aside and use the last good backup if there is one.

    Must only be called while holding the folder's InstanceLock.
    """
    damaged_copy = keep_aside(progress_path, DAMAGED_FILE_STEM)
    backup = read_backup(progress_path)
    usable = backup.stored is not None and backup.progress > 0
    notice = RecoveryNotice(
        damaged_copy=damaged_copy,
        restored_from_backup=usable,
        reason=reason,
        progress_file=progress_path,
    )
    return notice, backup.stored if usable and backup.stored else StoredProgress(0, {})


def restore_missing_file(progress_path: Path) -> tuple[RecoveryNotice | None, StoredProgress]:
    """When progress.json is gone, use its backup and say so; silent on a true first run."""
    backup = read_backup(progress_path)
    if backup.damage is not None:
        copy = keep_aside(backup.path, DAMAGED_BACKUP_STEM)
        return RecoveryNotice(
            copy, False, backup.damage, RecoveryKind.MISSING, progress_path
        ), StoredProgress(0, {})
    if backup.stored is None or backup.progress == 0:
        return None, StoredProgress(0, {})
    return RecoveryNotice(
        None, True, N_("the file was missing"), RecoveryKind.MISSING, progress_path
    ), backup.stored


def refresh_backup(
    progress_path: Path, raw: bytes, current: Tables
) -> tuple[bool, RecoveryNotice | None]:
    """Copy a progress file that just read fine to the backup, unless the backup holds more.

    ``current`` is the file's tables in the current layout. Returns whether the backup was
    written, and a notice for the learner if they should know why not. A damaged backup is
    kept aside first. A backup with more progress stays as it is, and the notice tells the
    learner, so replacing it is their choice; one from a newer app is left alone too.
    """
    backup = read_backup(progress_path)
    if backup.newer:
        return False, None
    if backup.damage is not None:
        keep_aside(backup.path, DAMAGED_BACKUP_STEM)
    elif backup.progress > progress_amount(current):
        return False, RecoveryNotice(
            backup.path,
            False,
            N_("the backup holds more progress"),
            RecoveryKind.BACKUP_KEPT,
            progress_path,
        )
    write_file_atomically(backup.path, raw)
    return True, None


def read_without_changing(progress_path: Path) -> tuple[RecoveryNotice | None, StoredProgress]:
    """Read progress where nothing may be written: a damaged or missing file falls back to the
    backup in memory only, and the damaged file (or the folder, pipe or link in its place) is
    left where it is."""
    try:
        raw = read_plain_file(progress_path)
        if raw is None:
            backup = read_backup(progress_path)
            return None, backup.stored or StoredProgress(0, {})
        return None, read_progress_bytes(progress_path, raw)
    except (DamagedProgressFile, NotAPlainFile) as damage:
        backup = read_backup(progress_path)
        notice = RecoveryNotice(
            None, backup.stored is not None, damage.reason, RecoveryKind.DAMAGED_LEFT, progress_path
        )
        return notice, backup.stored or StoredProgress(0, {})
