"""Delete my data, from the command palette or the progress screen: ask, delete, start over.

The dialog names every file that goes and asks for a deliberate yes; the store module deletes
(store.forgetting); then the app opens a fresh, empty store in the same folder and starts over
as for a new learner: the course list, the welcome, and a note saying what was deleted. When
the course was opened without saving it may not change the folder, so it says why instead.
Whatever happens, the learner is told in words, and the app never goes on with a closed store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iop_course.i18n import N_, _, ngettext
from iop_course.store import ProgressStore, ProgressStoreError, StoreLocked
from iop_course.store.forgetting import ForgettingImpossible, Forgotten, forget_learner
from iop_course.store.kept_files import files_found
from iop_course.store.saved_plans import saved_plans

if TYPE_CHECKING:
    from iop_course.ui.app import CourseApp

TITLE = N_("Delete my data")
NOT_WHILE_NOT_SAVING = N_(
    "{reason} To delete your data, quit, fix the problem the course told "
    "you about when it opened, then open the course again. 'iop-course "
    "paths' lists every file it keeps."
)
DELETED_TITLE = N_("Your data was deleted")
PARTLY = N_(
    "These could not be deleted: {files}. You can delete them yourself, or try again later."
)
LOCKED = N_(
    "Nothing was deleted: IOP Course is open in another window. Close it there, then try again."
)
CANNOT_GO_ON = N_("The course could not start over ({reason}). It closes now; open it again.")


def ask_to_delete_my_data(app: CourseApp) -> None:
    """Show what would be deleted and ask; delete and start over only on a clear yes."""
    from iop_course.ui.dialogs.delete_my_data import DeleteMyDataDialog
    from iop_course.ui.dialogs.notice import NoticeDialog

    store = app.store
    if store.saving_problem is not None:
        reason = str(ForgettingImpossible(store.saving_problem))
        app.push_screen(NoticeDialog(_(TITLE), _(NOT_WHILE_NOT_SAVING).format(reason=reason)))
        return

    async def after_asked(delete: bool | None) -> None:
        if delete:
            await start_over(app)

    dialog = DeleteMyDataDialog(
        store.data_dir, files_found(store.data_dir, open_here=True), saved_plans(store)
    )
    app.push_screen(dialog, after_asked)


async def start_over(app: CourseApp) -> None:
    """Delete the learner's files, then show the course as to a new learner, or say why not.

    The store is closed, emptied and reopened with nothing awaited in between, so no screen
    reads a closed store; then every screen above the course list goes, the list is drawn
    afresh from the empty store, and the welcome shows on top.
    """
    from iop_course.ui.dialogs.notice import NoticeDialog

    folder = app.store.data_dir
    try:
        forgotten: Forgotten | None = forget_learner(app.store)
    except StoreLocked:
        forgotten = None
    message = _(LOCKED) if forgotten is None else _what_was_done(forgotten)
    title = _(TITLE) if forgotten is None else _(DELETED_TITLE)
    try:
        app.use_store(ProgressStore.open(folder))
    except ProgressStoreError as error:
        why = _(CANNOT_GO_ON).format(reason=error)
        app.push_screen(
            NoticeDialog(title, f"{message}\n\n{why}"), lambda _: app.exit(return_code=1)
        )
        return
    if forgotten is not None:
        while len(app.screen_stack) > 1:
            await app.pop_screen()
        await app.screen.recompose()  # the course list, drawn afresh from the empty store
        app.show_welcome()
    app.push_screen(NoticeDialog(title, message))


def _what_was_done(forgotten: Forgotten) -> str:
    count = len(forgotten.removed)
    done = ngettext(
        "{count} file was deleted from {folder}. The course starts over now, as for someone new.",
        "{count} files were deleted from {folder}. The course starts over now, as for someone new.",
        count,
    ).format(count=count, folder=forgotten.data_dir)
    if forgotten.complete:
        return done
    left = ", ".join(f"{path.name} ({why})" for path, why in forgotten.left)
    return f"{done} {_(PARTLY).format(files=left)}"
