"""The careful steps that turn a folder on disk into the progress the store works with.

Order matters here: links and the folder are checked before anything is written, leftover
temporary files are removed, a damaged file is moved aside before a fresh one can replace it,
the version is checked before anything could overwrite a newer file, the backup is refreshed
only from a file that has just been read successfully (and never with less progress), and
something is always written at once (the backup, or the restored or upgraded progress), so a
disk that cannot take a save is found now, while the learner can still be told, rather than
silently later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from iop_course.files.durable_write import write_file_atomically
from iop_course.files.plain_file import NotAPlainFile, read_plain_file
from iop_course.store.data_folder import (
    can_read_progress_in,
    check_folder_for_saving,
    create_private_folder,
    refuse_links_of_other_users,
    remove_leftover_temp_files,
)
from iop_course.store.errors import DamagedProgressFile
from iop_course.store.recovery import (
    RecoveryNotice,
    read_without_changing,
    recover_damaged_file,
    refresh_backup,
    restore_missing_file,
)
from iop_course.store.saving_problems import (
    SavingImpossible,
    SavingProblem,
    problem_from_os_error,
)
from iop_course.store.schema import SCHEMA_VERSION, Tables, migrate_to_current
from iop_course.store.validation import read_progress_bytes


def prepare_folder_for_saving(data_dir: Path) -> None:
    """Create the progress folder privately if needed, or raise SavingImpossible saying why
    progress cannot be saved there."""
    refuse_links_of_other_users(data_dir)
    if not data_dir.exists() and not data_dir.is_symlink():
        create_private_folder(data_dir)
    check_folder_for_saving(data_dir)


@dataclass(frozen=True)
class BackupDue:
    """A progress file that read fine at open, to be copied to the backup later
    (``refresh_backup``): the bytes read and their tables in the current layout."""

    path: Path
    raw: bytes
    tables: Tables


def load_for_saving(
    path: Path, backup_later: bool = False
) -> tuple[Tables, RecoveryNotice | None, BackupDue | None]:
    """Read, check, recover, back up, upgrade and save the progress at ``path``.

    Must be called while holding the folder's InstanceLock. Raises SavingImpossible when a
    write fails (saying whether the progress can still be read) or when something other than a
    file is at ``path`` (a folder, a named pipe, a link: left as it is, the progress then read
    from the backup without saving), and UnsupportedProgressVersion for a file from a newer
    app, left untouched. With ``backup_later``, a file that read fine in the current format is
    not copied to the backup now: the ``BackupDue`` returned says what to copy, once the
    learner's first screen is drawn (reading the backup to compare was most of the cost of
    opening two years of progress). A file restored, recovered or upgraded is written at once.
    """
    data_dir = path.parent
    try:
        remove_leftover_temp_files(data_dir)
        raw = read_plain_file(path, make_private=True)
    except NotAPlainFile as error:
        raise SavingImpossible(
            SavingProblem.NOT_A_FILE, path, data_dir, True, detail=error.kind
        ) from error
    except PermissionError as error:
        raise SavingImpossible(SavingProblem.UNREADABLE, path, data_dir) from error
    try:
        if raw is None:
            notice, stored = restore_missing_file(path)
        else:
            try:
                stored = read_progress_bytes(path, raw)
            except DamagedProgressFile as damage:
                notice, stored = recover_damaged_file(path, damage.reason)
                raw = None
        tables = migrate_to_current(stored.tables, stored.version)
        if raw is not None and backup_later and stored.version == SCHEMA_VERSION:
            return tables, None, BackupDue(path, raw, tables)
        backup_written = False
        if raw is not None:
            backup_written, notice = refresh_backup(path, raw, tables)
        if not backup_written or stored.version != SCHEMA_VERSION:
            write_file_atomically(path, encode_progress(tables))
    except OSError as error:
        problem = problem_from_os_error(error, data_dir, data_dir)
        raise problem.readable(can_read_progress_in(data_dir)) from error
    return tables, notice, None


def load_without_saving(path: Path) -> tuple[Tables, RecoveryNotice | None]:
    """Read and check the progress at ``path`` without changing anything on disk."""
    notice, stored = read_without_changing(path)
    return migrate_to_current(stored.tables, stored.version), notice


def encode_progress(tables: Tables) -> bytes:
    """The bytes of a progress file, as the background writer also makes them."""
    return json.dumps(tables, ensure_ascii=False).encode("utf-8")
