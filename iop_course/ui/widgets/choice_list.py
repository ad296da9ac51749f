"""The choices of a quiz question, in the order the learner's session gives them.

Nothing is marked when a question appears, so no key pressed in a hurry answers it. The screen
owns the keys (numbers, arrows, Enter, Space) and calls ``move``, ``toggle`` and ``reveal``.

Each choice is a marker column (``▸`` for the marked choice, its number, its box ``[x]`` / ``[ ]``
in "select all", and ``✓`` / ``✗`` once answered) with the words wrapped beside it, under
themselves (a hanging indent), at any width. Every state is in symbols or words, so none depends
on colour. The list is one widget that lays its lines out itself: a widget per choice made each
step from one question to the next several times slower.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.widget import Widget

from iop_course.content.quiz_model import Choice
from iop_course.i18n import N_, Words
from iop_course.ui.widgets.sized_in_layout import SizedInLayout

MARKED, UNMARKED = "▸", " "
RIGHT, WRONG = "✓", "✗"
TICKED, UNTICKED = "[x]", "[ ]"
# After an answer, the words beside each choice: (picked, right choice) -> words.
ONE_ANSWER_WORDS = Words(
    {
        (True, True): N_("your answer, right"),
        (True, False): N_("your answer, not right"),
        (False, True): N_("the right answer"),
    }
)
SELECT_ALL_WORDS = Words(
    {
        (True, True): N_("ticked, right"),
        (True, False): N_("ticked, not right"),
        (False, True): N_("not ticked, but right"),
        (False, False): N_("not ticked, rightly"),
    }
)
STYLES = {
    "marked": "bold reverse",
    "right": "bold $text-success",
    "wrong": "bold $text-error",
    "note": "italic",
}


class ChoiceList(SizedInLayout, Widget):
    """Numbered choices; one is marked with the arrow keys, and "select all" ones can be ticked."""

    class Chosen(Message):
        """The learner clicked the choice at ``index`` (in the order shown)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.choices: tuple[Choice, ...] = ()
        self.select_all = False
        self.highlighted: int | None = None
        self.ticked: set[str] = set()
        self.revealed: set[str] | None = None
        self._laid_out: tuple[int, list[Content], list[int]] | None = None

    def show(self, choices: tuple[Choice, ...], select_all: bool) -> None:
        """Show a new question's choices with nothing marked or ticked."""
        self.choices, self.select_all = choices, select_all
        self.highlighted, self.ticked, self.revealed = None, set(), None
        self._changed()

    def move(self, step: int) -> None:
        """Mark the next (1) or previous (-1) choice; from nothing, the first or the last."""
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.choices) - 1
        else:
            self.highlighted = max(0, min(len(self.choices) - 1, self.highlighted + step))
        self._changed()
        self.call_after_refresh(self._bring_marked_into_view)

    def toggle(self, index: int) -> None:
        """Tick or untick a "select all" choice, and mark it, so ↑ ↓ go on from there (not
        from the first choice, after a tick by number)."""
        self.ticked ^= {self.choices[index].id}
        self.highlighted = index
        self._changed()

    def reveal(self, picked: set[str]) -> None:
        """After an answer: mark right choices ✓ and wrong picks ✗, and say which was picked."""
        self.revealed, self.highlighted = set(picked), None
        if self.select_all:
            self.ticked = set(picked)
        self._changed()

    def lines(self, width: int) -> list[Content]:
        """The list's lines at ``width`` columns, each choice's words wrapped under themselves."""
        return self._lay_out(width)[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the wrapped choices take at this width."""
        return len(self.lines(width))

    def render(self) -> Content:
        """The lines laid out for the width the list has now."""
        return Content("\n").join(self.lines(self.content_size.width))

    def on_click(self, event: events.Click) -> None:
        """A click on any line of a choice picks (or ticks) it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        starts = self._lay_out(self.content_size.width)[2]
        index = sum(1 for start in starts if start <= offset.y) - 1
        if 0 <= index < len(self.choices):
            self.post_message(self.Chosen(index))

    def _changed(self) -> None:
        self._laid_out = None
        self.refresh(layout=True)

    def _bring_marked_into_view(self) -> None:
        """Scroll the marked choice's lines into view in the scrolling body around the list."""
        if self.highlighted is None or not isinstance(self.parent, Widget):
            return
        lines, starts = self._lay_out(self.content_size.width)[1:]
        start = starts[self.highlighted]
        end = starts[self.highlighted + 1] if self.highlighted + 1 < len(starts) else len(lines)
        top = self.virtual_region.y + self.styles.gutter.top + start
        self.parent.scroll_to_region(Region(0, top, 1, end - start), animate=False)

    def _lay_out(self, width: int) -> tuple[int, list[Content], list[int]]:
        """The lines at ``width`` and the line each choice starts on (kept until a change)."""
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out
        lines: list[Content] = []
        starts: list[int] = []
        number_width = len(str(len(self.choices)))
        for index, choice in enumerate(self.choices):
            marker, words = self._parts(index, choice, number_width)
            indent = marker.cell_length
            wrapped = words.wrap(max(width - indent, 1)) or [Content("")]
            starts.append(len(lines))
            for line_number, line in enumerate(wrapped):
                head = marker if line_number == 0 else Content(" " * indent)
                full = head + line
                if index == self.highlighted:
                    full = full.pad_right(max(width - full.cell_length, 0)).stylize(
                        STYLES["marked"]
                    )
                lines.append(full)
        self._laid_out = (width, lines, starts)
        return self._laid_out

    def _parts(self, index: int, choice: Choice, number_width: int) -> tuple[Content, Content]:
        """One choice's marker column and its words (with a note once answered)."""
        picked = self.revealed is not None and choice.id in self.revealed
        note, state = "", ""
        if self.revealed is None:
            sign = MARKED if index == self.highlighted else UNMARKED
        else:
            words = SELECT_ALL_WORDS if self.select_all else ONE_ANSWER_WORDS
            key = (picked, choice.correct)
            note = words[key] if key in words else ""  # noqa: SIM401 (get would not translate)
            state = "right" if choice.correct else "wrong" if picked else ""
            sign = {"right": RIGHT, "wrong": WRONG}.get(state, UNMARKED)
        box = ""
        if self.select_all:
            box = (TICKED if choice.id in self.ticked else UNTICKED) + " "
        marker = Content.assemble(
            (sign, STYLES.get(state, "")), f" {index + 1:>{number_width}}. {box}"
        )
        text = Content(choice.text)
        if note:
            text = Content.assemble(text, (f"  ({note})", STYLES["note"]))
        return marker, text
