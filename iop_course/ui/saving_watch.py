"""Saving watched from the app: a save or backup that failed is told in words, once, and q asks
before quitting with unsaved changes; a store that cannot save at all keeps a banner on screen.

A mixin of CourseApp (app.py), kept apart so the app class stays a small router.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from iop_course.content.model import Course
from iop_course.i18n import N_, _
from iop_course.store import ProgressStore, RecoveryNotice
from iop_course.ui.help_actions import HelpActions

if TYPE_CHECKING:
    from iop_course.ui.present.present_mode import PresentMode

SAVE_CHECK_SECONDS = 2.0
NOT_SAVED = N_(
    "Your progress could not be saved ({error}). The course keeps trying. If your disk is full, "
    "free some space."
)
BACKUP_NOT_SAVED = N_(
    "The backup of your progress could not be updated ({error}). Your last backup is kept. If "
    "your disk is full, free some space."
)


class SavingWatch(HelpActions):
    """What the learner is told about saving: failed saves and backups, changes a quit would
    lose, and the "not saving" banner when the folder cannot be written."""

    course: Course
    store: ProgressStore
    present_mode: PresentMode | None
    _reported_write_error: BaseException | None
    _told_backup_notice: RecoveryNotice | None

    def _go_on_without_saving(self, go_on: bool | None) -> None:
        """Quit, or keep a "not saving" banner on every screen from now on."""
        if not go_on:
            self.exit(return_code=1)
            return
        self.screen_change_signal.subscribe(self, self._add_not_saving_banner)
        for screen in self.screen_stack:
            self._add_not_saving_banner(screen)

    def _add_not_saving_banner(self, screen: Screen) -> None:
        from textual.screen import ModalScreen

        from iop_course.ui.widgets.not_saving_banner import NotSavingBanner

        problem = self.store.saving_problem
        if self.present_mode is not None and self.present_mode.active:
            return  # nothing about the learner's progress on a projected screen
        if (
            problem is not None
            and not isinstance(screen, ModalScreen)
            and not screen.query(NotSavingBanner)
        ):
            screen.mount(NotSavingBanner(problem.short))

    async def action_quit(self) -> None:
        """Quit; while saves are failing, first say what would be lost (q again quits)."""
        from iop_course.ui.dialogs.quit_unsaved import QuitUnsavedDialog

        error, unsaved = self.store.last_write_error, self.store.unsaved_changes()
        if error is None or not unsaved or isinstance(self.screen, QuitUnsavedDialog):
            self.exit()
            return
        what = unsaved.describe(
            lambda lesson_id: getattr(self.course.lesson(lesson_id), "title", lesson_id)
        )
        self.push_screen(
            QuitUnsavedDialog(error, what), lambda quit_anyway: self.exit() if quit_anyway else None
        )

    def _warn_if_saving_failed(self) -> None:
        """Tell the learner, once per failure, when progress could not be written to disk; and
        why the backup was kept as it was, when it was refreshed after the first screen."""
        notice = self.store.backup_notice
        if notice is not None and notice is not self._told_backup_notice:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self._told_backup_notice = notice
            self.push_screen(NoticeDialog(_("Your progress file"), notice.message()))
        backup_error = self.store.backup_error
        if backup_error is not None and backup_error is not self._reported_write_error:
            self._tell_not_saved(BACKUP_NOT_SAVED, backup_error)
            return
        error = self.store.last_write_error
        if error is not None and error is not self._reported_write_error:
            self._tell_not_saved(NOT_SAVED, error)

    def _tell_not_saved(self, words: str, error: BaseException) -> None:
        """One notice for this failure; the next notice waits for another failure."""
        self._reported_write_error = error
        self.notify(
            _(words).format(error=error),
            markup=False,
            title=_("Saving"),
            severity="error",
            timeout=15,
        )
