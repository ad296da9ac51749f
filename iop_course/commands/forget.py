"""``iop-course forget``: delete every file the course keeps about the learner, from a terminal.

The same deletion as "Delete my data" in the app (store.forgetting), for when the app will not
open (say, progress saved by a newer version) or for tidying a shared computer. It names the
files that go (those ``iop-course paths`` shows as there) and what stays, and deletes only once
DELETE is typed, or with --yes for a script. A folder open in a window is said first, before
anything is asked, and the count of files deleted is of the files it listed. The course index
in the cache folder (only the course's own words) is deleted with them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.files.cache_folder import (
    course_index_files,
    course_index_folder,
    delete_course_indexes,
)
from iop_course.i18n import N_, _
from iop_course.store import StoreLocked, resolve_data_dir
from iop_course.store.forgetting import check_not_open, delete_kept_files
from iop_course.store.kept_files import files_found

NOTHING_THERE = N_("There are no files of yours in {folder}, so there is nothing to delete.")
WHAT_GOES = N_(
    "This deletes everything IOP Course keeps about you on this computer, and it "
    "cannot be undone. These files in {folder} go:"
)
WHAT_STAYS = N_(
    "These stay: files you exported yourself (such as a handout or your printed "
    "plan), and the course itself."
)
INDEX_GOES = N_(
    "The course index in {folder} goes too: it holds only the course's own words, kept so the "
    "course opens faster."
)
INDEX_GONE = N_("The course index was deleted.")
ASK = N_("Type DELETE and press Enter to delete them (anything else keeps everything): ")
CONFIRM_WORD = "DELETE"
KEPT = N_("Nothing was deleted.")
DONE = N_("Deleted {count} of your files from {folder}.")
LEFT = N_("Could not delete {name} ({why}); you can delete it yourself.")
FOLDER_GONE = N_("Nothing else was in {folder}, so the folder was removed too.")


def run_forget(data_dir: Path | None, without_asking: bool) -> int:
    """List the learner's files, ask, delete; 0 when all are gone, 1 when anything is left.
    The course index (``files.cache_folder``) goes too: it holds only the course's words."""
    folder = resolve_data_dir(data_dir)
    found = files_found(folder)
    indexes = course_index_files()
    if not found and not indexes:
        print(_(NOTHING_THERE).format(folder=folder))
        return 0
    try:
        check_not_open(folder)
    except StoreLocked as error:
        print(f"{error} {_(KEPT)}", file=sys.stderr)
        return 1
    if found:
        print(_(WHAT_GOES).format(folder=folder))
    for file in found:
        print(f"  {file.path.name:<26} {file.meaning}")
    if indexes:
        print(_(INDEX_GOES).format(folder=course_index_folder()))
    print(_(WHAT_STAYS))
    if not without_asking and _answer(_(ASK)).strip() != CONFIRM_WORD:
        print(_(KEPT))
        return 1
    try:
        forgotten = delete_kept_files(folder)
    except StoreLocked as error:
        print(f"{error} {_(KEPT)}", file=sys.stderr)
        return 1
    left = [*forgotten.left, *delete_course_indexes()]
    if found:
        print(_(DONE).format(count=len(forgotten.removed), folder=folder))
    else:
        print(_(INDEX_GONE))
    for path, why in left:
        print(_(LEFT).format(name=path.name, why=why), file=sys.stderr)
    if forgotten.complete and _remove_if_empty(folder):
        print(_(FOLDER_GONE).format(folder=folder))
    return 0 if not left else 1


def _remove_if_empty(folder: Path) -> bool:
    """Remove the data folder once nothing is left in it: its name alone says the course was
    used here. A folder holding anything else (an export, say) stays."""
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


def _answer(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        print()
        return ""
