"""What a module is about, shown where a learner meets it: before its first lesson, and from home.

Each ``module.md`` has a summary and an intro written for the learner; this screen shows both,
then offers the lesson it leads to. It is shown once on the way into a module's first lesson
(while that lesson is not started), and whenever the learner picks the module on the home list.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from iop_course.content.model import LessonInfo, Module
from iop_course.i18n import N_, Words
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.course_markdown import CourseMarkdown
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "title": N_("About this module"),
        "start": N_("Start: {title}"),
        "continue": N_("Continue: {title}"),
    }
)


class ModuleIntroScreen(Screen[None]):
    """A module's title, summary and intro, then the way into ``lesson``."""

    CSS_PATH = "module_intro.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding(
            "enter",
            "open_lesson",
            N_("Start the lesson"),
            key_display="Enter",
            tooltip=N_("Open the lesson this module leads to."),
        ),
        Binding(
            "right,n,space",
            "read_on",
            N_("Read on"),
            key_display="→",
            tooltip=N_("Show the rest of this text; at its end, open the lesson."),
        ),
        Binding(
            "escape,left,b",
            "back",
            N_("Lessons"),
            key_display="Esc",
            tooltip=N_("Back to the list of lessons."),
        ),
    ]

    def __init__(self, module: Module, lesson: LessonInfo, started: bool = False) -> None:
        """``started`` words the way on as going on with ``lesson`` rather than starting it."""
        super().__init__()
        self.module = module
        self.lesson = lesson
        self.started = started

    def compose(self) -> ComposeResult:
        """The summary, the intro, and a button into the lesson (Enter presses it too)."""
        yield FittingHeader()
        with VerticalScroll(id="module-intro"):
            yield Static(literal(self.module.title), classes="module-title")
            if self.module.summary:
                yield Static(literal(self.module.summary), classes="module-summary")
            if self.module.intro.strip():
                yield CourseMarkdown(self.module.intro, classes="module-text")
            way_on = WORDS["continue" if self.started else "start"]
            yield Button(
                literal(way_on.format(title=self.lesson.title)), id="way-on", variant="primary"
            )
        yield FittingFooter()

    def on_mount(self) -> None:
        """Title the screen after the module."""
        self.title = self.module.title
        self.sub_title = WORDS["title"]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The way on was clicked."""
        self.action_open_lesson()

    def action_read_on(self) -> None:
        """Like a lesson page: scroll while text remains below, then go into the lesson."""
        text = self.query_one("#module-intro", VerticalScroll)
        if text.scroll_y < text.max_scroll_y:
            step = max(1, text.scrollable_content_region.height - 2)
            text.scroll_to(y=text.scroll_y + step, animate=False, immediate=True)
        else:
            self.action_open_lesson()

    def action_open_lesson(self) -> None:
        """Go into the lesson, in this screen's place (Esc from it returns to the lessons)."""
        self.dismiss()
        course_app(self).open_lesson(self.lesson.id, intro=False)

    def action_back(self) -> None:
        """Back to the list of lessons."""
        self.dismiss()
