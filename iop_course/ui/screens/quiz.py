"""Taking a lesson's quiz: one question at a time, feedback on every answer, then mastery.

The quiz rules live in ``QuizSession`` and its saving in ``QuizRun`` (no Textual, shared with
plain mode); this screen shows the current question and passes answers to the run, which saves
the session after every step so a learner who quits comes back to the same question (with the
same order of choices), and records every answer and each first pass's score in the progress
store. When the quiz is over, the result screen takes its place.

Each key means one thing here: numbers, Enter and Space only answer (or tick), and only ``n``
(or →) moves on, so a key pressed twice never answers a question unseen. The feedback opens
between the question and its marked choices, so its verdict shows where the learner was looking,
without scrolling. The widgets are built once and filled in place for each question and answer,
which keeps every step quick; those that change size (``SizedInLayout``) are laid out once per
step.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from iop_course.content.model import LessonInfo
from iop_course.content.quiz_model import Question, Quiz
from iop_course.content.quiz_session import Phase, QuizSession
from iop_course.i18n import N_, _
from iop_course.learning.quiz_run import QuizRun
from iop_course.ui.answer_keys import (
    HINT,
    HOW_TO_PICK_ONE,
    HOW_TO_SELECT_ALL,
    NEXT_QUESTION,
    NOTHING_MARKED,
    NOTHING_TICKED,
    answering_bindings,
)
from iop_course.ui.keys import get_help_binding
from iop_course.ui.screens.answering_screen import AnsweringScreen
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.answer_feedback import AnswerFeedback, verdict
from iop_course.ui.widgets.choice_list import ChoiceList
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.markdown_text import markdown_text
from iop_course.ui.widgets.question_text import QuestionText
from iop_course.ui.widgets.quiz_body import QuizBody
from iop_course.ui.widgets.steady_footer import SteadyFooter

MUTED = "$text-muted"
VERDICT_ROWS = 3  # the feedback's border, its verdict and the line under it

# What the learner reads on this screen, in one place.
TITLE = N_("Quiz: {lesson}")
FIRST_PASS = N_("Question {number} of {total}")
REVIEW = N_("Practice the ones you missed: {number} of {total}")
REVIEW_NOTE = N_(
    "Let's go over the questions you missed. Each one comes back until you get it right."
)
FIRST_TRY = N_(
    "On the first try you got {right} of {total} right ({percent}%; {pass_percent}% to pass)."
)
FIRST_TRY_SHORT = N_("first try {percent}%")
SEE_SCORE = N_("n: see your score")
CANNOT_RUN = N_("This quiz cannot run")
NO_WORKING_QUESTION = N_(
    "This lesson's quiz has mistakes, so none of its questions can be shown. Whoever looks "
    "after the course can find them with 'iop-course check', or under Content problems (x on "
    "the list of lessons). The lesson is not marked done. Your reading is saved."
)
UNREADABLE = N_(
    "This lesson's quiz could not be read: {problem} Whoever looks after the course can fix "
    "it. The lesson is not marked done. Your reading is saved."
)


class QuizScreen(AnsweringScreen):
    """A lesson's quiz, from the first question to the last answer."""

    CSS_PATH = "quiz.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding(
            "n,right",
            "next_question",
            N_("Next question"),
            key_display="n",
            tooltip=N_("After the feedback: go on to the next question."),
        ),
        Binding(
            "n,right",
            "see_result",
            N_("See your score"),
            key_display="n",
            tooltip=N_("After the last feedback: see your score."),
        ),
        *answering_bindings(),
        Binding(
            "l",
            "read_lesson",
            N_("Read the lesson"),
            tooltip=N_(
                "Open the lesson at page 1. Your place in the quiz is saved, and the "
                "lesson's last page brings you back to it."
            ),
        ),
        Binding(
            "escape,b",
            "back",
            N_("Lessons"),
            tooltip=N_("Back to the list of lessons. Your place in the quiz is saved."),
        ),
    ]

    def __init__(
        self, info: LessonInfo, quiz: Quiz, retake_after: QuizSession | None = None
    ) -> None:
        super().__init__()
        self.info = info
        self.quiz = quiz
        self.retake_after = retake_after
        self.session: QuizSession | None = None
        self.run: QuizRun | None = None
        self.hint_shown = False

    def compose(self) -> ComposeResult:
        """Every part of a question, built once; each question fills them in."""
        yield FittingHeader()
        with QuizBody(id="quiz-body") as body:
            body.can_focus = False  # the screen owns every key, so no widget takes ↑ ↓ first
            yield QuestionText(id="question")
            yield AnswerFeedback(id="feedback", classes="feedback")
            yield ChoiceList(id="choices")
            yield Static(id="hint", classes="hint")
        yield Static(id="quiz-status")
        yield SteadyFooter()

    async def on_mount(self) -> None:
        """Pick up a session in progress, or start one (a new order of choices on a retake)."""
        self.title = _(TITLE).format(lesson=self.info.title)
        self.run = QuizRun(course_app(self).store, self.info, self.quiz)
        self.session = self.run.begin(retake_after=self.retake_after)
        course_app(self).remember_screen("quiz")
        await self._show_question()

    def _question(self) -> Question | None:
        return None if self.run is None else self.run.question

    async def _show_question(self) -> None:
        """Fill the screen with the current question, its story at the top, nothing marked."""
        session, question = self.session, self._question()
        assert session is not None and question is not None
        template = _(FIRST_PASS) if session.phase is Phase.FIRST else _(REVIEW)
        self.sub_title = template.format(number=session.position + 1, total=len(session.round))
        self.query_one(ChoiceList).show(session.choices_in_order(question), question.select_all)
        hint = self.query_one("#hint", Static)
        hint.update(Content(_(HINT).format(hint=question.hint)))
        hint.display = self.hint_shown = False
        self.query_one(AnswerFeedback).display = False
        if session.answered:
            self._show_feedback(question)
        else:
            self.question_shown()
            self._show_status()
        self.query_one("#quiz-body", QuizBody).scroll_home(animate=False)
        self.refresh_bindings()

    def _show_feedback(self, question: Question) -> None:
        """Mark the choices, fill in the feedback and bring its verdict into view."""
        assert self.session is not None and self.session.current_pick is not None
        picked = set(self.session.current_pick)
        shown = self.session.choices_in_order(question)
        self.query_one(ChoiceList).reveal(picked)
        self.query_one(AnswerFeedback).show(question, picked, shown)
        self._show_status(verdict(question.is_right(picked)))
        self.query_one("#quiz-body", QuizBody).scroll_home(animate=False)
        self.call_after_refresh(self._bring_verdict_into_view)

    def _bring_verdict_into_view(self) -> None:
        """The feedback sits under the question, so its verdict is nearly always in view at
        once; only under a very long story is it scrolled up to the top."""
        body = self.query_one("#quiz-body", QuizBody)
        feedback = self.query_one(AnswerFeedback)
        top = feedback.region
        verdict_rows = Region(top.x, top.y, top.width, min(top.height, VERDICT_ROWS))
        if feedback.display and not body.region.contains_region(verdict_rows):
            body.scroll_to_widget(feedback, animate=False, top=True)

    def _show_status(self, said: str = "") -> None:
        """The question (with how to answer it, until it is answered) and the line above the
        keys: where the learner is or, after an answer, what is next."""
        session, question = self.session, self._question()
        assert session is not None and question is not None
        self.query_one("#question", Static).update(
            question_text(
                question,
                review_start=session.phase is Phase.REVIEW and session.position == 0,
                answered=bool(said),
                first_try=self._first_try(),
            )
        )
        line = self.sub_title or ""
        if session.phase is Phase.REVIEW:  # the score stays in view while going over misses
            line = f"{line}  ·  {_(FIRST_TRY_SHORT).format(percent=session.score_percent)}"
        if said:
            next_step = _(SEE_SCORE) if self._last_in_round() else _(NEXT_QUESTION)
            line = f"{line}  ·  {said}  ·  {next_step}"
        self.query_one("#quiz-status", Static).update(Content(line))

    def _first_try(self) -> str:
        """The first-try score in words, told before going over the missed questions, so a
        learner who stops half-way still knows it."""
        session = self.session
        assert session is not None
        return _(FIRST_TRY).format(
            right=session.right_first_time,
            total=len(session.quiz_questions),
            percent=session.score_percent,
            pass_percent=self.quiz.pass_percent,
        )

    def _last_in_round(self) -> bool:
        """True once the last question is answered and nothing missed is left to go over."""
        assert self.run is not None
        return self.run.last_in_round

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that make sense right now are shown and work."""
        session, question = self.session, self._question()
        if session is None or question is None:
            return action in ("back", "read_lesson")
        waiting = not session.answered
        if action in ("pick", "move", "choose"):
            return waiting
        if action == "scroll":
            return not waiting
        if action == "check_answer":
            return waiting and question.select_all
        if action == "show_hint":
            return waiting and bool(question.hint) and not self.hint_shown
        if action == "next_question":
            return not waiting and not self._last_in_round()
        if action == "see_result":
            return not waiting and self._last_in_round()
        return True

    async def _answer(self, picked: set[str]) -> None:
        question, session = self._question(), self.session
        if question is None or session is None or session.answered or not picked:
            return
        assert self.run is not None
        self.run.answer(picked)
        self._show_feedback(question)
        self.refresh_bindings()

    async def _choose(self, index: int) -> None:
        """The choice at ``index`` (in the order shown) answers, or is ticked in 'select all'."""
        choices = self.query_one(ChoiceList)
        if self.session is None or self.session.answered or index >= len(choices.choices):
            return
        if self.too_soon_to_answer():
            return
        if choices.select_all:
            choices.toggle(index)
        else:
            await self._answer({choices.choices[index].id})

    async def action_pick(self, key: str) -> None:
        """A number key picks (or, in 'select all', ticks) that choice."""
        await self._choose(int(key) - 1)

    async def action_choose(self) -> None:
        """Enter or Space: the marked choice answers (or is ticked)."""
        if self.too_soon_to_answer():
            return
        marked = self.query_one(ChoiceList).highlighted
        if marked is None:
            self.tell(_(NOTHING_MARKED))
            return
        await self._choose(marked)

    @on(ChoiceList.Chosen)
    async def _clicked(self, event: ChoiceList.Chosen) -> None:
        await self._choose(event.index)

    async def action_check_answer(self) -> None:
        """Check a 'select all that apply' answer."""
        if self.too_soon_to_answer():
            return
        ticked = self.query_one(ChoiceList).ticked
        if not ticked:
            self.tell(_(NOTHING_TICKED))
            return
        await self._answer(set(ticked))

    async def action_next_question(self) -> None:
        """Go on after reading the feedback."""
        self._advance()
        await self._show_question()

    def action_see_result(self) -> None:
        """After the last feedback: the score, on its own screen."""
        self._advance()
        from iop_course.ui.screens.quiz_result import QuizResultScreen

        assert self.session is not None
        self.app.switch_screen(QuizResultScreen(self.info, self.quiz, self.session))

    def _advance(self) -> None:
        """Move the session on; the run saves it, keeps a first pass's score and marks the
        lesson done when it is passed and mastered."""
        assert self.run is not None
        self.run.advance()

    def action_read_lesson(self) -> None:
        """Open the lesson at page 1; the quiz is saved and waits at the lesson's end."""
        self.dismiss()
        course_app(self).open_lesson(self.info.id, from_start=True)

    def action_back(self) -> None:
        """Back to the lessons; the session is saved."""
        self.dismiss()


def question_text(
    question: Question, review_start: bool, answered: bool, first_try: str = ""
) -> Content:
    """The story, the question and how to answer it, as one text (a single widget to update);
    the first question gone over again starts with the first-try score."""
    parts = []
    if review_start:
        parts.append(Content.assemble((f"{first_try} {_(REVIEW_NOTE)}".strip(), MUTED)))
    if question.scenario:
        parts.append(markdown_text(question.scenario))
    prompt = Content.assemble((question.prompt, "bold"))
    if not answered:
        how = _(HOW_TO_SELECT_ALL) if question.select_all else _(HOW_TO_PICK_ONE)
        prompt = Content.assemble(prompt, "\n", (how, MUTED))
    parts.append(prompt)
    return Content("\n\n").join(parts)
