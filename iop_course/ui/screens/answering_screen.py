"""What the quiz and spaced review do alike while a question is on screen.

Both screens show one question in a ``QuizBody`` with a ``ChoiceList`` and a ``#hint``, and take
the same keys (``answer_keys.answering_bindings``); the actions behind the keys that do not
answer live here once, so the two screens cannot drift apart. So does the guard that keeps a
key typed just as a new question appears (on a slow laptop, meant for the one before) from
answering a question the learner has not seen.
"""

from __future__ import annotations

from math import inf
from time import monotonic

from textual.screen import Screen

from iop_course.ui.answer_keys import PICK_ACTION
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.choice_list import ChoiceList
from iop_course.ui.widgets.quiz_body import QuizBody

FRESH_QUESTION_SECONDS = 0.25
"""After a new question is drawn, how long a key that would answer (or tick) is not taken."""


class AnsweringScreen(Screen[None]):
    """A screen that asks one question at a time: moving the marker, scrolling and the hint."""

    hint_shown = False
    _answers_from = 0.0

    def question_shown(self) -> None:
        """A new question is going on screen: no answer is taken until it has been drawn
        and FRESH_QUESTION_SECONDS have passed."""
        self._answers_from = inf
        self.call_after_refresh(self._take_answers_soon)
        course_app(self).clear_passing_notices()  # "tick a choice first" was for the last one

    def _take_answers_soon(self) -> None:
        self._answers_from = monotonic() + FRESH_QUESTION_SECONDS

    def too_soon_to_answer(self) -> bool:
        """True while the question just shown may not have been seen yet."""
        return monotonic() < self._answers_from

    @property
    def footer_key_displays(self) -> dict[str, str]:
        """The footer's name for the number keys: the numbers this question has (1-3, not
        1-9), read by SteadyFooter each time the keys change."""
        lists = self.query(ChoiceList)
        count = len(lists.first().choices) if lists else 0
        if count < 2:
            return {}
        return {PICK_ACTION: f"1-{count}"}

    def tell(self, message: str) -> None:
        """A short notice, unless the same one shows already: a key held down (Space from a
        lesson's end into the quiz) would stack a pile of them over the question."""
        if any(notice.message == message for notice in self.app._notifications):
            return
        self.notify(message, markup=False)

    def action_move(self, step: int) -> None:
        """Move the ▸ marker."""
        self.query_one(ChoiceList).move(step)

    def action_scroll(self, step: int) -> None:
        """Scroll the question and its feedback by a line."""
        body = self.query_one(QuizBody)
        body.scroll_to(y=body.scroll_y + step, animate=False)

    def action_page(self, step: int) -> None:
        """Scroll the question and its feedback by a screenful."""
        body = self.query_one(QuizBody)
        body.scroll_to(y=body.scroll_y + step * max(body.size.height - 2, 1), animate=False)

    def action_show_hint(self) -> None:
        """Reveal the question's hint."""
        self.query_one("#hint").display = True
        self.hint_shown = True
        self.refresh_bindings()
