"""The app's copy of ``iop-course check``: the same function, run in a Textual thread worker.

The home screen's count of mistakes and the problems screen show exactly what the checker
prints (one code path, not two). The app's own check, started just after the first screen is
painted, looks only for mistakes: what leaves a lesson or a question out, in the course as the
learner reads it (in Spanish, the Spanish files; no translation is compared with its English,
which would double its work, and is the author's check). The quality warnings
(reading grade, length) need the checker's pronouncing dictionary, which a learner never needs
and which would stay in memory for the whole session, so only the problems screen asks for
them, when it is opened. Checking parses every lesson and quiz, which takes too long for the UI
thread; screens subscribe to ``finished``.

The built-in course is not checked after start-up: it is checked before it ships (CI runs
``iop-course check`` on it, and a test fails on any mistake), so the check could only find
nothing, and parsing every lesson and quiz while the learner reads cost the learner's peak
memory (benchmarks/memory.py) and, on an old laptop, the GIL. A content folder
someone can edit (``--content``) is checked as before, and the problems screen checks any
folder when it is opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.dom import DOMNode
from textual.signal import Signal
from textual.worker import get_current_worker

from iop_course.content.locate import is_builtin_content
from iop_course.content.model import Problem
from iop_course.i18n import ENGLISH, N_, _, active_language

if TYPE_CHECKING:  # the checker itself is imported in the worker, to keep start-up quick
    from iop_course.content.checker import CheckReport

START_DELAY_SECONDS = 0.5  # after the first screens are opened: their paint takes well under this
WORKER_GROUP = "content-check"
NOT_CHECKED = N_(
    "the course files could not be checked ({error}); run 'iop-course check' to see more."
)


class ContentCheck:
    """The checker's report on the course folder, once the worker has finished.

    ``quality``: also look for what makes a lesson harder to read (as ``iop-course check``
    does); without it, only for mistakes.
    """

    def __init__(self, app: App, root: Path, quality: bool = False) -> None:
        self.root = root
        self.quality = quality
        self.checks_after_start = not is_builtin_content(root)  # the built-in one ships checked
        self.report: CheckReport | None = None
        self.finished: Signal[CheckReport] = Signal(app, "content-checked")
        self._app = app

    def start_soon(self) -> None:
        """Check once the first screen is painted, so start-up is not slowed down by it
        (never for the built-in course: ``checks_after_start``)."""
        if self.checks_after_start:
            self._app.set_timer(START_DELAY_SECONDS, self.start)

    def start(self, owner: DOMNode | None = None) -> None:
        """Check the course folder in a thread worker of ``owner`` (the app by default);
        ``finished`` is published with the report.

        The worker stops between two files when its owner goes away (a screen closed, or the
        app quit), so quitting while a large course is checked does not wait for the rest.
        """
        (owner or self._app).run_worker(
            self._check, name="content check", group=WORKER_GROUP, thread=True, exit_on_error=False
        )

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything the checker found so far (nothing until it has finished)."""
        return tuple(self.report.problems) if self.report else ()

    def _check(self) -> None:
        """Run the checker (in the worker) and hand its report to the app's own thread."""
        from iop_course.content import checker

        worker = get_current_worker()
        try:
            report = checker.check_content(
                self.root,
                quality=self.quality,
                stopped=lambda: worker.is_cancelled,
                # The learner's check reads the course in the learner's language, for its
                # own mistakes; comparing translations with their English is the author's.
                translations=None if self.quality else (),
                language=ENGLISH if self.quality else active_language(),
            )
        except checker.CheckStopped:
            return
        except Exception as error:
            report = checker.CheckReport(
                problems=[
                    Problem(
                        self.root,
                        0,
                        _(NOT_CHECKED).format(error=error),
                    )
                ]
            )
        if worker.is_cancelled or not self._app.is_running:
            return  # the app (or the screen that asked) closed while the check ran
        try:
            self._app.call_from_thread(self._finish, report)
        except RuntimeError:
            return  # it closed just now

    def _finish(self, report: CheckReport) -> None:
        self.report = report
        self.finished.publish(report)
