"""What the quiz and spaced review do alike while a question is on screen.

Both screens show one question in a ``QuizBody`` with a ``ChoiceList`` and a ``#hint``, and take
the same keys (``answer_keys.answering_bindings``); the actions behind the keys that do not
answer live here once, so the two screens cannot drift apart.
"""

from __future__ import annotations

from textual.screen import Screen

from iop_course.ui.widgets.choice_list import ChoiceList
from iop_course.ui.widgets.quiz_body import QuizBody


class AnsweringScreen(Screen[None]):
    """A screen that asks one question at a time: moving the marker, scrolling and the hint."""

    hint_shown = False

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
