"""Where the built-in course lives, whether the app is installed from a wheel or editable.

The wheel carries ``lessons/`` and ``quizzes/`` inside the package as ``_content/``; an editable
install (used while developing) does not, so there the project's top-level folders are used.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def builtin_content_dir() -> Path:
    """The folder holding the built-in ``lessons/`` and ``quizzes/``."""
    bundled = PACKAGE_DIR / "_content"
    if (bundled / "lessons").is_dir():
        return bundled
    return PACKAGE_DIR.parent


def is_builtin_content(root: Path) -> bool:
    """True when ``root`` is the built-in course's folder (however the path is written)."""
    try:
        return root.resolve() == builtin_content_dir().resolve()
    except OSError:
        return False
