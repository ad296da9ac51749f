"""``iop-course paths``: where a learner's progress and the course content are kept.

Learners own their data, so this lists every file the course keeps about them, not only the main
one: the backup, the lock, the error log and any damaged copy that was kept aside. The list is
store.kept_files, the same one "Delete my data" deletes. The course index (the course's own
words, kept so it opens faster: content/course_index.py) is named too; ``forget`` deletes it.
"""

from __future__ import annotations

import os
from pathlib import Path

from iop_course.content.locate import builtin_content_dir
from iop_course.files.cache_folder import course_index_path
from iop_course.i18n import _
from iop_course.present.settings import settings_path
from iop_course.store.kept_files import files_found, usual_files
from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir


def show_paths(content: Path | None, data_dir: Path | None) -> int:
    """Print the progress file, the data folder, the content folder and every file kept."""
    folder = resolve_data_dir(data_dir)
    course_folder = content if content is not None else builtin_content_dir()
    labels = [_("Progress file:"), _("Data folder:"), _("Course content:"), _("Course index:")]
    width = max(len(label) for label in labels) + 1
    index = course_index_path(os.path.realpath(course_folder))
    places = [folder / PROGRESS_FILE_NAME, folder, course_folder, index]
    for label, place in zip(labels, places, strict=True):
        print(f"{label:<{width}}{place}")
    print()
    print(_("Files the course keeps about you, all in the data folder:"))
    for name, meaning in kept_files(folder):
        print(f"  {name:<26} {meaning}")
    print()
    print(
        _(
            "Nothing about you is kept anywhere else. A plan or handout you save goes where it "
            "says\nwhen saved, and stays yours. Present mode keeps only its theme, in\n"
            "{path} (nothing about any learner)."
        ).format(path=settings_path())
    )
    return 0


def kept_files(folder: Path) -> list[tuple[str, str]]:
    """Every file the course keeps in ``folder``, with what it is; absent usual ones say so."""
    found = files_found(folder)
    present = {file.path.name for file in found}
    rows = [
        (kept.pattern, _(kept.meaning) if kept.pattern in present else _none_yet(kept.meaning))
        for kept in usual_files()
    ]
    usual_names = {kept.pattern for kept in usual_files()}
    rows.extend(
        (file.path.name, file.meaning) for file in found if file.path.name not in usual_names
    )
    return rows


def _none_yet(meaning: str) -> str:
    return _("{meaning} (none yet)").format(meaning=_(meaning))
