"""The choices of a quiz question: pick one with Enter, or tick all that apply with Space.

Choices are numbered so a learner can answer with the number keys; each row's text is shown
exactly as the author wrote it.
"""

from __future__ import annotations

from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from iop_course.content.model import Question
from iop_course.ui.widgets.literal import literal


def _label(number: int, text: str):
    return literal(f"{number}. {text}")


class SingleChoiceList(OptionList):
    """Choices for a question with one best answer: Enter or a click answers."""

    def __init__(self, question: Question) -> None:
        super().__init__(
            *(Option(_label(n, c.text), id=c.id) for n, c in enumerate(question.choices, 1)),
            id="choices",
        )

    def picked(self) -> set[str]:
        """The highlighted choice (used when a number key picks one)."""
        option = self.highlighted_option
        return {option.id} if option is not None and option.id else set()


class MultiChoiceList(SelectionList[str]):
    """Choices for a 'select all that apply' question: Space ticks, c checks the answer."""

    def __init__(self, question: Question) -> None:
        super().__init__(
            *(Selection(_label(n, c.text), c.id) for n, c in enumerate(question.choices, 1)),
            id="choices",
        )

    def picked(self) -> set[str]:
        """The ticked choices."""
        return set(self.selected)
