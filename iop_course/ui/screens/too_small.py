"""Said instead of empty boxes when the terminal window is too small for the course.

Below MIN_WIDTH x MIN_HEIGHT the lesson list shrinks to an empty frame and pages to a few words
(at 40x12 the home list showed no lesson at all). This screen covers the app with one line that
says how big the window must be, and goes by itself once the window is big enough. Help stays
one key away.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

from iop_course.i18n import N_, _
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.literal import literal

MIN_WIDTH = 50
MIN_HEIGHT = 15
TOO_SMALL = N_(
    "Make the window at least {width} x {height}.\nIt is {now_width} x {now_height}. "
    "g: get help now."
)


class TooSmallScreen(ModalScreen[None]):
    """One line saying how big the window must be."""

    BINDINGS = [get_help_binding()]
    DEFAULT_CSS = """
    TooSmallScreen { align: center middle; background: $background; }
    TooSmallScreen > Static { width: 100%; height: auto; padding: 0 1; text-align: center; }
    """

    def compose(self) -> ComposeResult:
        """The line."""
        yield Static(id="too-small")

    def on_mount(self) -> None:
        """Say the sizes now."""
        self.show_size(*self.app.size)

    def on_screen_resume(self) -> None:
        """Back on top (a dialog over it closed): the window may have changed meanwhile, and
        the app's resize handler does not take away a screen that was not on top."""
        width, height = self.app.size
        if too_small(width, height):
            self.show_size(width, height)
        else:
            self.dismiss()

    def show_size(self, width: int, height: int) -> None:
        """Say how big the window is and must be."""
        self.query_one("#too-small", Static).update(
            literal(
                _(TOO_SMALL).format(
                    width=MIN_WIDTH, height=MIN_HEIGHT, now_width=width, now_height=height
                )
            )
        )


def too_small(width: int, height: int) -> bool:
    """True when a window of this size cannot show the course."""
    return width < MIN_WIDTH or height < MIN_HEIGHT
