"""``iop-course --plain``: the learner's course as plain lines, for a screen reader or a braille
display.

It opens the same progress store as the full-screen app (with its lock, so the two never run on
one folder at once), reads the course's front matter, and hands both to ``PlainCourse``. It
imports no Textual and no Rich, so its first line comes before the full-screen app could paint.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.commands.open_course import (
    open_store,
    tell_what_was_not_saved,
    use_learners_language,
)
from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.i18n import _, active_language
from iop_course.store import (
    SavingImpossible,
    StoreLocked,
    UnsupportedProgressVersion,
    resolve_data_dir,
)


def run_plain(content: Path | None, data_dir: Path | None, language: str | None = None) -> int:
    """Run the course in plain mode until the learner quits or input ends; the exit code.
    ``language`` is the one asked for with ``--lang`` (None: the learner's, else the locale's)."""
    from iop_course.plain.console import standard_console
    from iop_course.plain.plain_course import PlainCourse

    root = content if content is not None else builtin_content_dir()
    if not root.is_dir():
        print(_("The content folder {root} does not exist.").format(root=root), file=sys.stderr)
        return 1
    try:
        store = open_store(resolve_data_dir(data_dir))
    except (StoreLocked, UnsupportedProgressVersion, SavingImpossible) as error:
        print(error, file=sys.stderr)
        return 1
    use_learners_language(store, language)
    course = None
    plain = None
    try:
        course = load_course(root, active_language())  # the Spanish course with --lang es
        plain = PlainCourse(standard_console(), course, store)
        return plain.run()
    finally:
        if plain is not None:
            store.close()
            store = plain.store  # a fresh one after "Delete my data"
        store.close()
        tell_what_was_not_saved(store, course)
