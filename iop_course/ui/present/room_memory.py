"""What a presented lesson remembers and asks: today's session, going back to it, the pause
and the question before ending.

A mixin of ``PresentScreen`` (which owns the slides, tallies and reveals), kept apart so the
screen's own module stays about drawing slides.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from iop_course.i18n import N_, Words
from iop_course.present.room_session import RoomSession, today
from iop_course.present.tally import Tally
from iop_course.ui.typed_app import presenting_app

if TYPE_CHECKING:
    from iop_course.present.deck import Deck
    from iop_course.present.room_session import SessionShelf
    from iop_course.present.state import PresenterState

WORDS = Words(
    {
        "end_title": N_("End the lesson?"),
        "end_text": N_(
            "Hands were counted. If you end now, open this lesson again today to come "
            "back to this slide with the counts."
        ),
        "end_yes": N_("End the lesson (y)"),
        "end_no": N_("Keep presenting (n)"),
        "resume_title": N_("Go back to where the group was?"),
        "resume_text": N_(
            "This lesson was presented earlier today. Go back to that slide, with the "
            "hands counted and the answers shown?"
        ),
        "resume_yes": N_("Go back (y)"),
        "resume_no": N_("Start from the beginning (n)"),
    }
)


class RoomMemory(Screen[None]):
    """Today's session of the lesson, the pause, and ending with a question first."""

    deck: Deck
    shelf: SessionShelf | None
    content_root: Path
    started_at: float
    _tallies: dict[int, Tally]
    _orders: dict[int, tuple[str, ...]]
    _revealed: set[int]
    _paused: bool
    _position: int
    _slides: list[Any]

    if TYPE_CHECKING:  # drawn and published by PresentScreen

        def current_state(self) -> PresenterState: ...
        def _lay_out(self, answers_of: int | None = None) -> None: ...
        def _set_anchor(self) -> None: ...
        def _show(self) -> None: ...
        def _publish(self) -> None: ...
        def withdraw(self) -> None: ...

    def offer_earlier_session(self) -> None:
        """Offer today's earlier session of this lesson, if there is one worth going back to."""
        earlier = (
            self.shelf.offer(str(self.content_root), self.deck.lesson.id)
            if self.shelf is not None
            else None
        )
        if earlier is not None:
            from iop_course.ui.present.ask_dialog import AskDialog

            def answered(yes: bool | None) -> None:
                if yes:
                    self.restore(earlier)

            self.app.push_screen(
                AskDialog(
                    WORDS["resume_title"],
                    WORDS["resume_text"],
                    WORDS["resume_yes"],
                    WORDS["resume_no"],
                    focus_yes=True,
                ),
                answered,
            )

    def session(self) -> RoomSession:
        """Where the room is now, as today's session of this lesson."""
        questions = {
            index: part.question.id
            for index, part in enumerate(self.deck.parts)
            if part.question is not None
        }
        return RoomSession(
            content_root=str(self.content_root),
            lesson_id=self.deck.lesson.id,
            day=today(),
            slide=self.current_state().slide,
            started_at=self.started_at,
            tallies={questions[i]: tally.entries() for i, tally in self._tallies.items()},
            revealed=frozenset(questions[i] for i in self._revealed),
            orders={questions[i]: order for i, order in self._orders.items()},
        )

    def _keep(self) -> None:
        if self.shelf is not None and self._slides:
            self.shelf.save(self.session())

    def restore(self, session: RoomSession) -> None:
        """Go back to ``session``'s slide with its tallies, reveals, order and clock."""
        by_id = {
            part.question.id: index
            for index, part in enumerate(self.deck.parts)
            if part.question is not None
        }
        for question_id, index in by_id.items():
            order = session.orders.get(question_id)
            if order is not None and sorted(order) == sorted(self._orders[index]):
                self._orders[index] = order
            counts = dict(session.tallies.get(question_id, ()))
            empty = self._tallies[index]
            self._tallies[index] = Tally(
                empty.letters, tuple(max(0, counts.get(letter, 0)) for letter in empty.letters)
            )
            if question_id in session.revealed:
                self._revealed.add(index)
        self.started_at = session.started_at
        self._lay_out()
        wanted = session.slide
        for number, slide in enumerate(self._slides):
            ref = self.deck.parts[slide.part].ref(slide.piece, slide.pieces)
            if (ref.kind, ref.page, ref.question_id) == (
                wanted.kind,
                wanted.page,
                wanted.question_id,
            ):
                self._position = number
                if slide.piece >= min(wanted.part, slide.pieces - 1):
                    break
        self._set_anchor()
        self._show()

    def action_pause(self) -> None:
        """Pause the room: only a calm screen with 988, until ``.`` is pressed again."""
        from iop_course.ui.present.pause_screen import PauseScreen

        def back(_: object) -> None:
            self._paused = False
            self._publish()

        self._paused = True
        self._publish()
        self.app.push_screen(PauseScreen(), back)

    async def action_end(self) -> None:
        """Stop presenting, asking first when hands were counted (``q`` is beside ``a``)."""
        if not any(tally.total for tally in self._tallies.values()):
            await self.end()
            return
        from iop_course.ui.present.ask_dialog import AskDialog

        async def answered(yes: bool | None) -> None:
            if yes:
                await self.end()

        self.app.push_screen(
            AskDialog(WORDS["end_title"], WORDS["end_text"], WORDS["end_yes"], WORDS["end_no"]),
            answered,
        )

    async def end(self) -> None:
        """The notes view is told, then the picker (or the way out) shows."""
        self.withdraw()
        if len(self.app.screen_stack) > 1:
            self.dismiss()
        else:
            await presenting_app(self).end_presenting()
