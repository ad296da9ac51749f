"""The choices of a quiz question, in the order the learner's session gives them.

Nothing is marked when a question appears, so no key pressed in a hurry answers it. The screen
owns the keys (numbers, arrows, Enter, Space) and calls ``move``, ``toggle`` and ``reveal``;
rows are reused from one question to the next and only their words change, which keeps the
step from one question to the next quick.
"""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.message import Message

from iop_course.content.model import Choice
from iop_course.ui.widgets.choice_row import ChoiceRow

MARKED, UNMARKED = "▸", " "
RIGHT, WRONG = "✓", "✗"
TICKED, UNTICKED = "[x]", "[ ]"
# After an answer, the words beside each choice: (picked, right choice) -> words.
ONE_ANSWER_WORDS = {(True, True): "your answer, right", (True, False): "your answer, not right",
                    (False, True): "the right answer"}
SELECT_ALL_WORDS = {(True, True): "ticked, right", (True, False): "ticked, not right",
                    (False, True): "not ticked, but right"}


class ChoiceList(Vertical):
    """Numbered choices; one is marked with the arrow keys, and "select all" ones can be ticked."""

    class Chosen(Message):
        """The learner clicked the choice at ``index`` (in the order shown)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.choices: tuple[Choice, ...] = ()
        self.select_all = False
        self.highlighted: int | None = None
        self.ticked: set[str] = set()
        self.revealed: set[str] | None = None

    async def show(self, choices: tuple[Choice, ...], select_all: bool) -> None:
        """Show a new question's choices with nothing marked or ticked."""
        self.choices, self.select_all = choices, select_all
        self.highlighted, self.ticked, self.revealed = None, set(), None
        rows = list(self.query_children(ChoiceRow))
        if len(rows) < len(choices):
            await self.mount_all(ChoiceRow(index) for index in range(len(rows), len(choices)))
        elif len(rows) > len(choices):
            await self.remove_children(rows[len(choices):])
        self._paint()

    def move(self, step: int) -> None:
        """Mark the next (1) or previous (-1) choice; from nothing, the first or the last."""
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.choices) - 1
        else:
            self.highlighted = max(0, min(len(self.choices) - 1, self.highlighted + step))
        self._paint()
        self._rows()[self.highlighted].scroll_visible(animate=False)

    def toggle(self, index: int) -> None:
        """Tick or untick a "select all" choice."""
        choice_id = self.choices[index].id
        self.ticked ^= {choice_id}
        self._paint()

    def reveal(self, picked: set[str]) -> None:
        """After an answer: mark right choices ✓ and wrong picks ✗, and say which was picked."""
        self.revealed, self.highlighted = set(picked), None
        if self.select_all:
            self.ticked = set(picked)
        self._paint()

    def _rows(self) -> list[ChoiceRow]:
        return list(self.query_children(ChoiceRow))

    def _paint(self) -> None:
        width = len(str(len(self.choices)))
        for index, (row, choice) in enumerate(zip(self._rows(), self.choices)):
            picked = self.revealed is not None and choice.id in self.revealed
            if self.revealed is None:
                sign, state, note = (MARKED if index == self.highlighted else UNMARKED), "", ""
            else:
                words = SELECT_ALL_WORDS if self.select_all else ONE_ANSWER_WORDS
                note = words.get((picked, choice.correct), "")
                state = "right" if choice.correct else "wrong" if picked else ""
                sign = {"right": RIGHT, "wrong": WRONG}.get(state, UNMARKED)
            box = ""
            if self.select_all:
                box = (TICKED if choice.id in self.ticked else UNTICKED) + " "
            text = Content(choice.text)
            if note:
                text = Content.assemble(text, (f"  ({note})", "italic"))
            row.paint(f"{sign} {index + 1:>{width}}. {box}", text, state,
                      index == self.highlighted)

    def on_choice_row_clicked(self, event: ChoiceRow.Clicked) -> None:
        """Pass a click on a row to the screen as the choice at that place."""
        event.stop()
        self.post_message(self.Chosen(event.index))
