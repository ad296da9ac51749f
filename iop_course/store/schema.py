"""The layout of progress.json and how older layouts are brought up to date.

Progress files outlive app versions. Recording a schema version, refusing
files from the future, and upgrading old ones step by step lets later features
add tables or fields without breaking anyone's saved progress.

Layout (version 1), one TinyDB table each, every document carrying ``learner``:

- ``meta``: a single ``{"schema_version": 1}`` document.
- ``settings``: ``learner``, ``key``, ``value`` (any JSON value).
- ``lessons``: ``learner``, ``lesson_id``, ``status``, ``page``, ``where``, ``updated_at``.
- ``quiz_attempts``: ``learner``, ``lesson_id``, ``question_id``, ``picked``,
  ``correct``, ``phase``, ``at``; one document per answer, in the order given.
- ``quiz_sessions``: ``learner``, ``lesson_id``, ``state`` (opaque JSON object).
- ``quiz_scores``: ``learner``, ``lesson_id``, ``percent``, ``pass_percent``, ``at``; one
  document per finished first pass, in the order given.
"""

from __future__ import annotations

from pathlib import Path

from tinydb import TinyDB

from iop_course.store.errors import UnsupportedProgressVersion

SCHEMA_VERSION = 1
NO_SCHEMA_VERSION = 0

META_TABLE = "meta"
SETTINGS_TABLE = "settings"
LESSONS_TABLE = "lessons"
QUIZ_ATTEMPTS_TABLE = "quiz_attempts"
QUIZ_SESSIONS_TABLE = "quiz_sessions"
QUIZ_SCORES_TABLE = "quiz_scores"

SCHEMA_VERSION_FIELD = "schema_version"


def stored_schema_version(db: TinyDB, path: Path) -> int:
    """The schema version recorded in ``db``; raises if this code cannot safely use it.

    A file without a version is new (or predates versioning) and counts as
    version 0. Anything newer than SCHEMA_VERSION, or not a whole number,
    raises UnsupportedProgressVersion so the file is never overwritten.
    """
    meta_documents = db.table(META_TABLE, cache_size=0).all()
    if not meta_documents:
        return NO_SCHEMA_VERSION
    version = meta_documents[0].get(SCHEMA_VERSION_FIELD, NO_SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        raise UnsupportedProgressVersion(path, version, SCHEMA_VERSION)
    if version < NO_SCHEMA_VERSION or version > SCHEMA_VERSION:
        raise UnsupportedProgressVersion(path, version, SCHEMA_VERSION)
    return version


def migrate_to_current(db: TinyDB, from_version: int) -> None:
    """Upgrade ``db`` from ``from_version`` to SCHEMA_VERSION and record the new version.

    Version 0 (an empty or unversioned file) becomes version 1 with no data
    changes. When SCHEMA_VERSION is raised, the upgrade step for each older
    version goes here, before the new version is recorded.
    """
    if from_version == SCHEMA_VERSION:
        return
    meta = db.table(META_TABLE, cache_size=0)
    meta.truncate()
    meta.insert({SCHEMA_VERSION_FIELD: SCHEMA_VERSION})
