"""The result of a quiz: the first-try score against the pass mark, and where to go next.

It is a screen of its own, so it always shows (no key that moved through the quiz can skip it)
and its keys mean one thing each: read the lesson again, try the quiz again, the next lesson,
or the list of lessons.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from iop_course.content.model import LessonInfo
from iop_course.content.quiz_model import Quiz
from iop_course.content.quiz_session import QuizSession
from iop_course.i18n import N_, _
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader

# What the learner reads on this screen, in one place.
TITLE = N_("Quiz: {lesson}")
SUB_TITLE = N_("Your result")
SCORE = N_(
    "You got {right} of {total} right on the first try ({percent}%). "
    "You need {pass_percent}% to pass."
)
PASSED = N_("You passed{went_over}. This lesson is done. Well done.")
WENT_OVER_ONE = N_(", and you went back over the question you missed until you got it right")
WENT_OVER_MANY = N_(
    ", and you went back over the {missed} questions you missed until you got each one right"
)
NOT_PASSED = N_(
    "Not this time, and that is OK: going back over a lesson is part of learning. "
    "Press l to read the lesson again from page 1, or r to try the quiz again."
)
NEXT_LESSON = N_("Next lesson: {title}. Press c to start it, or Esc for the list of lessons.")
LAST_LESSON = N_("That was the last lesson. Press Esc for the list of lessons.")


class QuizResultScreen(Screen[None]):
    """The score of a finished quiz and the ways on from it."""

    CSS_PATH = "quiz_result.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding("c", "next_lesson", N_("Next lesson"), tooltip=N_("Start the next lesson.")),
        Binding(
            "l",
            "read_lesson",
            N_("Read the lesson"),
            tooltip=N_("Open this lesson again at page 1. Its last page leads to the quiz."),
        ),
        Binding(
            "r",
            "retake",
            N_("Try the quiz again"),
            tooltip=N_(
                "Take this quiz again from the first question, with the choices in a new order."
            ),
        ),
        Binding("escape,b", "back", N_("Lessons"), tooltip=N_("Back to the list of lessons.")),
    ]

    def __init__(self, info: LessonInfo, quiz: Quiz, session: QuizSession) -> None:
        super().__init__()
        self.info = info
        self.quiz = quiz
        self.session = session
        self.next_lesson: LessonInfo | None = None

    def compose(self) -> ComposeResult:
        """The score, what it means, and the next lesson."""
        self.next_lesson = course_app(self).course.lesson_after(self.info.id)
        yield FittingHeader()
        with VerticalScroll(id="result-body"):
            for line in self._lines():
                yield Static(Content(line), classes="summary")
        yield FittingFooter()

    def on_mount(self) -> None:
        """Titles; reopening the app after a finished quiz goes to the list of lessons."""
        self.title = _(TITLE).format(lesson=self.info.title)
        self.sub_title = _(SUB_TITLE)
        course_app(self).remember_screen("home")

    def _lines(self) -> list[str]:
        session, quiz = self.session, self.quiz
        total = len(quiz.questions)
        right = session.right_first_time
        lines = [
            _(SCORE).format(
                right=right,
                total=total,
                percent=session.score_percent,
                pass_percent=quiz.pass_percent,
            )
        ]
        if session.passed(quiz.pass_percent):
            lines.append(_(PASSED).format(went_over=_went_over(total - right)))
        else:
            lines.append(_(NOT_PASSED))
        if self.next_lesson is not None:
            lines.append(_(NEXT_LESSON).format(title=self.next_lesson.title))
        else:
            lines.append(_(LAST_LESSON))
        return lines

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Next lesson only when there is one."""
        if action == "next_lesson":
            return self.next_lesson is not None
        return True

    def action_next_lesson(self) -> None:
        """Open the lesson after this one."""
        self.dismiss()
        if self.next_lesson is not None:
            course_app(self).open_lesson(self.next_lesson.id)

    def action_read_lesson(self) -> None:
        """Open this lesson at its first page."""
        self.dismiss()
        course_app(self).open_lesson(self.info.id, from_start=True)

    def action_retake(self) -> None:
        """The quiz again, from the first question, in a new order."""
        from iop_course.ui.screens.quiz import QuizScreen

        self.app.switch_screen(QuizScreen(self.info, self.quiz, retake_after=self.session))

    def action_back(self) -> None:
        """Back to the list of lessons."""
        self.dismiss()


def _went_over(missed: int) -> str:
    """The words that credit the learner for mastering the questions they missed."""
    if missed == 0:
        return ""
    if missed == 1:
        return _(WENT_OVER_ONE)
    return _(WENT_OVER_MANY).format(missed=missed)
