"""``iop-course``: open the progress store and the course, then run the app.

The store is opened first because a second copy of the app, or a folder where nothing can be
saved, must be told in words before any screen appears; the course's front matter is read next
(fast), and the UI is imported last. When progress cannot be saved but can be read, the course
opens without saving and the app asks the learner first. Whatever was not saved when the app
closes is told on the terminal, never lost in silence.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.content.model import Course
from iop_course.i18n import LANGUAGE_SETTING, LANGUAGES, N_, _, active_language, set_language
from iop_course.learning.resume_place import lesson_to_resume
from iop_course.review.early_review import EarlyReview
from iop_course.store import (
    ProgressStore,
    SavingImpossible,
    StoreLocked,
    UnsupportedProgressVersion,
    resolve_data_dir,
)

# Start-up makes objects that live as long as the app (modules, classes, the course, the first
# screen): the garbage collector finds nothing to free among them, yet its passes over them were a
# large part of a resumed lesson's start (benchmarks/startup.py). So it is paused until the first
# screen is painted, and what start-up made is frozen out of every later pass.
COLLECTOR_PAUSE_SECONDS = 1.0
NOT_SAVED = N_("Your progress from this session was not saved ({reason}). Not saved: {what}.")


def open_course(content: Path | None, data_dir: Path | None, language: str | None = None) -> int:
    """Run the course app until the learner quits; returns the exit code. ``language`` is the
    one asked for with ``--lang`` (None: the learner's own choice, else the locale's)."""
    root = content if content is not None else builtin_content_dir()
    if not root.is_dir():
        print(_("The content folder {root} does not exist.").format(root=root), file=sys.stderr)
        return 1
    folder = resolve_data_dir(data_dir)
    try:
        store = open_store(folder, backup_later=True)
    except (StoreLocked, UnsupportedProgressVersion, SavingImpossible) as error:
        print(error, file=sys.stderr)
        return 1
    use_learners_language(store, language)
    course = app = None
    gc.disable()
    collect_again = threading.Timer(COLLECTOR_PAUSE_SECONDS, gc.enable)
    try:
        course = load_course(root, active_language())  # the Spanish course with --lang es
        # Home's first frame shows today's review: it is built while the screens load. A
        # learner reopening a lesson gets it later, once the lesson is painted.
        early = EarlyReview(store, course) if lesson_to_resume(store, course) is None else None
        from iop_course.ui.app import CourseApp

        app = CourseApp(course, store, crash_log_dir=folder, early_review=early)
        gc.freeze()
        collect_again.start()
        app.run()
        return app.return_code or 0
    finally:
        collect_again.cancel()
        gc.unfreeze()  # for a caller that goes on (tests): nothing stays out of its collections
        gc.enable()
        if app is not None:
            store.close()
            store = app.store  # a fresh one after "Delete my data"
        store.close()
        tell_what_was_not_saved(store, course)


def use_learners_language(store: ProgressStore, asked: str | None) -> None:
    """Speak the language asked for with ``--lang``; without it, the one the learner chose in
    the app, if they did (it outranks the locale, which cli.main already applied)."""
    saved = store.get_setting(LANGUAGE_SETTING)
    if asked is None and saved in LANGUAGES:
        set_language(saved)


def open_store(folder: Path, backup_later: bool = False) -> ProgressStore:
    """The learner's store; when it cannot save but can be read, opened without saving (the
    learner is told at once). ``backup_later``: the caller refreshes the backup itself
    (``refresh_backup_soon``), as the app does once its first screen is drawn."""
    try:
        return ProgressStore.open(folder, backup_later=backup_later)
    except SavingImpossible as problem:
        if not problem.can_open_without_saving:
            raise
        return ProgressStore.open_without_saving(problem)


def tell_what_was_not_saved(store: ProgressStore, course: Course | None) -> None:
    """On the terminal, after the course closed: any progress that could not be saved."""
    problem = store.saving_problem
    error = store.last_write_error
    unsaved = store.unsaved_changes()
    if problem is not None:
        print(problem, file=sys.stderr)
    if unsaved and (problem is not None or error is not None):
        reason = problem.short if problem is not None else str(error)

        def title_of(lesson_id: str) -> str:
            info = course.lesson(lesson_id) if course is not None else None
            return info.title if info is not None else lesson_id

        print(_(NOT_SAVED).format(reason=reason, what=unsaved.describe(title_of)), file=sys.stderr)
