"""The content problems screen: which course files could not be read, and why.

A facilitator's own content folder may have mistakes; the app still opens with the lessons that
are fine, and this screen tells whoever maintains the files exactly what to fix.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from iop_course.content.model import Problem
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.literal import literal


class ProblemsScreen(Screen[None]):
    """A list of problems as ``path:line: message``, the same as ``iop-course check``."""

    CSS_PATH = "problems.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding("escape,b", "dismiss", "Lessons", tooltip="Back to the list of lessons."),
    ]

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        """One line per problem, with how to check the whole folder."""
        yield Header()
        with VerticalScroll(id="problems"):
            yield Static(literal(
                "Some course files have mistakes, so the lessons in them are not shown. "
                "Whoever looks after the course files can fix them; 'iop-course check' lists "
                "every mistake."), classes="help-text")
            if not self.problems:
                yield Static(literal("No problems were found."), classes="problem")
            for problem in self.problems:
                yield Static(literal(str(problem)), classes="problem")
        yield Footer()

    def on_mount(self) -> None:
        """Title the screen."""
        self.title = "Content problems"
