"""Present mode's own settings (its theme), kept apart from every learner's progress.

A projector needs a projector theme, and a learner's theme must not change because a
facilitator presented on the same account. So present mode keeps one small JSON file of its own
in the user's config folder (``IOP_COURSE_PRESENT_CONFIG_DIR`` overrides it, for tests and trials)
and never opens the progress store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from iop_course.files.durable_write import write_file_atomically
from iop_course.files.plain_file import read_plain_file
from iop_course.files.private_folders import make_private_folders

CONFIG_DIR_VARIABLE = "IOP_COURSE_PRESENT_CONFIG_DIR"
SETTINGS_FILE_NAME = "present.json"
DEFAULT_PRESENT_THEME = "Projector (light)"
_MAX_SETTINGS_BYTES = 16 * 1024


def settings_path() -> Path:
    """Where present mode's settings live (``IOP_COURSE_PRESENT_CONFIG_DIR`` overrides)."""
    chosen = os.environ.get(CONFIG_DIR_VARIABLE)
    folder = (
        Path(chosen)
        if chosen
        else Path(platformdirs.user_config_dir("iop-course", appauthor=False))
    )
    return folder / SETTINGS_FILE_NAME


class PresentSettings:
    """Present mode's theme: read once, written when the facilitator picks another."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else settings_path()
        self.theme = self._read_theme()
        self.last_error: OSError | None = None

    def save_theme(self, theme: str) -> None:
        """Keep ``theme`` for the next presentation; a folder that cannot be written is noted
        in ``last_error`` and presenting goes on (a theme is not worth stopping a group for)."""
        self.theme = theme
        try:
            make_private_folders(self.path.parent)  # 0700 from the start, whatever the umask
            write_file_atomically(self.path, json.dumps({"theme": theme}).encode("utf-8"))
            self.last_error = None
        except OSError as error:
            self.last_error = error

    def _read_theme(self) -> str:
        try:  # never waits on a named pipe or follows a link put in the file's place
            raw = read_plain_file(self.path, largest=_MAX_SETTINGS_BYTES)
            if raw is None or len(raw) > _MAX_SETTINGS_BYTES:
                return DEFAULT_PRESENT_THEME
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            return DEFAULT_PRESENT_THEME
        theme = data.get("theme") if isinstance(data, dict) else None
        return theme if isinstance(theme, str) and theme else DEFAULT_PRESENT_THEME
