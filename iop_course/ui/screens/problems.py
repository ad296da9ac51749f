"""The content problems screen: what ``iop-course check`` finds in the course files, and why.

A facilitator's own content folder may have mistakes; the app still opens with the lessons that
are fine, and this screen tells whoever maintains the files exactly what to fix. It runs the
whole check, quality warnings too, in a worker when it is opened (``ui.content_check``), and
shows the same lines the checker prints.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from iop_course.content.checker import CheckReport
from iop_course.i18n import N_, _
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal

TITLE = N_("Content problems")
CHECKING = N_("Checking the course files…")
NO_PROBLEMS = N_("No problems were found in the course files.")
INTRO = N_(
    "What 'iop-course check' finds in the course files, as file:line: message. A mistake "
    "leaves a lesson or a question out; a warning is about quality. Whoever looks after "
    "the course files can fix them."
)


class ProblemsScreen(Screen[None]):
    """Every problem as ``path:line: message`` and the summary line, as ``iop-course check``."""

    CSS_PATH = "problems.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding("escape,b", "dismiss", N_("Lessons"), tooltip=N_("Back to the list of lessons.")),
    ]

    def __init__(self, check: ContentCheck) -> None:
        super().__init__()
        self.check = check

    def compose(self) -> ComposeResult:
        """The intro, the problems and the summary, filled in when the check is done."""
        yield FittingHeader()
        with VerticalScroll(id="problems"):
            yield Static(literal(_(CHECKING)), id="problems-intro", classes="help-text")
            yield Static(literal(""), id="problem-list")
            yield Static(literal(""), id="problems-summary")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Title the screen, and show the report now or when the check finishes."""
        self.title = _(TITLE)
        if self.check.report is not None:
            self.show_report(self.check.report)
            return
        self.check.finished.subscribe(self, self.show_report)
        self.check.start(owner=self)

    def show_report(self, report: CheckReport) -> None:
        """List every problem; with none, say only that."""
        intro = self.query_one("#problems-intro", Static)
        listing = self.query_one("#problem-list", Static)
        summary = self.query_one("#problems-summary", Static)
        if not report.problems:
            intro.update(literal(_(NO_PROBLEMS)))
            listing.display = summary.display = False
            return
        intro.update(literal(_(INTRO)))
        listing.update(literal("\n\n".join(str(problem) for problem in report.problems)))
        summary.update(literal(report.summary()))
