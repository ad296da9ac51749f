"""Delete my data in plain mode: the files that go, what stays, and DELETE typed to go ahead.

The same deletion as the full-screen app's and ``iop-course forget`` (store.forgetting): the
files are named first, only DELETE (typed exactly) deletes, and afterwards a fresh, empty store
in the same folder lets the course start over as for someone new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iop_course.plain import words
from iop_course.plain.console import LineTooLong
from iop_course.plain.prompting import QuitCourse
from iop_course.store import ProgressStore, ProgressStoreError, StoreLocked
from iop_course.store.forgetting import forget_learner
from iop_course.store.kept_files import files_found
from iop_course.store.saved_plans import saved_plans

if TYPE_CHECKING:
    from iop_course.plain.plain_course import PlainCourse


def delete_my_data(course: PlainCourse) -> ProgressStore | None:
    """Ask, then delete; the new, empty store to go on with, or None when nothing was deleted."""
    say = course.console.say
    store = course.store
    say("")
    say(words.DELETE_TITLE)
    if store.saving_problem is not None:
        say(words.DELETE_NOT_WHILE_NOT_SAVING)
        return None
    store.flush()
    folder = store.data_dir
    found = files_found(folder, open_here=True)
    if not found:
        say(words.DELETE_NOTHING.format(folder=folder))
        return None
    names = ", ".join(f"{file.path.name} ({file.meaning})" for file in found)
    say(words.DELETE_WHAT_GOES.format(folder=folder, files=names))
    say(words.DELETE_WHAT_STAYS)
    plans = saved_plans(store)
    if plans:
        say(words.DELETE_SAVED_PLANS.format(files=", ".join(map(str, plans))))
    try:
        typed = course.console.ask(words.DELETE_ASK)
    except LineTooLong:
        typed = ""
    if typed.strip() != words.CONFIRM_WORD:
        say(words.DELETE_KEPT)
        return None
    try:
        forgotten = forget_learner(store)
    except StoreLocked:
        say(words.DELETE_LOCKED)
        return None
    say(words.DELETE_DONE.format(count=len(forgotten.removed)))
    if forgotten.left:
        left = ", ".join(f"{path.name} ({why})" for path, why in forgotten.left)
        say(words.DELETE_LEFT.format(files=left))
    try:
        return ProgressStore.open(folder)
    except ProgressStoreError as error:
        say(words.DELETE_CANNOT_GO_ON.format(reason=error))
        raise QuitCourse from error
