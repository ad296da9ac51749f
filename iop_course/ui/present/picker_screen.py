"""Pick a lesson to present: the course's modules and lessons, and nothing about any learner.

Shown when ``iop-course present`` gets no LESSON, and from the learner's app. Rows list each
lesson's title and length only: no status, no score, no progress, because this list may
already be on the projector.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from iop_course.content.model import Course
from iop_course.i18n import N_, Words
from iop_course.present.beacon import PresenterBeacon
from iop_course.present.deck import DeckUnavailable, build_deck
from iop_course.present.room_session import SessionShelf
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import presenting_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "title": N_("Present a lesson to a group"),
        "how": N_(
            "Pick a lesson and press Enter. Nothing about any learner is shown while presenting."
        ),
        "minutes": N_("  ({minutes} min)"),
        "empty": N_("There are no lessons in {root}."),
    }
)


class PresentPickerScreen(Screen[None]):
    """The modules and their lessons; Enter (the list's own key, told on screen) presents the
    highlighted lesson. A screen binding for Enter would be listed before "Get help now"."""

    CSS_PATH = "picker_screen.tcss"
    BINDINGS = [
        get_help_binding(),
        Binding(
            "q,escape",
            "end",
            N_("Close"),
            priority=True,
            key_display="q",
            tooltip=N_("Stop presenting and close this list."),
        ),
    ]

    def __init__(
        self,
        course: Course,
        beacon: PresenterBeacon | None = None,
        shelf: SessionShelf | None = None,
    ) -> None:
        """``beacon`` is handed to each presented lesson, for a notes view to follow, and
        ``shelf`` keeps each lesson's session of today."""
        super().__init__()
        self.course = course
        self.beacon = beacon
        self.shelf = shelf

    def compose(self) -> ComposeResult:
        """A title, a line on how it works, and the list."""
        yield Static(literal(WORDS["title"]), id="picker-title")
        yield Static(
            literal(
                WORDS["how"]
                if self.course.modules
                else WORDS["empty"].format(root=self.course.root)
            ),
            id="picker-how",
        )
        yield OptionList(*self._rows(), id="picker-lessons")
        yield FittingFooter()

    def _rows(self) -> list[Option]:
        rows: list[Option] = []
        for module in self.course.modules:
            rows.append(Option(literal(module.title, "bold"), disabled=True))
            for lesson in module.lessons:
                length = WORDS["minutes"].format(minutes=lesson.minutes) if lesson.minutes else ""
                rows.append(Option(literal(f"  {lesson.title}{length}"), id=lesson.id))
        return rows

    def on_mount(self) -> None:
        """Highlight the first lesson."""
        lessons = self.query_one(OptionList)
        lessons.focus()
        lessons.highlighted = next(
            (
                index
                for index in range(lessons.option_count)
                if not lessons.get_option_at_index(index).disabled
            ),
            None,
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter (or a click) on a lesson presents it."""
        event.stop()
        self.present(event.option.id)

    def present(self, lesson_id: str | None) -> None:
        """Show ``lesson_id`` as slides over this list (q comes back here)."""
        from iop_course.ui.present.present_screen import PresentScreen

        if not lesson_id:
            return
        try:
            deck = build_deck(self.course, lesson_id)
        except DeckUnavailable as problem:
            self.notify(str(problem), markup=False, severity="error", timeout=10)
            return
        self.app.push_screen(PresentScreen(deck, self.course, self.beacon, shelf=self.shelf))

    async def action_end(self) -> None:
        """Stop presenting: back to the learner's course, or out of present mode."""
        await presenting_app(self).end_presenting()
