"""The feedback a learner sees after answering: right or not, why, and the explanation.

Quizzes teach, so every answer shows the feedback the author wrote for each choice picked; when
the answer was not right, the right choice(s) and their feedback follow, then the explanation.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown, Static

from iop_course.content.model import Question
from iop_course.ui.widgets.literal import literal


def feedback_markdown(question: Question, picked: set[str]) -> str:
    """The feedback for a pick, as Markdown built from the author's own text."""
    if question.select_all:
        lines = []
        for choice in question.choices:
            mark = "✓" if choice.correct else "✗"
            chosen = "you picked this" if choice.id in picked else "you did not pick this"
            kind = "a right choice" if choice.correct else "not a right choice"
            lines.append(f"- {mark} **{choice.text}** ({kind}; {chosen}): {choice.feedback}")
        return "\n".join(lines)
    parts = []
    for choice in question.choices:
        if choice.id in picked:
            parts.append(f"**You picked:** {choice.text}\n\n{choice.feedback}")
    if not question.is_right(picked):
        for choice in question.choices:
            if choice.correct:
                parts.append(f"**The best answer:** {choice.text}\n\n{choice.feedback}")
    return "\n\n".join(parts)


class AnswerFeedback(Vertical):
    """The verdict, the feedback and the explanation for one answered question."""

    def __init__(self, question: Question, picked: set[str]) -> None:
        right = question.is_right(picked)
        super().__init__(classes="feedback " + ("right" if right else "not-right"))
        self.question = question
        self.picked = picked
        self.right = right

    def compose(self) -> ComposeResult:
        """Verdict first, so the learner knows at a glance."""
        verdict = "✓ Right!" if self.right else "✗ Not quite."
        yield Static(literal(verdict), classes="verdict")
        yield Markdown(feedback_markdown(self.question, self.picked), open_links=False)
        if self.question.explanation:
            yield Static(literal("Why it matters"), classes="explanation-title")
            yield Markdown(self.question.explanation, open_links=False, classes="explanation")
