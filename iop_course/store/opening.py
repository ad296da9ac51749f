"""The careful steps that turn a folder on disk into an open progress database.

Order matters here: the folder is made private before anything is written,
a damaged file is moved aside before a fresh one can replace it, the version
is checked before anything could overwrite a newer file, and the backup is
refreshed only from a file that has just been read successfully.
"""

from __future__ import annotations

from pathlib import Path

from tinydb import TinyDB

from iop_course.store.atomic_storage import AtomicJSONStorage, WriteErrorCallback
from iop_course.store.durable_write import PRIVATE_DIR_MODE, make_private
from iop_course.store.errors import DamagedProgressFile
from iop_course.store.recovery import RecoveryNotice, make_backup, recover_damaged_file
from iop_course.store.schema import migrate_to_current, stored_schema_version


def prepare_private_folder(data_dir: Path) -> None:
    """Create the progress folder if needed and make sure only its owner can enter it."""
    data_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    make_private(data_dir, PRIVATE_DIR_MODE)


def open_progress_database(
    path: Path, on_write_error: WriteErrorCallback | None
) -> tuple[TinyDB, RecoveryNotice | None]:
    """Open ``path`` with AtomicJSONStorage, recovering, backing up and upgrading it as needed.

    Must be called while holding the folder's InstanceLock. Returns the
    database and, if the file was damaged, what was done about it.
    """
    make_private(path)
    recovery = None
    try:
        db = TinyDB(path, storage=AtomicJSONStorage, on_write_error=on_write_error)
    except DamagedProgressFile as damage:
        recovery = recover_damaged_file(path, damage.reason)
        db = TinyDB(path, storage=AtomicJSONStorage, on_write_error=on_write_error)
    try:
        version = stored_schema_version(db, path)
        if recovery is None and db.tables():
            make_backup(path)
        migrate_to_current(db, version)
    except BaseException:
        db.close()
        raise
    return db, recovery
