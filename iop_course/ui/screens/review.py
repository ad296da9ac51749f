"""Today's spaced review: a few questions from lessons already read, one at a time.

It looks and answers like the quiz (the same question, choices and feedback widgets, the same
keys: a choice's number, arrows, Enter or Space, c to check, h for a hint, n for the next
question, Esc or b to leave), and says which lesson each question comes from. Each answer is
scheduled at once (``ReviewDeck.answer``), so leaving halfway loses nothing and the rest wait
for another day. It ends with a short, kind word. It never shows how many questions are waiting,
and never changes a lesson's status or its quiz scores.
"""

from __future__ import annotations

import random

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from iop_course.i18n import N_, _
from iop_course.review.deck import ReviewItem
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
from iop_course.ui.screens import review_words
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


class ReviewScreen(AnsweringScreen):
    """Today's review, from the first question to "Done for today"."""

    CSS_PATH = "review.tcss"

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
            "finish",
            N_("Finish"),
            key_display="n",
            tooltip=N_("After the last feedback: finish today's review."),
        ),
        *answering_bindings(),
        Binding(
            "escape,b",
            "back",
            N_("Lessons"),
            tooltip=N_(
                "Back to the list of lessons. Your answers so far are kept; the rest can wait."
            ),
        ),
    ]

    def __init__(self, items: list[ReviewItem], rng: random.Random | None = None) -> None:
        """``items``: today's review (``ReviewDeck.todays_review``); ``rng`` orders choices."""
        super().__init__()
        self.items = items
        self.position = 0
        self.picked: set[str] | None = None
        self.hint_shown = False
        self.finished = not items
        shuffle = rng or random.Random()
        self._orders = [item.choices_in_order(shuffle) for item in items]

    def compose(self) -> ComposeResult:
        """The quiz's widgets, built once and filled in for each question; the ending."""
        yield FittingHeader()
        with QuizBody(id="review-body") as body:
            body.can_focus = False  # the screen owns every key, so no widget takes ↑ ↓ first
            yield QuestionText(id="question")
            yield AnswerFeedback(id="feedback", classes="feedback")
            yield ChoiceList(id="choices")
            yield Static(id="hint", classes="hint")
        yield Static(Content(review_words.DONE), id="review-end")
        yield Static(id="review-status")
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Show the first question (or the ending, when nothing is left for today)."""
        self.title = review_words.TITLE
        self._show()

    def _item(self) -> ReviewItem | None:
        return None if self.finished else self.items[self.position]

    def _show(self) -> None:
        """The current question with nothing marked, or the ending."""
        self.query_one("#review-body").display = not self.finished
        self.query_one("#review-end").display = self.finished
        item = self._item()
        if item is None:
            self.sub_title = review_words.DONE_TITLE
            self.query_one("#review-status", Static).update(Content(""))
            self.refresh_bindings()
            return
        question = item.question
        self.sub_title = review_words.POSITION.format(
            number=self.position + 1, total=len(self.items)
        )
        self.picked, self.hint_shown = None, False
        self.question_shown()
        self.query_one(ChoiceList).show(self._orders[self.position], question.select_all)
        hint = self.query_one("#hint", Static)
        hint.update(Content(_(HINT).format(hint=question.hint)))
        hint.display = False
        self.query_one(AnswerFeedback).display = False
        self._show_text()
        self.query_one("#review-body", QuizBody).scroll_home(animate=False)
        self.refresh_bindings()

    def _show_text(self, said: str = "") -> None:
        """The lesson it comes from, the question (with how to answer, until answered), and
        the status line: where the learner is or, after an answer, what is next."""
        item = self._item()
        assert item is not None
        question = item.question
        parts = [
            Content.assemble((review_words.FROM_LESSON.format(lesson=item.lesson.title), MUTED))
        ]
        if question.scenario:
            parts.append(markdown_text(question.scenario))
        prompt = Content.assemble((question.prompt, "bold"))
        if not said:
            how = _(HOW_TO_SELECT_ALL) if question.select_all else _(HOW_TO_PICK_ONE)
            prompt = Content.assemble(prompt, "\n", (how, MUTED))
        parts.append(prompt)
        self.query_one("#question", Static).update(Content("\n\n").join(parts))
        line = self.sub_title or ""
        if said:
            last = self.position + 1 >= len(self.items)
            line = f"{line}  ·  {said}  ·  {review_words.FINISH if last else _(NEXT_QUESTION)}"
        self.query_one("#review-status", Static).update(Content(line))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that make sense right now are shown and work."""
        item = self._item()
        if item is None:
            return action == "back"
        waiting = self.picked is None
        last = self.position + 1 >= len(self.items)
        if action in ("pick", "move", "choose"):
            return waiting
        if action == "scroll":
            return not waiting
        if action == "check_answer":
            return waiting and item.question.select_all
        if action == "show_hint":
            return waiting and bool(item.question.hint) and not self.hint_shown
        if action == "next_question":
            return not waiting and not last
        if action == "finish":
            return not waiting and last
        return True

    def _answer(self, picked: set[str]) -> None:
        """Schedule the answer (a hint makes a right one Hard), then show the feedback."""
        item = self._item()
        if item is None or self.picked is not None or not picked:
            return
        self.picked = set(picked)
        right = item.question.is_right(picked)
        course_app(self).reviews.answer(item, right=right, helped=self.hint_shown)
        self.query_one(ChoiceList).reveal(self.picked)
        self.query_one(AnswerFeedback).show(item.question, self.picked, self._orders[self.position])
        self._show_text(verdict(right))
        self.query_one("#review-body", QuizBody).scroll_home(animate=False)
        self.refresh_bindings()

    def _choose(self, index: int) -> None:
        """The choice at ``index`` (in the order shown) answers, or is ticked in 'select all'."""
        choices = self.query_one(ChoiceList)
        if self._item() is None or self.picked is not None or index >= len(choices.choices):
            return
        if self.too_soon_to_answer():
            return
        if choices.select_all:
            choices.toggle(index)
        else:
            self._answer({choices.choices[index].id})

    def action_pick(self, key: str) -> None:
        """A number key picks (or, in 'select all', ticks) that choice."""
        self._choose(int(key) - 1)

    def action_choose(self) -> None:
        """Enter or Space: the marked choice answers (or is ticked)."""
        if self.too_soon_to_answer():
            return
        marked = self.query_one(ChoiceList).highlighted
        if marked is None:
            self.tell(_(NOTHING_MARKED))
            return
        self._choose(marked)

    @on(ChoiceList.Chosen)
    def _clicked(self, event: ChoiceList.Chosen) -> None:
        self._choose(event.index)

    def action_check_answer(self) -> None:
        """Check a 'select all that apply' answer."""
        if self.too_soon_to_answer():
            return
        ticked = self.query_one(ChoiceList).ticked
        if not ticked:
            self.tell(_(NOTHING_TICKED))
            return
        self._answer(set(ticked))

    def action_next_question(self) -> None:
        """Go on after reading the feedback."""
        self.position += 1
        self._show()

    def action_finish(self) -> None:
        """After the last feedback: the kind ending."""
        self.finished = True
        self._show()

    def action_back(self) -> None:
        """Back to the lessons; every answer given is already kept."""
        self.dismiss()
