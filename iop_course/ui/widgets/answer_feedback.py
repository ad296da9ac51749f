"""The feedback a learner sees after answering: the verdict first, then why, then the explanation.

Quizzes teach, so every answer shows the feedback the author wrote for each choice picked; when
the answer was not right, the right choice(s) and their feedback follow, then the explanation.
The widget is built once per quiz and filled in place for each answer, which keeps answering
quick; the choices are listed in the order the learner saw them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from iop_course.content.model import Choice, Question
from iop_course.ui.widgets.markdown_text import markdown_text

RIGHT_VERDICT = "✓ Right!"
NOT_RIGHT_VERDICT = "✗ Not quite."
YOU_PICKED = "You picked: "
BEST_ANSWER = "The best answer: "
EXPLANATION_TITLE = "Why it matters"


def verdict(right: bool) -> str:
    """The words that say at a glance whether an answer was right."""
    return RIGHT_VERDICT if right else NOT_RIGHT_VERDICT


def feedback_text(question: Question, picked: set[str], shown: tuple[Choice, ...]) -> Content:
    """The author's feedback for a pick, choice by choice in the order shown."""
    blocks: list[Content] = []
    if question.select_all:
        for choice in shown:
            kind = "✓ a right choice" if choice.correct else "✗ not a right choice"
            ticked = "you ticked it" if choice.id in picked else "you did not tick it"
            blocks.append(Content.assemble((choice.text, "bold"), f" ({kind}; {ticked})", "\n",
                                           markdown_text(choice.feedback)))
        return Content("\n\n").join(blocks)
    for choice in shown:
        if choice.id in picked:
            blocks.append(_titled(YOU_PICKED, choice))
    if not question.is_right(picked):
        blocks += [_titled(BEST_ANSWER, choice) for choice in shown if choice.correct]
    return Content("\n\n").join(blocks)


def _titled(title: str, choice: Choice) -> Content:
    return Content.assemble((title, "bold"), choice.text, "\n", markdown_text(choice.feedback))


class AnswerFeedback(Vertical):
    """The verdict, the feedback and the explanation for the question just answered."""

    def compose(self) -> ComposeResult:
        """Empty parts, filled in by ``show``; the verdict comes first."""
        yield Static(classes="verdict")
        yield Static(classes="feedback-text")
        yield Static(Content(EXPLANATION_TITLE), classes="explanation-title")
        yield Static(classes="explanation")

    def show(self, question: Question, picked: set[str], shown: tuple[Choice, ...]) -> None:
        """Fill in the feedback for this answer and show it."""
        right = question.is_right(picked)
        self.set_class(right, "right")
        self.set_class(not right, "not-right")
        self.query_one(".verdict", Static).update(Content(verdict(right)))
        self.query_one(".feedback-text", Static).update(feedback_text(question, picked, shown))
        self.query_one(".explanation-title", Static).display = bool(question.explanation)
        explanation = self.query_one(".explanation", Static)
        explanation.update(markdown_text(question.explanation))
        explanation.display = bool(question.explanation)
        self.display = True
