"""My progress: each module's lessons done, and every quiz's scores over time, in words too.

Seeing how far one has come helps a learner keep going. Each module shows a bar and "3 of 7
lessons done"; each quiz taken shows a small chart of its scores (oldest on the left, a taller
mark for a higher score) with "last 80%, best 100%, 3 tries" beside it, so nothing is told by
colour or shape alone. The words are kind: a low score is a step, never a failure. The numbers
and glyphs come from the headless ``iop_course.progress`` package; this screen only lays them
out, narrower charts on a narrow terminal.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from iop_course.i18n import N_, _, ngettext
from iop_course.progress.charts import bar, sparkline
from iop_course.progress.summary import CourseProgress, ModuleProgress, QuizHistory, summarize
from iop_course.review.summary import ReviewSummary, summarise
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal

TITLE = N_("My progress")
NO_LESSONS = N_("There are no lessons in this course yet.")
HOW_TO_READ = N_(
    "Each chart shows one quiz's scores, oldest on the left: a taller mark is a "
    "higher score. Every try counts, and you can take any quiz again whenever you "
    "like."
)
QUIZ_WORDS = N_("last {last}%, best {best}%, {tries}")
NO_QUIZ_YET = N_("No quiz taken in this module yet.")
REVIEW_LINE = N_(
    "Spaced review: {learned} learned, {learning} still being learned. Questions come "
    "back a few days later, so they stay with you."
)
NO_REVIEW_YET = N_(
    "Spaced review: questions from your quizzes come back a few days later, a few "
    "at a time, so they stay with you."
)

WIDEST_BAR = 20
WIDEST_CHART = 30
NARROWEST = 5
SIDE_ROOM = 12
"""Columns around a chart line: padding, scrollbar, indent and the gap before the words."""


class ProgressScreen(Screen[None]):
    """The course's progress, module by module; the arrows scroll it."""

    CSS_PATH = "progress.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding(
            "escape,b",
            "dismiss",
            N_("Lessons"),
            key_display="Esc",
            tooltip=N_("Back to the list of lessons."),
        ),
        Binding(
            "d",
            "app.delete_my_data",
            N_("Delete my data"),
            tooltip=N_(
                "Remove everything the course keeps about you on this computer (it asks first)."
            ),
        ),
    ]

    def compose(self) -> ComposeResult:
        """The whole-course line, how to read the charts, then one block per module."""
        store = course_app(self).store
        self.summary: CourseProgress = summarize(
            course_app(self).course, store.all_lesson_progress(), store.quiz_scores
        )
        width = self.app.size.width
        yield FittingHeader()
        with VerticalScroll(id="progress"):
            yield Static(self._course_line(), id="course-done")
            yield Static(
                literal(review_line(summarise(course_app(self).reviews))), id="review-done"
            )
            yield Static(literal(_(HOW_TO_READ)), id="how-to-read")
            for module in self.summary.modules:
                yield Static(module_block(module, width), classes="module-progress")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Title the screen and let the arrows scroll it at once."""
        self.title = _(TITLE)
        self.query_one("#progress", VerticalScroll).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Fit the charts to the new width."""
        blocks = self.query(".module-progress").results(Static)
        for module, block in zip(self.summary.modules, blocks, strict=True):
            block.update(module_block(module, event.size.width))

    def _course_line(self) -> Content:
        if not self.summary.modules:
            return literal(_(NO_LESSONS))
        return literal(
            ngettext(
                "{done} of {total} lesson done in the whole course.",
                "{done} of {total} lessons done in the whole course.",
                self.summary.total,
            ).format(done=self.summary.done, total=self.summary.total),
            "bold",
        )


def module_block(module: ModuleProgress, width: int) -> Content:
    """A module's title, its bar with "N of M lessons done", and a chart line per quiz taken."""
    filled, empty = bar(module.done, module.total, max(NARROWEST, min(WIDEST_BAR, width - 30)))
    parts: list[str | tuple[str, str]] = [
        (module.title, "bold"),
        "\n",
        (filled, "$success"),
        (empty, "$text-muted"),
        "  "
        + ngettext(
            "{done} of {total} lesson done", "{done} of {total} lessons done", module.total
        ).format(done=module.done, total=module.total),
    ]
    for quiz in module.quizzes:
        parts.extend(["\n  ", quiz.title, "\n    ", *_chart_line(quiz, width)])
    if not module.quizzes:
        parts.extend(["\n  ", (_(NO_QUIZ_YET), "$text-muted")])
    return Content.assemble(*parts)


def review_line(review: ReviewSummary) -> str:
    """How spaced review is going, in words: learned and still being learned, never overdue."""
    if review.learned + review.learning == 0:
        return _(NO_REVIEW_YET)
    return _(REVIEW_LINE).format(learned=review.learned, learning=review.learning)


def quiz_words(quiz: QuizHistory) -> str:
    """The numbers beside a quiz's chart: "last 80%, best 100%, 3 tries"."""
    tries = ngettext("{count} try", "{count} tries", quiz.tries).format(count=quiz.tries)
    return _(QUIZ_WORDS).format(last=quiz.last, best=quiz.best, tries=tries)


def _chart_line(quiz: QuizHistory, width: int) -> list[str | tuple[str, str]]:
    words = quiz_words(quiz)
    room = max(NARROWEST, min(WIDEST_CHART, width - SIDE_ROOM - len(words)))
    return [(sparkline(quiz.percents, room), "$accent"), "  ", words]
