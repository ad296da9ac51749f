"""The first-run welcome: what the course is and is not, where progress is kept, how to move."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.store import ProgressStore
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.literal import literal


class WelcomeDialog(TextDialog[None]):
    """Shown once, the first time the course opens on this computer."""

    dialog_title = "Welcome to IOP Course"
    button_label = "Let's begin"

    def body(self) -> Iterable[Widget]:
        """Short points: what it is, what it is not, where data lives, how to move, and plain
        mode for screen-reader and braille users."""
        paragraphs = (
            "This course teaches skills for early recovery: handling cravings, preventing "
            "relapse, coping with stress, support for families, and building a life you want. "
            "Each lesson takes 5 to 12 minutes and ends with a short quiz.",
            "It is education that supports your treatment. It is not medical advice and it "
            "does not replace your care team. Please talk with them about your care.",
            _where_progress_stays(course_app(self).store),
            "Use the arrow keys and Enter, or the mouse. Press g at any time to get help now, "
            "F1 or ? for how to use the app, and q to quit."
            + ("" if course_app(self).store.saving_problem else " Your place is always saved."),
            "Using a screen reader or a braille display? Quit, then run: iop-course --plain",
        )
        for paragraph in paragraphs:
            yield Static(literal(paragraph), classes="help-text")


def _where_progress_stays(store: ProgressStore) -> str:
    """Where progress is kept; when the course was opened without saving, that it is not kept."""
    if store.saving_problem is not None:
        return (
            "This time your progress is not being saved, because the progress folder cannot "
            "be written to. Nothing is sent anywhere."
        )
    return f"Your progress stays on this computer, in {store.path}. It is not sent anywhere."
