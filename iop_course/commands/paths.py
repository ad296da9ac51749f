"""``iop-course paths``: where a learner's progress and the course content are kept.

Learners own their data, so this lists every file the course keeps about them, not only the main
one: the backup, the lock, the error log and any damaged copy that was kept aside. The list is
store.kept_files, the same one "Delete my data" deletes.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.content.locate import builtin_content_dir
from iop_course.present.settings import settings_path
from iop_course.store.kept_files import files_found, usual_files
from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir


def show_paths(content: Path | None, data_dir: Path | None) -> int:
    """Print the progress file, the data folder, the content folder and every file kept."""
    folder = resolve_data_dir(data_dir)
    print(f"Progress file:  {folder / PROGRESS_FILE_NAME}")
    print(f"Data folder:    {folder}")
    print(f"Course content: {content if content is not None else builtin_content_dir()}")
    print()
    print("Files the course keeps about you, all in the data folder:")
    for name, meaning in kept_files(folder):
        print(f"  {name:<26} {meaning}")
    print()
    print("Nothing about you is kept anywhere else. A plan or handout you save goes where it says")
    print("when saved, and stays yours. Present mode keeps only its theme, in")
    print(f"{settings_path()} (nothing about any learner).")
    return 0


def kept_files(folder: Path) -> list[tuple[str, str]]:
    """Every file the course keeps in ``folder``, with what it is; absent usual ones say so."""
    found = files_found(folder)
    present = {file.path.name for file in found}
    rows = [
        (kept.pattern, kept.meaning if kept.pattern in present else f"{kept.meaning} (none yet)")
        for kept in usual_files()
    ]
    usual_names = {kept.pattern for kept in usual_files()}
    rows.extend(
        (file.path.name, file.meaning) for file in found if file.path.name not in usual_names
    )
    return rows
