"""The home screen: the whole course at a glance and the one obvious next step.

"Continue" (or "Start") sits on top and takes the learner straight back to where they left (the
page, or the quiz they were in); below it the modules and lessons show length, status and a
progress bar per module. Picking a lesson opens its pages (a finished one from page 1), so a
learner can always go back to read; picking a module shows what the module is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Button, OptionList, Static

from iop_course.content.model import LessonInfo, Module
from iop_course.i18n import N_, _
from iop_course.store import LessonProgress, LessonStatus
from iop_course.ui.keys import get_help_binding
from iop_course.ui.screens import review_words
from iop_course.ui.screens.one_layout_screen import OneLayoutScreen
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.course_outline import CourseOutline, module_of_option
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.problems_notice import ProblemsNotice
from iop_course.ui.widgets.review_offer import ReviewOffer
from iop_course.ui.widgets.shortened_text import ShortenedText
from iop_course.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from iop_course.review.daily import DueQuestion

QUIZ_NOT_PASSED = N_("quiz {percent}%, {pass_percent}% to pass")
QUIZ_PRACTICE_LEFT = N_("quiz {percent}%, passed; practice left")
START = N_("Start: {title}")
CONTINUE_QUIZ = N_("Continue: {title}, quiz")
CONTINUE_PAGE = N_("Continue: {title}, page {page}")
NO_LESSONS = N_("There are no lessons in {folder} yet.")
FOCUS_MARK = "▸ "


class HomeScreen(OneLayoutScreen):
    """The course list with a Continue button, laid out once before its first paint (what its
    widgets do with their first sizes is laid out with that paint)."""

    AUTO_FOCUS = "#outline"  # Up, Down and Enter work on the lessons at once, without Tab
    continue_lesson_id: str | None = None
    review_ready = False
    _shown_once = False

    BINDINGS = [
        get_help_binding(),
        Binding(
            "c", "continue_course", N_("Continue"), tooltip=N_("Go back to the page you left.")
        ),
        Binding("r", "start_review", N_("Review"), tooltip=review_words.OFFER_KEY_TOOLTIP),
        Binding(
            "m",
            "show_plan",
            N_("My plan"),
            tooltip=N_("My recovery plan: what you wrote for it in the lessons, to read or print."),
        ),
        Binding(
            "p",
            "app.show_progress",
            N_("My progress"),
            tooltip=N_("Lessons done and quiz scores over time."),
        ),
        Binding(
            "P",
            "app.present",
            N_("Present"),
            tooltip=N_("Project a lesson to a group. Nothing about your progress is shown."),
        ),
        Binding(
            "x",
            "show_problems",
            N_("Content problems"),
            tooltip=N_("Files in the course that could not be read, and why."),
        ),
    ]

    def __init__(self, build_when_shown: bool = False) -> None:
        """``build_when_shown``: compose nothing until the screen is first shown (the app
        starts on a lesson above it, and the lesson's first paint must not wait for this)."""
        super().__init__()
        self._build_when_shown = build_when_shown

    def _compositor_refresh(self) -> None:
        """Draw nothing while the app holds its frames (``batch_update``, as the first paint is
        held): Textual drew the whole screen and threw the drawing away, since no frame reaches
        the terminal then. What is left to draw stays marked, and is drawn once frames go out."""
        if not self.app._batch_count:
            super()._compositor_refresh()

    def compose(self) -> ComposeResult:
        """Continue on top, the outline below, and a line about the highlighted lesson.

        Everything is filled in here, before the first layout, so the first frame painted is
        the finished screen.
        """
        if self._build_when_shown:
            return
        progress = course_app(self).store.all_lesson_progress()
        next_lesson = self._next_lesson(progress)
        self.continue_lesson_id = next_lesson.id if next_lesson else None
        button = Button(_continue_label(next_lesson, progress), id="continue", variant="primary")
        button.display = self.continue_lesson_id is not None
        yield FittingHeader()
        yield button
        offer = ReviewOffer(id="review-offer")
        self._fill_review_offer(offer, course_app(self).todays_review.questions)
        yield offer
        yield CourseOutline(
            course_app(self).course,
            progress,
            self.continue_lesson_id,
            self._quiz_notes(progress),
            id="outline",
        )
        yield ShortenedText(self._empty_course_notice(), id="lesson-summary")
        yield ProblemsNotice(id="content-problems")
        # Its keys are shown and hidden in place: Textual's Footer rebuilds them on every
        # return home, and each old key stays referenced by a watcher on the Footer.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Follow today's review: it is built in a worker (``ui.todays_review``), which may
        have finished already. Its offer is shown as it is published, so the footer's keys
        for it are on their way before the first paint waits for the screen to settle."""
        review = course_app(self).todays_review
        review.ready.subscribe(self, self.show_review_offer, immediate=True)
        if review.questions is not None:
            self.show_review_offer(review.questions)

    def show_review_offer(self, questions: list[DueQuestion]) -> None:
        """Show the kind offer of today's review when there is one, and the r key with it."""
        offers = self.query(ReviewOffer)
        if not offers:
            return  # not built yet (the learner resumed on a lesson)
        if self._fill_review_offer(offers.first(), questions):
            self.refresh_bindings()

    def _fill_review_offer(self, offer: ReviewOffer, questions: list[DueQuestion] | None) -> bool:
        """Put the offer's words for ``questions`` in ``offer``; True when anything changed."""
        count = len(questions or ())
        words = ""
        if count:
            from iop_course.review.deck import minutes_for

            words = review_words.offer_words(count, minutes_for(count))
        ready = bool(count)
        changed = words != offer.words or ready != self.review_ready or ready != offer.display
        if words != offer.words:
            offer.words = words
            offer.update(literal(words))
        offer.display = self.review_ready = ready
        return changed

    def action_start_review(self) -> None:
        """Start today's review."""
        course_app(self).open_review()

    def on_review_offer_chosen(self, event: ReviewOffer.Chosen) -> None:
        """The offer was clicked."""
        course_app(self).open_review()

    async def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Refresh status and Continue each time the learner comes back here, with the list
        focused so the arrow keys move through the lessons at once.

        Shown for the first time, just composed, its widgets keep the styles they were given
        as they were mounted: Textual would style the whole screen again (after this handler),
        with nothing changed since."""
        if not self._shown_once and not self._build_when_shown:
            event.refresh_styles = False
        shown = self.app.screen is self
        if shown:
            course_app(self).remember_screen("home")
        if self._build_when_shown:
            if shown:
                self._build_when_shown = False
                await self.recompose()
                self._shown_once = True
                self._focus_outline()
                course_app(self).todays_review.build()
            return
        if self._shown_once:
            self.refresh_course()
        self._shown_once = True
        if shown:
            self._focus_outline()

    def _focus_outline(self) -> None:
        outlines = self.query(CourseOutline)
        if outlines:
            outlines.first().focus(scroll_visible=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Mark the focused Continue button with ▸ as well as its colour."""
        self._mark_continue()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Take the ▸ away when Continue loses the focus."""
        self._mark_continue()

    def _mark_continue(self) -> None:
        buttons = self.query("#continue").results(Button)
        button = next(buttons, None)
        if button is None:
            return
        label = str(button.label).removeprefix(FOCUS_MARK)
        button.label = literal(f"{FOCUS_MARK}{label}" if button.has_focus else label)

    def refresh_course(self) -> None:
        """Show the course with the learner's latest progress."""
        progress = course_app(self).store.all_lesson_progress()
        next_lesson = self._next_lesson(progress)
        self.continue_lesson_id = next_lesson.id if next_lesson else None
        self.query_one(CourseOutline).show(
            course_app(self).course, progress, self.continue_lesson_id, self._quiz_notes(progress)
        )
        button = self.query_one("#continue", Button)
        button.label = _continue_label(next_lesson, progress)
        self._mark_continue()
        button.display = self.continue_lesson_id is not None
        self.refresh_bindings()
        course_app(self).todays_review.build()  # answers may have changed: the offer follows

    def _quiz_notes(self, progress: dict[str, LessonProgress]) -> dict[str, str]:
        """The last first-try score, in words, of each unfinished lesson whose quiz was taken:
        failed, or passed with missed questions still to practise (stopped half-way)."""
        notes = {}
        latest = course_app(self).store.latest_scores()
        for lesson_id, record in progress.items():
            score = latest.get(lesson_id)
            if record.status is LessonStatus.DONE or not score:
                continue
            if score.percent < score.pass_percent:
                words = QUIZ_NOT_PASSED
            elif score.percent < 100:  # passed, with missed questions still to go over
                words = QUIZ_PRACTICE_LEFT
            else:
                continue
            notes[lesson_id] = _(words).format(
                percent=score.percent, pass_percent=score.pass_percent
            )
        return notes

    def _empty_course_notice(self) -> Content:
        """Say so when the content folder has no lessons, instead of showing an empty box."""
        if course_app(self).course.modules:
            return literal("")
        return literal(_(NO_LESSONS).format(folder=course_app(self).course.root))

    def _next_lesson(self, progress: dict[str, LessonProgress]) -> LessonInfo | None:
        """The lesson last worked on if unfinished, else the first lesson not yet done."""
        course = course_app(self).course
        last = course_app(self).store.last_location()
        if last is not None and last.status is not LessonStatus.DONE:
            lesson = course.lesson(last.lesson_id)
            if lesson is not None:
                return lesson
        return next(
            (
                lesson
                for lesson in course.lessons()
                if lesson.id not in progress or progress[lesson.id].status is not LessonStatus.DONE
            ),
            None,
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Continue was clicked or pressed."""
        self.action_continue_course()

    def action_continue_course(self) -> None:
        """Open the next lesson where the learner left it."""
        lesson_id = self.continue_lesson_id
        if lesson_id is None:
            return
        record = course_app(self).store.lesson_progress(lesson_id)
        course_app(self).open_lesson(lesson_id, quiz=record.where == "quiz")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the lesson the learner picked, at its pages; or the module's intro."""
        module = module_of_option(course_app(self).course, event.option.id)
        if module is not None:
            self._show_module_intro(module)
            return
        lesson_id = event.option.id
        if not lesson_id:
            return
        record = course_app(self).store.lesson_progress(lesson_id)
        # A finished lesson is read again from page 1; any other opens at the page reached.
        course_app(self).open_lesson(lesson_id, from_start=record.status is LessonStatus.DONE)

    def _show_module_intro(self, module: Module) -> None:
        """The module's intro, leading to its first unfinished lesson (or its first)."""
        if not module.lessons:
            return
        progress = course_app(self).store.all_lesson_progress()
        unfinished = [
            lesson
            for lesson in module.lessons
            if lesson.id not in progress or progress[lesson.id].status is not LessonStatus.DONE
        ]
        lesson = unfinished[0] if unfinished else module.lessons[0]
        started = lesson.id in progress and (progress[lesson.id].status is LessonStatus.IN_PROGRESS)
        course_app(self).show_module_intro(module, lesson, started=started)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the highlighted lesson's (or module's) summary under the list.

        A list that was replaced (the course drawn afresh after Delete my data) may still
        have a highlight on its way; it has no summary line any more, so it is let go.
        """
        summaries = self.query("#lesson-summary").results(Static)
        summary = next(summaries, None)
        if summary is None or not event.option_list.is_attached:
            return
        course = course_app(self).course
        module = module_of_option(course, event.option.id)
        lesson = course.lesson(event.option.id or "")
        text = module.summary if module else lesson.summary if lesson else ""
        summary.update(literal(text), layout=False)  # a fixed size: drawn again only

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only keys that can do something: Continue needs a lesson, problems need some."""
        if action == "continue_course":
            return self.continue_lesson_id is not None
        if action == "start_review":
            return self.review_ready
        if action == "show_problems":
            report = course_app(self).content_check.report
            return bool(report and report.errors)
        return True

    def action_show_plan(self) -> None:
        """Open the learner's recovery plan."""
        course_app(self).show_recovery_plan()

    def action_show_problems(self) -> None:
        """List the course files that could not be read."""
        course_app(self).show_content_problems()


def _continue_label(lesson: LessonInfo | None, progress: dict[str, LessonProgress]) -> Content:
    """Words for the big button: start the next lesson, or continue where the learner was."""
    if lesson is None:
        return literal("")
    record = progress.get(lesson.id)
    if record is None or record.status is LessonStatus.NOT_STARTED:
        return literal(_(START).format(title=lesson.title))
    if record.where == "quiz":
        return literal(_(CONTINUE_QUIZ).format(title=lesson.title))
    return literal(_(CONTINUE_PAGE).format(title=lesson.title, page=record.page + 1))
