"""Get help now and How to use, the same in every app of the course (learner, present, notes).

Help must be one key away on every screen of every window, so the two actions live in one
mixin instead of a copy per app.
"""

from __future__ import annotations

from iop_course.i18n import N_, _
from iop_course.ui.learners_palette import LearnersPalette

QUIT_TITLE = N_("Do you want to quit?")
QUIT_KEY = N_("Press {key} to quit the app")


class HelpActions(LearnersPalette):
    """The app-wide actions behind ``g`` (crisis lines and helplines) and ``F1`` (the keys);
    the command palette and theme picker in the learner's words come with them
    (``LearnersPalette``)."""

    def action_get_help(self) -> None:
        """Show crisis lines and helplines over whatever screen is in front."""
        from iop_course.ui.dialogs.get_help import GetHelpDialog

        if not isinstance(self.screen, GetHelpDialog):
            self.push_screen(GetHelpDialog())

    def action_how_to_use(self) -> None:
        """Show the keys that work on the screen in front, read from its live bindings."""
        from iop_course.ui.dialogs.how_to_use import HowToUseDialog

        if not isinstance(self.screen, HowToUseDialog):
            self.push_screen(HowToUseDialog(self.screen))

    def action_help_quit(self) -> None:
        """ctrl+c (copy in a field, not quit): say which key quits, in the learner's language
        (Textual's own words for it are English only)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(_(QUIT_KEY).format(key=key), title=_(QUIT_TITLE), markup=False)
                return
