"""The yardstick for quizzes: a bare Textual app showing a question, then its feedback.

It shows the same questions and feedback as IOP Course (read from a JSON file the benchmark
writes, so this app imports nothing of the course). Any key that answers shows the feedback
in place; the key that goes on shows the next question in place.
Usage: python benchmarks/bare_quiz_app.py QUESTIONS.json ANSWER_KEYS NEXT_KEY
"""

from __future__ import annotations

import json
import sys

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static


class BareQuizApp(App[None]):
    """Two Static widgets: the question and, once answered, the feedback."""

    def __init__(self, questions: list[dict[str, str]], answer_keys: str, next_key: str) -> None:
        super().__init__()
        self.questions = questions
        self.index = 0
        self._bindings.bind(answer_keys, "answer")
        self._bindings.bind(next_key, "next_question", priority=True)

    def compose(self) -> ComposeResult:
        """The first question and an empty feedback area."""
        with VerticalScroll():
            yield Static(self._question_text(), id="question")
            yield Static(id="feedback")

    def _question_text(self) -> Content:
        question = self.questions[self.index]
        return Content(
            f"Question {self.index + 1} of {len(self.questions)}\n\n{question['question']}"
        )

    def action_answer(self) -> None:
        """Show the first choice's feedback under the question."""
        self.query_one("#feedback", Static).update(Content(self.questions[self.index]["feedback"]))

    def action_next_question(self) -> None:
        """Show the next question and clear the feedback."""
        self.index = min(self.index + 1, len(self.questions) - 1)
        self.query_one("#question", Static).update(self._question_text())
        self.query_one("#feedback", Static).update(Content(""))


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as questions_file:
        BareQuizApp(json.load(questions_file), sys.argv[2], sys.argv[3]).run()
