"""The feedback a learner sees after answering: the verdict first, then why, then the explanation.

Quizzes teach, so every answer shows the feedback the author wrote for each choice picked; when
the answer was not right, the right choice(s) and their feedback follow, then the explanation.
The widget is built once per quiz and filled in place for each answer, which keeps answering
quick; the choices are listed in the order the learner saw them.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from iop_course.content.quiz_model import Choice, Question
from iop_course.i18n import N_, Words, _
from iop_course.ui.widgets.markdown_text import markdown_text
from iop_course.ui.widgets.sized_in_layout import SizedInLayout

RIGHT_VERDICT = N_("✓ Right!")
NOT_RIGHT_VERDICT = N_("✗ Not quite.")
YOU_PICKED = N_("You picked: ")
BEST_ANSWER = N_("The best answer: ")
EXPLANATION_TITLE = N_("Why it matters")
VERDICT_STYLE = {True: "bold $text-success", False: "bold $text-warning"}
RIGHT_MARK, WRONG_MARK = "✓", "✗"
# In "select all", each choice is marked by whether the learner's decision on it was right:
# leaving a wrong choice unticked is a right decision, never shown with ✗.
SELECT_ALL_DECISIONS = Words(
    {
        (True, True): N_("a right choice, and you ticked it"),
        (False, True): N_("a right choice, and you did not tick it"),
        (True, False): N_("not a right choice, but you ticked it"),
        (False, False): N_("not a right choice, and you rightly left it unticked"),
    }
)


def verdict(right: bool) -> str:
    """The words that say at a glance whether an answer was right."""
    return _(RIGHT_VERDICT) if right else _(NOT_RIGHT_VERDICT)


def feedback_text(question: Question, picked: set[str], shown: tuple[Choice, ...]) -> Content:
    """The author's feedback for a pick, choice by choice in the order shown."""
    blocks: list[Content] = []
    if question.select_all:
        for choice in shown:
            ticked = choice.id in picked
            mark = RIGHT_MARK if ticked == choice.correct else WRONG_MARK
            words = SELECT_ALL_DECISIONS[(ticked, choice.correct)]
            blocks.append(
                Content.assemble(
                    (choice.text, "bold"),
                    f" ({mark} {words})",
                    "\n",
                    markdown_text(choice.feedback),
                )
            )
        return Content("\n\n").join(blocks)
    for choice in shown:
        if choice.id in picked:
            blocks.append(_titled(_(YOU_PICKED), choice))
    if not question.is_right(picked):
        blocks += [_titled(_(BEST_ANSWER), choice) for choice in shown if choice.correct]
    return Content("\n\n").join(blocks)


def _titled(title: str, choice: Choice) -> Content:
    return Content.assemble((title, "bold"), choice.text, "\n", markdown_text(choice.feedback))


class AnswerFeedback(SizedInLayout, Static):
    """The verdict, the feedback and the explanation for the question just answered.

    One widget of styled text rather than one per part: each answer then changes a single
    widget, which keeps the step from answer to feedback quick.
    """

    def show(self, question: Question, picked: set[str], shown: tuple[Choice, ...]) -> None:
        """Fill in the feedback for this answer and show it."""
        right = question.is_right(picked)
        self.set_class(right, "right")
        self.set_class(not right, "not-right")
        parts = [
            Content.assemble((verdict(right), VERDICT_STYLE[right])),
            feedback_text(question, picked, shown),
        ]
        if question.explanation:
            parts.append(
                Content.assemble(
                    (_(EXPLANATION_TITLE), "bold"), "\n", markdown_text(question.explanation)
                )
            )
        self.update(Content("\n\n").join(parts))
        self.display = True
