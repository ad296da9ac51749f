"""The app's copy of ``iop-course check``: the same function, run once in a background thread.

The problems screen and the home screen's count show exactly what the checker prints (one code
path, not two). Checking parses every lesson and quiz, which takes too long for the UI thread,
so it runs in a thread, starting just after the first screen is painted; screens subscribe to
``finished``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.signal import Signal

from iop_course.content.model import Problem

if TYPE_CHECKING:  # the checker itself is imported in the thread, to keep start-up quick
    from iop_course.content.checker import CheckReport

START_DELAY_SECONDS = 0.5  # the first paint takes well under this after the app is mounted


class ContentCheck:
    """The checker's report on the course folder, once the background check has finished."""

    def __init__(self, app: App, root: Path) -> None:
        self.root = root
        self.report: CheckReport | None = None
        self.finished: Signal[CheckReport] = Signal(app, "content-checked")
        self._app = app

    def start_soon(self) -> None:
        """Check once the first screen is painted, so start-up is not slowed down by it."""
        self._app.set_timer(START_DELAY_SECONDS, self.start)

    def start(self) -> None:
        """Check the course folder in a thread; ``finished`` is published with the report.

        The thread is a daemon: quitting while a large course is being checked never waits.
        """
        threading.Thread(target=self._check, name="content check", daemon=True).start()

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything the checker found so far (nothing until it has finished)."""
        return tuple(self.report.problems) if self.report else ()

    def _check(self) -> None:
        """Run the checker (in the thread) and hand its report to the app's own thread."""
        from iop_course.content import checker

        try:
            report = checker.check_content(self.root)
        except Exception as error:
            report = checker.CheckReport(
                problems=[
                    Problem(
                        self.root,
                        0,
                        (
                            f"the course files could not be checked ({error}); run 'iop-course check' "
                            "to see more."
                        ),
                    )
                ]
            )
        if not self._app.is_running:
            return  # the app closed while the check ran: nobody is left to tell
        try:
            self._app.call_from_thread(self._finish, report)
        except RuntimeError:
            return  # it closed just now

    def _finish(self, report: CheckReport) -> None:
        self.report = report
        self.finished.publish(report)
