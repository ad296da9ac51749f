"""Taking a lesson's quiz: one question at a time, feedback on every answer, then mastery.

The quiz rules live in ``QuizSession`` (no Textual); this screen shows the current question,
passes answers to it, saves the session after every step so a learner who quits comes back to
the same question, and records every answer in the progress store.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Markdown, OptionList, Static

from iop_course.content.model import LessonInfo, Question, Quiz
from iop_course.content.quiz_session import Phase, QuizSession
from iop_course.ui.widgets.answer_feedback import AnswerFeedback
from iop_course.ui.widgets.choice_list import MultiChoiceList, SingleChoiceList
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.literal import literal

NUMBER_KEYS = tuple(str(number) for number in range(1, 10))


class QuizScreen(Screen[None]):
    """A lesson's quiz, from the first question to the score."""

    CSS_PATH = "quiz.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding("1", "pick(1)", "Pick", key_display="1-9",
                tooltip="Press a choice's number to pick it (or tick it, in 'select all')."),
        *(Binding(key, f"pick({key})", "Pick", show=False) for key in NUMBER_KEYS[1:]),
        Binding("c", "check_answer", "Check", tooltip="See if your choices are right."),
        Binding("h", "show_hint", "Hint", tooltip="A nudge in the right direction."),
        Binding("enter,n,right", "next_question", "Next", priority=True, key_display="enter",
                tooltip="Go on to the next question."),
        Binding("r", "retake", "Try the quiz again", tooltip="Start this quiz again."),
        Binding("n,right", "next_lesson", "Next lesson", key_display="n",
                tooltip="Go on to the next lesson."),
        Binding("escape,b", "back", "Lessons", tooltip="Back to the list of lessons. "
                "Your place in the quiz is saved."),
    ]

    def __init__(self, info: LessonInfo, quiz: Quiz) -> None:
        super().__init__()
        self.info = info
        self.quiz = quiz
        self.session: QuizSession | None = None
        self.hint_shown = False

    def compose(self) -> ComposeResult:
        """The question area; its contents change with each question."""
        yield Header()
        yield VerticalScroll(id="quiz-body")
        yield Footer()

    async def on_mount(self) -> None:
        """Pick up a session in progress, or start one."""
        self.title = f"Quiz: {self.info.title}"
        store = self.app.store
        saved = store.quiz_session(self.info.id)
        restored = QuizSession.from_dict(saved, self.quiz) if saved else None
        self.session = restored or QuizSession.start(self.quiz)
        store.set_in_quiz(self.info.id)
        self.app.remember_screen("quiz")
        await self._show()

    def _question(self) -> Question | None:
        assert self.session is not None
        qid = self.session.current_id
        return next((q for q in self.quiz.questions if q.id == qid), None)

    async def _show(self) -> None:
        """Show the current question (with its feedback if answered), or the score."""
        body = self.query_one("#quiz-body", VerticalScroll)
        await body.remove_children()
        self.hint_shown = False
        question = self._question()
        if question is None:
            await body.mount_all(self._summary())
        else:
            await body.mount_all(self._question_widgets(question))
            choices = body.query_one("#choices")
            if self.session.answered:
                _show_pick(choices, question, self.session.current_pick)
                choices.disabled = True
                await body.mount(AnswerFeedback(question, set(self.session.current_pick)))
                body.scroll_end(animate=False)
            else:
                choices.focus()
        self.refresh_bindings()

    def _question_widgets(self, question: Question) -> list[Widget]:
        session = self.session
        if session.phase is Phase.FIRST:
            self.sub_title = f"Question {session.position + 1} of {len(session.round)}"
        else:
            self.sub_title = (f"Practice the ones you missed: {session.position + 1} "
                              f"of {len(session.round)}")
        widgets: list[Widget] = []
        if session.phase is Phase.REVIEW and session.position == 0:
            widgets.append(Static(literal(
                "Let's go over the questions you missed. Each one comes back until you get it "
                "right."), classes="quiz-note"))
        if question.scenario:
            widgets.append(Markdown(question.scenario, open_links=False, classes="scenario"))
        widgets.append(Static(literal(question.prompt), classes="prompt"))
        how = ("Tick every right choice (Space or its number), then press c to check."
               if question.select_all else "Pick one: press its number, or Enter.")
        widgets.append(Static(literal(how), classes="how-to-answer"))
        widgets.append(
            MultiChoiceList(question) if question.select_all else SingleChoiceList(question))
        widgets.append(Static(literal(f"Hint: {question.hint}"), id="hint", classes="hint"))
        return widgets

    def _summary(self) -> list[Widget]:
        assert self.session is not None
        session, quiz = self.session, self.quiz
        self.sub_title = "Your result"
        right = sum(session.first_results.values())
        missed = len(quiz.questions) - right
        lines = [f"You got {right} of {len(quiz.questions)} right on the first try "
                 f"({session.score_percent}%). You need {quiz.pass_percent}% to pass."]
        if session.passed(quiz.pass_percent):
            lines.append(f"You passed{_went_over(missed)}. This lesson is done. Well done.")
        else:
            lines.append("Not this time, and that is OK: going back over a lesson is part of "
                         "learning. Read the lesson again if you like, then press r to try the "
                         "quiz again.")
        next_lesson = self.app.course.lesson_after(self.info.id)
        if next_lesson is not None:
            lines.append(f"Next lesson: {next_lesson.title}. Press n to start it, or Esc for "
                         "the list of lessons.")
        return [Static(literal(line), classes="summary") for line in lines]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that make sense right now are shown and work."""
        session = self.session
        if session is None:
            return action == "back"
        finished = session.mastered()
        question = None if finished else self._question()
        waiting = question is not None and not session.answered
        if action == "pick":
            return waiting
        if action == "check_answer":
            return waiting and question.select_all
        if action == "show_hint":
            return waiting and bool(question.hint) and not self.hint_shown
        if action == "next_question":
            return not finished and session.answered
        if action == "retake":
            return finished
        if action == "next_lesson":
            return finished and self.app.course.lesson_after(self.info.id) is not None
        return True

    async def _answer(self, picked: set[str]) -> None:
        question = self._question()
        if question is None or self.session.answered or not picked:
            return
        phase = self.session.phase.value
        right = self.session.answer(question, picked)
        store = self.app.store
        store.record_answer(self.info.id, question.id, sorted(picked), right, phase)
        store.save_quiz_session(self.info.id, self.session.to_dict())
        await self._show()

    @on(OptionList.OptionSelected, "#choices")
    async def _choice_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, SingleChoiceList) and event.option.id:
            await self._answer({event.option.id})

    async def action_pick(self, key: str) -> None:
        """A number key picks (or, in 'select all', ticks) that choice."""
        question = self._question()
        index = int(key) - 1
        if question is None or index >= len(question.choices):
            return
        choices = self.query_one("#choices")
        if isinstance(choices, MultiChoiceList):
            choices.toggle(question.choices[index].id)
        else:
            await self._answer({question.choices[index].id})

    async def action_check_answer(self) -> None:
        """Check a 'select all that apply' answer."""
        choices = self.query_one("#choices", MultiChoiceList)
        if not choices.picked():
            self.notify(literal("Tick at least one choice first (Space or its number)."))
            return
        await self._answer(choices.picked())

    def action_show_hint(self) -> None:
        """Reveal the question's hint."""
        self.query_one("#hint").display = True
        self.hint_shown = True
        self.refresh_bindings()

    async def action_next_question(self) -> None:
        """Go on after reading the feedback."""
        self.session.advance()
        store = self.app.store
        if self.session.mastered():
            store.clear_quiz_session(self.info.id)
            if self.session.passed(self.quiz.pass_percent):
                store.mark_lesson_done(self.info.id)
        else:
            store.save_quiz_session(self.info.id, self.session.to_dict())
        await self._show()

    async def action_retake(self) -> None:
        """Start the quiz again from the first question."""
        self.session = QuizSession.start(self.quiz)
        self.app.store.save_quiz_session(self.info.id, self.session.to_dict())
        await self._show()

    def action_next_lesson(self) -> None:
        """Open the lesson after this one."""
        next_lesson = self.app.course.lesson_after(self.info.id)
        self.dismiss()
        if next_lesson is not None:
            self.app.open_lesson(next_lesson.id)

    def action_back(self) -> None:
        """Back to the lessons; the session is saved."""
        self.dismiss()


def _show_pick(choices: SingleChoiceList | MultiChoiceList, question: Question,
               picked: list[str]) -> None:
    """Leave the learner's pick marked in the list while the feedback shows."""
    if isinstance(choices, MultiChoiceList):
        for choice_id in picked:
            choices.select(choice_id)
        return
    ids = [choice.id for choice in question.choices]
    if picked and picked[0] in ids:
        choices.highlighted = ids.index(picked[0])


def _went_over(missed: int) -> str:
    """The words that credit the learner for mastering the questions they missed."""
    if missed == 0:
        return ""
    if missed == 1:
        return ", and you went back over the question you missed until you got it right"
    return (f", and you went back over the {missed} questions you missed until you got each "
            "one right")
