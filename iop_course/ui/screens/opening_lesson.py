"""Opening a long lesson: its text is parsed apart while this screen says so.

A lesson file of a few kilobytes is parsed in milliseconds, on the app's own thread, before its
screen is made. A very long one (an author's page of 50,000 list items took seconds) froze the
whole app meanwhile, Get help now included. So a lesson file larger than LONG_LESSON_BYTES is
parsed in a thread worker, and one larger than PARSE_APART_BYTES in a child process that worker
waits for (``content.parse_apart``: a thread shares Python's time with the app's own thread,
so every screen drawn meanwhile is slower, for as long as the parse lasts), while this screen shows
its title and that it is opening, with Get help now, How to use, Esc and q working. Once it is
parsed the lesson screen takes this one's place, at once, or when this screen is in front again
if the learner opened help meanwhile. A file that cannot be read is told as for a short lesson,
and the learner is back where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from iop_course.content import loader
from iop_course.content.lesson_model import Lesson
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import LessonInfo
from iop_course.content.parse_apart import ParseStopped
from iop_course.i18n import N_, Words
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal

LONG_LESSON_BYTES = 32_000
"""Larger lesson files are parsed away from the app's thread. The built-in course's longest is
about 17 KB (some 20 ms of parsing); 32 KB takes about 40 ms, a frame or two, on a slow machine."""
PARSE_APART_BYTES = 256_000
"""Larger lesson files are parsed in a child process, smaller ones in a thread: starting the
child costs about as much as a thread's parse of this size (0.2 s), which slows the app's
thread only while it lasts."""

WORDS = Words(
    {
        "opening": N_("Opening…"),
        "long": N_("This lesson is long, so it takes a moment to open."),
    }
)


class OpeningLessonScreen(Screen[None]):
    """The lesson ``info`` being parsed in a thread; ``lesson_screen`` makes the screen that
    shows it once parsed."""

    BINDINGS = [
        get_help_binding(),
        Binding(
            "escape",
            "back",
            N_("Lessons"),
            key_display="Esc",
            tooltip=N_("Back to the list of lessons."),
        ),
    ]

    def __init__(self, info: LessonInfo, lesson_screen: Callable[[Lesson], Screen[None]]) -> None:
        super().__init__()
        self.info = info
        self._lesson_screen = lesson_screen
        self._opened: Lesson | ContentUnreadable | None = None

    def compose(self) -> ComposeResult:
        """The lesson's title above, and that it is opening."""
        yield FittingHeader()
        yield Static(literal(WORDS["long"]), id="opening-lesson")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Start parsing the lesson."""
        self.title = self.info.title
        self.sub_title = WORDS["opening"]
        self.run_worker(self._parse, name="opening a lesson", thread=True)

    def _parse(self) -> None:
        """Parse the lesson (in the worker's thread) and hand it to the app's thread."""
        worker = get_current_worker()
        opened: Lesson | ContentUnreadable
        try:
            apart = file_size(self.info.path) > PARSE_APART_BYTES
            opened = loader.open_lesson(
                self.info, in_a_process=apart, stopped=lambda: worker.is_cancelled
            )[0]
        except ContentUnreadable as error:
            opened = error
        except ParseStopped:
            return
        if worker.is_cancelled:
            return  # the learner went back to the lessons meanwhile
        try:
            self.app.call_from_thread(self._parsed, opened)
        except RuntimeError:
            return  # the app closed meanwhile

    def _parsed(self, opened: Lesson | ContentUnreadable) -> None:
        self._opened = opened
        if self.app.screen is self:  # not ``is_current``, true under a dialog as well
            self._show()

    def on_screen_resume(self) -> None:
        """Back in front (help closed): show the lesson if it was parsed meanwhile."""
        if self._opened is not None:
            self._show()

    def _show(self) -> None:
        """The lesson screen in this one's place, or the reason the file cannot be read."""
        opened = self._opened
        if isinstance(opened, ContentUnreadable):
            course_app(self).tell_lesson_unreadable(opened)
            self.dismiss()
        elif opened is not None:
            self.app.switch_screen(self._lesson_screen(opened))

    def action_back(self) -> None:
        """Back to the list of lessons; the parse is stopped (its worker is cancelled)."""
        self.dismiss()


def file_size(path: Path) -> int:
    """The file's size in bytes; 0 when it cannot be read (opening it then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0
