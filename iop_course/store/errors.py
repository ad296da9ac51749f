"""Errors the progress store raises, worded so the app can show them to a learner.

They live together so the UI can catch every store problem through one base
class, and so each message is written once, in plain words, next to the
condition it describes.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.i18n import _


class ProgressStoreError(Exception):
    """Base class, so callers can handle every progress-store problem in one place."""


class StoreLocked(ProgressStoreError):
    """Raised when another copy of the app already has this progress folder open.

    Two windows writing the same file would overwrite each other's progress,
    so only one may hold the folder at a time.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        super().__init__(
            _("IOP Course is already open in another window. Close it there first, then try again.")
        )


class DamagedProgressFile(ProgressStoreError):
    """Raised when progress.json exists but cannot be read as progress data.

    It carries the reason so the recovery step can tell the learner what
    happened instead of silently throwing their progress away.
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            _("The progress file {path} could not be read: {reason}").format(
                path=self.path, reason=reason
            )
        )


class UnsupportedProgressVersion(ProgressStoreError):
    """Raised when progress.json was written by a newer version of the app.

    Opening it with older code could lose fields the newer code relies on, so
    the file is left exactly as it is and the learner is asked to update.
    """

    def __init__(self, path: Path, found_version: object, supported_version: int) -> None:
        self.path = Path(path)
        self.found_version = found_version
        self.supported_version = supported_version
        super().__init__(
            _(
                "Your progress file was saved by a newer version of IOP Course (format {found}; "
                "this version understands up to format {supported}). Please update IOP Course to "
                "continue. The file {path} was left unchanged."
            ).format(found=repr(found_version), supported=supported_version, path=self.path)
        )
