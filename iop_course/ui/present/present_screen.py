"""The projected lesson: one slide at a time, sized to the screen, with a quiz for the room.

Every slide fits the screen (a long page becomes several slides, never a scrollbar), and a
counter says where the room is. On a question slide the facilitator counts a show of hands
(a letter, then a count or + and -) and reveals the answer; the choices and the counts always
share one slide. Nothing here reads or writes a learner's progress, and nothing meant for the
facilitator alone (notes, answer key, plan) is ever drawn here: that is the notes window's.
Each change is published through the presenter's beacon (and a heartbeat every second, so a
notes view knows this window still lives) and kept as today's session of the lesson, so a
lesson ended by mistake can come back to the same slide with its tallies.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from iop_course.content.model import Course
from iop_course.i18n import N_, Words
from iop_course.present.beacon import BeaconUnsafe, PresenterBeacon
from iop_course.present.deck import Deck, DeckPart
from iop_course.present.flow import Unit
from iop_course.present.room_question import empty_tally, room_order
from iop_course.present.room_session import SessionShelf
from iop_course.present.state import PresenterState, SlideKind
from iop_course.present.tally import Tally
from iop_course.ui.present.present_keys import (
    COUNT_HINT,
    LEFT_OUT_FIRST,
    count_keys,
    slide_bindings,
)
from iop_course.ui.present.room_memory import RoomMemory
from iop_course.ui.present.slide_area import (
    CHROME_LINES,
    MIN_HEIGHT,
    MIN_WIDTH,
    SlideArea,
    cut_question,
)
from iop_course.ui.present.slide_cutter import CutSlide, cut_into_slides, heading_lines
from iop_course.ui.present.slide_list import Slide, slide_holding, slides_of
from iop_course.ui.present.slide_view import SlideBar, SlideText
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.steady_footer import SteadyFooter

WORDS = Words(
    {
        "counter": N_("Slide {position} of {total}"),
        "continues": N_(" · continues →"),
        "beacon": N_("The notes view cannot follow: {problem}"),
        "too_small": N_(
            "This window is too small for slides ({width} x {height}). Make the font "
            "smaller or the window bigger: slides need at least {min_width} x {min_height}."
        ),
    }
)
CENTRED_KINDS = frozenset({SlideKind.TITLE, SlideKind.MODULE_INTRO, SlideKind.END})
HEARTBEAT_SECONDS = 1.0
MAX_CUTS_KEPT = 4000  # parts cut for a size and a tally; a long session never keeps them all


class PresentScreen(RoomMemory, Screen[None]):
    """A lesson presented to a room; ``current_state()`` says what the room sees."""

    CSS_PATH = "present_screen.tcss"
    BINDINGS = slide_bindings()
    FOOTER_LEAVES_OUT_FIRST = LEFT_OUT_FIRST

    def __init__(
        self,
        deck: Deck,
        course: Course,
        beacon: PresenterBeacon | None = None,
        started_at: float | None = None,
        shelf: SessionShelf | None = None,
        rng: random.Random | None = None,
    ) -> None:
        """``beacon`` publishes for a notes view (the user's private one when not given);
        ``shelf`` keeps today's session (none: nothing kept); ``rng`` shuffles the choices."""
        super().__init__()
        self.deck = deck
        self.content_root = course.root
        self.beacon = beacon if beacon is not None else PresenterBeacon()
        self.shelf = shelf
        self.started_at = started_at if started_at is not None else time.time()
        shuffler = rng if rng is not None else random.Random()
        questions = {
            index: part.question
            for index, part in enumerate(deck.parts)
            if part.question is not None
        }
        self._tallies = {index: empty_tally(question) for index, question in questions.items()}
        self._orders = {
            index: room_order(question, shuffler) for index, question in questions.items()
        }
        self._revealed: set[int] = set()
        self._slides: list[Slide] = []
        self._cuts: dict[tuple[object, ...], tuple[tuple[Unit, ...], list[CutSlide]]] = {}
        self._position = 0
        self._anchor: tuple[int, int] | None = None
        self._paused = False
        self._beacon_problem_told = False
        self._withdrawn = False
        self._keys_shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        """The slide (heading and text), the too-small line, then the counter and the keys."""
        yield SlideText(id="slide")
        too_small = Static(id="too-small")
        too_small.display = False
        yield too_small
        yield SlideBar(id="slide-bar")
        yield SteadyFooter(show_command_palette=False, compact=True)

    def on_mount(self) -> None:
        """Keep telling the notes view this window lives; offer today's earlier session."""
        self.set_interval(HEARTBEAT_SECONDS, self._publish)
        self.offer_earlier_session()

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

    def room_order(self, part: int) -> tuple[str, ...]:
        """The choice ids of the question in ``part``, in the order this room sees them."""
        return self._orders.get(part, ())

    def current_state(self) -> PresenterState:
        """What the room sees now, named by content, for a notes view."""
        slide = self._slides[self._position] if self._slides else Slide(0, 0, 1, [])
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
            order=self._orders.get(slide.part, ()),
            paused=self._paused,
        )

    def _lay_out(self, answers_of: int | None = None) -> None:
        """Cut every part into slides for the screen's size, keeping the room's place (the
        slide that holds the first thing it showed), or moving to the choices and counts of the
        question in part ``answers_of`` (when hands are counted or the answer is revealed)."""
        here = self._anchor
        width, height = self.size
        area = SlideArea(width, height)
        self._fit_area(area)
        if width <= 0 or height <= 0 or (area.too_small and self._slides):
            if self._slides:
                self._show_counter(area.width)  # the title cut again for the new width
            return
        slides: list[Slide] = []
        for index, part in enumerate(self.deck.parts):
            units, pieces = self._cut_part(index, part, area)
            slides.extend(slides_of(index, units, pieces))
        self._slides = slides
        answers = [
            number
            for number, slide in enumerate(slides)
            if slide.part == answers_of and slide.answers
        ]
        if answers:
            self._position = answers[-1]
        elif here is not None:
            self._position = slide_holding(slides, *here)
        self._position = min(self._position, len(slides) - 1)
        if here is None or answers:
            self._set_anchor()
        self._show()

    def _set_anchor(self) -> None:
        """Remember what the room is shown (the slide's part and first unit): a new size
        finds it again, however many sizes come in between (not the first slide of a page)."""
        slide = self._slides[self._position]
        self._anchor = (slide.part, slide.first_unit)

    def _cut_part(
        self, index: int, part: DeckPart, area: SlideArea
    ) -> tuple[tuple[Unit, ...], list[CutSlide]]:
        """A part's units and slides; a question takes the roomiest layout of its show of
        hands in which its choices and counts share one slide, and no choice is cut. Cuts are
        kept for the same size and room data, so a count re-cuts one question, not the deck."""
        key = (
            index,
            area,
            self._tallies.get(index),
            index in self._revealed,
            self._orders.get(index),
        )
        if key not in self._cuts:
            if len(self._cuts) > MAX_CUTS_KEPT:
                self._cuts.clear()
            self._cuts[key] = self._cut_afresh(index, part, area)
        return self._cuts[key]

    def _cut_afresh(
        self, index: int, part: DeckPart, area: SlideArea
    ) -> tuple[tuple[Unit, ...], list[CutSlide]]:
        if part.question is None:
            height = area.body_height(part.heading)
            return part.units, cut_into_slides(part.units, area.measure, height, gap=area.gap)
        return cut_question(
            part.question,
            part.number,
            self.deck.question_count,
            self._tallies[index],
            index in self._revealed,
            self._orders[index],
            area,
            part.heading,
        )

    def _fit_area(self, area: SlideArea) -> None:
        """The slide's margins for this size, or the too-small line instead of the slide."""
        notice = self.query_one("#too-small", Static)
        notice.display = area.too_small
        slide = self.query_one(SlideText)
        slide.display = not area.too_small
        top, bottom = area.top_and_bottom
        margins = (top, area.side, bottom, area.side)
        if slide.styles.padding != margins:  # set at a new size only: a turn lays nothing out
            slide.styles.padding = margins
        if area.too_small:
            notice.update(
                literal(
                    WORDS["too_small"].format(
                        width=area.width,
                        height=area.height,
                        min_width=MIN_WIDTH,
                        min_height=MIN_HEIGHT,
                    )
                )
            )

    def _show(self) -> None:
        """Draw the current slide and its counter, then tell the notes view."""
        slide = self._slides[self._position]
        part = self.deck.parts[slide.part]
        self._refresh_keys(part)
        area = SlideArea(*self.size)
        top, bottom = area.top_and_bottom
        heading = heading_lines(part.heading, area.measure)  # then a blank line, as cut
        self.query_one(SlideText).show(
            [*heading, Content(""), *slide.lines],
            area.height - CHROME_LINES - top - bottom,
            centred=part.kind in CENTRED_KINDS,
        )
        self._show_counter(area.width)
        self._publish()
        self._keep()

    def _show_counter(self, width: int) -> None:
        """The counter line, with the lesson's title cut to ``width``."""
        slide = self._slides[self._position]
        continues = WORDS["continues"] if slide.piece + 1 < slide.pieces else ""
        counter = WORDS["counter"].format(position=self._position + 1, total=len(self._slides))
        self.query_one(SlideBar).show(counter + continues, self.deck.lesson.title, width)

    def _refresh_keys(self, part: DeckPart) -> None:
        """Tell the footer only when the keys that work change (a question's letters, the
        first or last slide): a redrawn footer took a third of a slide turn. Told before the
        slide is drawn, so the footer's change is drawn in the same frame, not one later."""
        question = part.question
        keys = (
            len(question.choices) if question is not None else 0,
            self._position == 0,
            self._position + 1 >= len(self._slides),
        )
        if keys != self._keys_shown:
            self._keys_shown = keys
            self.refresh_bindings()

    def _publish(self) -> None:
        if self._withdrawn or not self._slides:
            return
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
        question = self.part.question
        if action in (COUNT_HINT, "reveal", "pick", "digit", "add", "step"):
            return question is not None
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
            self._set_anchor()
            self._show()

    def action_reveal(self) -> None:
        """Show (or hide again) the right answer, what each choice means, and the talk prompt."""
        index = self._slides[self._position].part
        self._revealed ^= {index}
        self._lay_out(answers_of=index)

    @property
    def footer_key_displays(self) -> dict[str, str]:
        """The counting key's name in the footer: this question's letters (SteadyFooter)."""
        question = self.part.question
        return {COUNT_HINT: count_keys(len(question.choices))} if question is not None else {}

    def action_count_hint(self) -> None:
        """The footer's counting key (a) counts A, like the letter itself."""
        self.action_pick("A")

    def action_pick(self, letter: str) -> None:
        """Start counting hands for ``letter``."""
        self._change_tally(lambda tally: tally.pick(letter))

    def action_digit(self, digit: str) -> None:
        """Type the count for the picked letter (after a 2-second pause, a new count)."""
        now = time.monotonic()
        self._change_tally(lambda tally: tally.type_digit(digit, now))

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

    def withdraw(self) -> None:
        """Tell a notes view that this presenter stopped (once)."""
        if not self._withdrawn:
            self._withdrawn = True
            self.beacon.withdraw()

    def on_unmount(self) -> None:
        """However presenting ends, the notes view is told."""
        self.withdraw()
