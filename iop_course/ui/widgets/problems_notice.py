"""The home screen's line about mistakes in the course files, counted by the checker itself.

It shows the same number of mistakes as ``iop-course check`` (it reads the app's background
check), and stays hidden while the check runs and when there is no mistake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from iop_course.i18n import N_, _, ngettext
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.literal import literal

if TYPE_CHECKING:
    from iop_course.content.checker import CheckReport

NOTICE = N_(
    "The course files have {count}: some lessons or questions may be missing. Press x to see them."
)


class ProblemsNotice(Static):
    """How many mistakes the checker found, with the key that lists them."""

    def on_mount(self) -> None:
        """Show the report if the check is done, and follow it when it finishes."""
        check = course_app(self).content_check
        self.show_report(check.report)
        check.finished.subscribe(self, self.show_report)

    def show_report(self, report: CheckReport | None) -> None:
        """Say how many mistakes there are, or hide when there is none."""
        mistakes = len(report.errors) if report else 0
        self.display = mistakes > 0
        noun = ngettext("{count} mistake", "{count} mistakes", mistakes).format(count=mistakes)
        self.update(literal(_(NOTICE).format(count=noun) if mistakes else ""))
        self.screen.refresh_bindings()
