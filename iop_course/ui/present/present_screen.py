"""The projected lesson: one slide at a time, sized to the screen, with a quiz for the room.

Every slide fits the screen (a long page becomes several slides, never a scrollbar), and a
counter says where the room is. On a question slide the facilitator counts a show of hands
(a letter, then a count or + and -) and reveals the answer. Nothing here reads or writes a
learner's progress. Each change is published through the presenter's beacon so a notes view on
the facilitator's own screen can follow, and withdrawn when presenting ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from iop_course.content.model import CHOICE_LETTERS, Course
from iop_course.present.beacon import BeaconUnsafe, PresenterBeacon
from iop_course.present.deck import Deck, DeckPart
from iop_course.present.flow import Role, Unit
from iop_course.present.notes import SpeakerNotes
from iop_course.present.room_question import empty_tally, question_units
from iop_course.present.state import PresenterState, SlideKind
from iop_course.present.tally import Tally
from iop_course.ui.keys import get_help_binding
from iop_course.ui.present.notes_panel import NotesPanel
from iop_course.ui.present.slide_cutter import cut_into_slides, heading_lines
from iop_course.ui.typed_app import presenting_app
from iop_course.ui.widgets.literal import literal

WORDS = {
    "counter": "Slide {position} of {total}",
    "continues": " · continues →",
    "beacon": "The notes view cannot follow: {problem}",
    "notes_off": "Notes: off",
    "notes_on": "Notes: on",
}
LETTER_KEYS = CHOICE_LETTERS  # G is Shift+G: g stays "Get help now" on every screen
WIDE_SCREEN = 100
MEASURE = 120  # the longest line a back row can follow; wider screens centre the text
CHROME_LINES = 2  # the counter line and the footer
CENTRED_KINDS = frozenset({SlideKind.TITLE, SlideKind.MODULE_INTRO, SlideKind.END})
ANSWER_ROLES = frozenset({Role.CHOICE, Role.RIGHT, Role.BAR})
TALL_SCREEN = 36  # from this height on, two blank lines between paragraphs spread the text
NOTES_SHARE = 0.4  # with notes on this window, they take this share of its width
NARROWEST_NOTES = 30


@dataclass(frozen=True)
class _Slide:
    """One slide of the current layout: which part, which piece of it, and its lines.

    ``answers`` is True when it holds a question's choices or its show of hands.
    """

    part: int
    piece: int
    pieces: int
    lines: list[Content]
    answers: bool = False


def _letter_bindings() -> list[Binding]:
    keys = [
        Binding(
            "a",
            "pick('A')",
            "Count hands",
            key_display="letter",
            tooltip="Pick a choice's letter, then type how many hands (or + and -).",
        )
    ]
    for letter in LETTER_KEYS:
        key = letter if letter == "G" else f"{letter.lower()},{letter}"
        keys.append(Binding(key, f"pick('{letter}')", f"Count {letter}", show=False))
    return keys


class PresentScreen(Screen[None]):
    """A lesson presented to a room; ``current_state()`` says what the room sees."""

    CSS_PATH = "present_screen.tcss"
    BINDINGS = [
        get_help_binding(capital=False),  # G counts hands for a choice G here; g and F2 help
        Binding(
            "right,space,n",
            "next",
            "Next",
            key_display="→",
            tooltip="The next slide (Space and n work too).",
        ),
        Binding(
            "left,p", "back", "Back", key_display="←", tooltip="The slide before (p works too)."
        ),
        Binding("home", "first_slide", "First slide", show=False),
        Binding("end", "last_slide", "Last slide", show=False),
        Binding(
            "q,escape",
            "end",
            "End",
            priority=True,
            key_display="q",
            tooltip="Stop presenting this lesson.",
        ),
        Binding(
            "r",
            "reveal",
            "Reveal",
            tooltip="Show the right answer and what each choice means (press again to hide it).",
        ),
        *_letter_bindings(),
        Binding(
            "0",
            "digit('0')",
            "Type count",
            key_display="0-9",
            tooltip="Type the hands for the picked letter.",
        ),
        *(Binding(digit, f"digit('{digit}')", "Type count", show=False) for digit in "123456789"),
        Binding(
            "plus,equals_sign",
            "add(1)",
            "One more",
            key_display="+",
            tooltip="One more hand for the picked letter.",
        ),
        Binding(
            "minus",
            "add(-1)",
            "One fewer",
            key_display="-",
            tooltip="One hand fewer for the picked letter.",
        ),
        Binding("down", "step(1)", "Next letter", show=False),
        Binding("up", "step(-1)", "Letter before", show=False),
        Binding(
            "t",
            "show_notes",
            WORDS["notes_off"],
            tooltip="With one screen only: show your notes (group plan, answers) on this "
            "window too. The room will see them.",
        ),
        Binding(
            "t",
            "hide_notes",
            WORDS["notes_on"],
            tooltip="Hide your notes from this window (the room sees them now).",
        ),
    ]

    def __init__(
        self,
        deck: Deck,
        course: Course,
        beacon: PresenterBeacon | None = None,
        started_at: float | None = None,
    ) -> None:
        """``beacon`` publishes for a notes view (the user's private one when not given)."""
        super().__init__()
        self.deck = deck
        self.content_root = course.root
        self._speaker_notes = SpeakerNotes(course)
        self.beacon = beacon if beacon is not None else PresenterBeacon()
        self.started_at = started_at if started_at is not None else time.time()
        self._tallies = {
            index: empty_tally(part.question)
            for index, part in enumerate(deck.parts)
            if part.question is not None
        }
        self._revealed: set[int] = set()
        self._slides: list[_Slide] = []
        self._position = 0
        self._beacon_problem_told = False
        self._withdrawn = False

    def compose(self) -> ComposeResult:
        """The slide (heading and text), then the counter line and the keys."""
        with Vertical(id="slide"):
            yield Static(id="slide-heading")
            yield Static(id="slide-body")
        notes = NotesPanel(id="room-notes")
        notes.display = False
        yield notes
        with Horizontal(id="slide-bar"):
            yield Static(id="slide-counter")
            yield Static(literal(self.deck.lesson.title), id="slide-lesson")
        yield Footer(show_command_palette=False)  # room for "t Notes: off" at 60 columns

    def on_resize(self) -> None:
        """Cut the slides again for the new size, staying on the same content."""
        self._lay_out()

    # The room's view -------------------------------------------------------------------------

    @property
    def part(self) -> DeckPart:
        """The part of the lesson on screen."""
        return (
            self.deck.parts[self._slides[self._position].part]
            if self._slides
            else self.deck.parts[0]
        )

    def current_state(self) -> PresenterState:
        """What the room sees now, named by content, for a notes view (or a notes panel)."""
        slide = self._slides[self._position] if self._slides else _Slide(0, 0, 1, [])
        part = self.deck.parts[slide.part]
        following = (
            self._slides[self._position + 1] if self._position + 1 < len(self._slides) else None
        )
        tally = self._tallies.get(slide.part)
        return PresenterState(
            content_root=str(self.content_root),
            slide=part.ref(slide.piece, slide.pieces),
            position=self._position + 1,
            total=len(self._slides),
            started_at=self.started_at,
            next_slide=self.deck.parts[following.part].ref(following.piece, following.pieces)
            if following is not None
            else None,
            revealed=slide.part in self._revealed,
            tally=tally.entries() if tally is not None else (),
        )

    def _lay_out(self, answers_of: int | None = None) -> None:
        """Cut every part into slides for the screen's size, keeping the room's place, or
        moving to the choices and chart of the question in part ``answers_of`` (when hands
        are counted or the answer is revealed, the room must see them)."""
        here = self._slides[self._position] if self._slides else None
        width, height = self._slide_size()
        if width <= 0 or height <= 0:
            return
        measure = self._measure(width)
        slides: list[_Slide] = []
        for index, part in enumerate(self.deck.parts):
            heading = len(heading_lines(part.heading, measure))
            body_height = height - CHROME_LINES - 2 * self._padding_top(height) - heading - 1
            pieces = cut_into_slides(
                self._units(index, part),
                measure,
                body_height,
                gap=2 if height >= TALL_SCREEN else 1,
            )
            slides.extend(
                _Slide(
                    index,
                    piece,
                    len(pieces),
                    cut.lines,
                    any(unit.role in ANSWER_ROLES for unit in cut.units),
                )
                for piece, cut in enumerate(pieces)
            )
        self._slides = slides
        answers = [
            number
            for number, slide in enumerate(slides)
            if slide.part == answers_of and slide.answers
        ]
        if answers:
            self._position = answers[-1]  # the chart, when the choices need two slides
        elif here is not None:
            self._position = next(
                (
                    number
                    for number, slide in enumerate(slides)
                    if slide.part == here.part and slide.piece == min(here.piece, slide.pieces - 1)
                ),
                0,
            )
        self._show()

    def _units(self, index: int, part: DeckPart) -> tuple[Unit, ...]:
        if part.question is None:
            return part.units
        return question_units(
            part.question,
            part.number,
            self.deck.question_count,
            self._tallies[index],
            index in self._revealed,
        )

    def _measure(self, width: int) -> int:
        return min(MEASURE, width - 2 * self._padding_side(width))

    @staticmethod
    def _padding_side(width: int) -> int:
        return 2 if width < WIDE_SCREEN else max(4, (width - MEASURE) // 2)

    @staticmethod
    def _padding_top(height: int) -> int:
        return 1 if height < 30 else 2

    def _show(self) -> None:
        """Draw the current slide and its counter, then tell the notes view."""
        slide = self._slides[self._position]
        part = self.deck.parts[slide.part]
        width, height = self._slide_size()
        area = self.query_one("#slide", Vertical)
        area.styles.padding = (self._padding_top(height), self._padding_side(width))
        area.styles.align_vertical = "middle" if part.kind in CENTRED_KINDS else "top"
        heading = heading_lines(part.heading, self._measure(width))
        self.query_one("#slide-heading", Static).update(Content("\n").join(heading))
        self.query_one("#slide-body", Static).update(Content("\n").join(slide.lines))
        continues = WORDS["continues"] if slide.piece + 1 < slide.pieces else ""
        self.query_one("#slide-counter", Static).update(
            literal(
                WORDS["counter"].format(position=self._position + 1, total=len(self._slides))
                + continues
            )
        )
        self.refresh_bindings()
        self._publish()
        if self.notes_shown:
            self.call_later(self._show_notes)

    # Notes on this window (one screen only) ------------------------------------------------------

    @property
    def notes_shown(self) -> bool:
        """Whether the facilitator's notes show on this (projected) window too."""
        return self.query_one("#room-notes", NotesPanel).display

    def _slide_size(self) -> tuple[int, int]:
        """The room's part of the window: all of it, or what the notes leave."""
        width, height = self.size
        if self.notes_shown:
            width -= self._notes_width(width)
        return width, height

    @staticmethod
    def _notes_width(width: int) -> int:
        return max(NARROWEST_NOTES, int(width * NOTES_SHARE))

    def action_show_notes(self) -> None:
        """Show the notes beside the slide, for a facilitator with one screen."""
        self._set_notes_shown(True)

    def action_hide_notes(self) -> None:
        """Hide the notes again: the room sees only the slide."""
        self._set_notes_shown(False)

    def _set_notes_shown(self, shown: bool) -> None:
        panel = self.query_one("#room-notes", NotesPanel)
        panel.styles.width = self._notes_width(self.size.width)
        panel.display = shown
        self._lay_out()

    async def _show_notes(self) -> None:
        if self.notes_shown:
            await self.query_one("#room-notes", NotesPanel).show(
                self._speaker_notes.notes_for(self.current_state())
            )

    def _publish(self) -> None:
        if self.beacon.note and not self._beacon_problem_told:
            self._beacon_problem_told = True  # a private folder of its own, or no notes link
            self.notify(self.beacon.note, markup=False, timeout=8)
        try:
            self.beacon.publish(self.current_state())
        except (OSError, BeaconUnsafe) as problem:
            if not self._beacon_problem_told:
                self._beacon_problem_told = True
                self.notify(WORDS["beacon"].format(problem=problem), markup=False, timeout=8)

    # Keys ------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Counting and the reveal belong to question slides; Next and Back to the ends."""
        if action in ("reveal", "pick", "digit", "add", "step"):
            return self.part.question is not None
        if action in ("show_notes", "hide_notes"):
            return self.notes_shown is (action == "hide_notes")
        if action == "next":
            return self._position + 1 < len(self._slides) or None
        if action == "back":
            return self._position > 0 or None
        return True

    def action_next(self) -> None:
        """The next slide."""
        self._go(self._position + 1)

    def action_back(self) -> None:
        """The slide before."""
        self._go(self._position - 1)

    def action_first_slide(self) -> None:
        """The first slide (Home)."""
        self._go(0)

    def action_last_slide(self) -> None:
        """The last slide (End)."""
        self._go(len(self._slides) - 1)

    def _go(self, position: int) -> None:
        if 0 <= position < len(self._slides) and position != self._position:
            self._position = position
            self._show()

    def action_reveal(self) -> None:
        """Show (or hide again) the right answer, what each choice means, and the talk prompt."""
        index = self._slides[self._position].part
        self._revealed ^= {index}
        self._lay_out(answers_of=index)

    def action_pick(self, letter: str) -> None:
        """Start counting hands for ``letter``."""
        self._change_tally(lambda tally: tally.pick(letter))

    def action_digit(self, digit: str) -> None:
        """Type the count for the picked letter."""
        self._change_tally(lambda tally: tally.type_digit(digit))

    def action_add(self, delta: int) -> None:
        """One more or one fewer hand for the picked letter."""
        self._change_tally(lambda tally: tally.add(delta))

    def action_step(self, step: int) -> None:
        """Count the next or previous letter (Down and Up)."""
        self._change_tally(lambda tally: tally.pick_step(step))

    def _change_tally(self, change: Callable[[Tally], Tally]) -> None:
        index = self._slides[self._position].part
        if index in self._tallies:
            changed = change(self._tallies[index])
            if changed != self._tallies[index]:
                self._tallies[index] = changed
                self._lay_out(answers_of=index)

    async def action_end(self) -> None:
        """Stop presenting: the notes view is told, then the picker (or the way out) shows."""
        self.withdraw()
        if len(self.app.screen_stack) > 1:
            self.dismiss()
        else:
            await presenting_app(self).end_presenting()

    def withdraw(self) -> None:
        """Tell a notes view that nobody presents any more (once)."""
        if not self._withdrawn:
            self._withdrawn = True
            self.beacon.withdraw()

    def on_unmount(self) -> None:
        """However presenting ends, the notes view is told."""
        self.withdraw()
