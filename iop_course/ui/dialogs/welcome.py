"""The first-run welcome: what the course is and is not, where progress is kept, how to move."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.i18n import N_, _
from iop_course.store import ProgressStore
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.literal import literal

WHAT_IT_IS = N_(
    "This course teaches skills for early recovery: handling cravings, preventing relapse, "
    "coping with stress, support for families, and building a life you want. Each lesson takes "
    "5 to 12 minutes and ends with a short quiz."
)
WHAT_IT_IS_NOT = N_(
    "It is education that supports your treatment. It is not medical advice and it does not "
    "replace your care team. Please talk with them about your care."
)
HOW_TO_MOVE = N_(
    "Use the arrow keys and Enter, or the mouse. Press g at any time to get help now, F1 or ? "
    "for how to use the app, and q to quit. Your place is always saved."
)
HOW_TO_MOVE_NOT_SAVING = N_(
    "Use the arrow keys and Enter, or the mouse. Press g at any time to get help now, F1 or ? "
    "for how to use the app, and q to quit."
)
PLAIN_MODE = N_("Using a screen reader or a braille display? Quit, then run: iop-course --plain")
NOT_SAVED = N_(
    "This time your progress is not being saved, because the progress folder cannot be written "
    "to. Nothing is sent anywhere."
)
WHERE_KEPT = N_("Your progress stays on this computer, in {path}. It is not sent anywhere.")
WHERE_KEPT_IN_BROWSER = N_(
    "Your progress stays on the computer that runs this course. It is not sent anywhere."
)


class WelcomeDialog(TextDialog[None]):
    """Shown once, the first time the course opens on this computer."""

    dialog_title = N_("Welcome to IOP Course")
    button_label = N_("Let's begin")

    def body(self) -> Iterable[Widget]:
        """Short points: what it is, what it is not, where data lives, how to move, and plain
        mode for screen-reader and braille users."""
        saving = course_app(self).store.saving_problem is None
        paragraphs = (
            _(WHAT_IT_IS),
            _(WHAT_IT_IS_NOT),
            _where_progress_stays(course_app(self).store, self.app.is_web),
            _(HOW_TO_MOVE) if saving else _(HOW_TO_MOVE_NOT_SAVING),
            _(PLAIN_MODE),
        )
        for paragraph in paragraphs:
            yield Static(literal(paragraph), classes="help-text")


def _where_progress_stays(store: ProgressStore, in_browser: bool = False) -> str:
    """Where progress is kept; when the course was opened without saving, that it is not kept.
    In a browser (``iop-course serve``) the folder is not named: the page may be projected,
    and a path holds the account's name."""
    if store.saving_problem is not None:
        return _(NOT_SAVED)
    if in_browser:
        return _(WHERE_KEPT_IN_BROWSER)
    return _(WHERE_KEPT).format(path=store.path)
