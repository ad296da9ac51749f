"""The presenter's notes on screen: the group boxes, the answer key, the clock and what is next.

Shown by the notes window (``iop-course present --notes``) and, for one-screen use, by the
presenting window itself. It shows a ``SlideNotes`` (made by ``SpeakerNotes``) and keeps the
elapsed time ticking on its own. Right answers are marked in words and symbols, never by colour
alone, and every author text is shown as written (``[...]`` is never markup).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from iop_course.i18n import N_, Words
from iop_course.present.notes import QuestionNote, SlideNotes, elapsed_text, plain_preview
from iop_course.present.run_sheet import RunSheet, run_sheet
from iop_course.present.state import SlideKind
from iop_course.ui.present.flow_text import FlowText
from iop_course.ui.widgets.listing import hanging_list
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "status": N_("{position}  ·  {elapsed} elapsed"),
        "on_screen": N_("On the projector: "),
        "next": N_("Next: "),
        "group": N_("For the group"),
        "objectives": N_("The group will learn to:"),
        "minutes": N_("About {minutes} minutes of reading."),
        "answer": N_("Right answer: {letters}"),
        "answers": N_("Right answers (select all that apply): {letters}"),
        "revealed": N_("The room sees the answer now."),
        "hidden": N_("Not shown to the room yet."),
        "right": N_("✓ {letter}. {text}  (right)"),
        "wrong": N_("✗ {letter}. {text}"),
        "hands": N_("  ·  {count} hands"),
        "one_hand": N_("  ·  1 hand"),
        "no_hands": N_("No hands counted yet."),
        "explanation": N_("Explanation"),
        "page_notes": N_("Notes for this slide"),
        "no_page_notes": N_("This page has no notes of its own."),
        "plan": N_("Group plan · {minutes} min"),
        "plan_now": N_("Now: {line}"),
        "paused": N_(
            "The room sees the pause screen (988). Press . on the presenting window to "
            "come back to this slide."
        ),
    }
)
TICK_SECONDS = 1.0
PINNED_CHARACTERS = 240  # the current step's instructions, pinned above the notes


class NotesPanel(Vertical):
    """One slide's notes: a status line with the clock, the notes, and the next slide."""

    DEFAULT_CSS = Path(__file__).with_suffix(".tcss").read_text(encoding="utf-8")

    def __init__(self, clock: Callable[[], float] = time.time, *, id: str | None = None) -> None:
        """``clock`` gives the time now in epoch seconds (tests pass their own)."""
        super().__init__(id=id)
        self._clock = clock
        self.notes: SlideNotes | None = None

    def compose(self) -> ComposeResult:
        """The status line, the notes (filled in by ``show``) and the next slide."""
        yield Static(id="notes-status")
        yield Static(id="notes-presenters")
        yield Static(id="notes-on-screen")
        yield Static(id="notes-plan-now")
        yield VerticalScroll(id="notes-body")
        yield Static(id="notes-next")

    def on_mount(self) -> None:
        """Keep the elapsed time current."""
        self.set_interval(TICK_SECONDS, self._tick)

    async def show(self, notes: SlideNotes) -> None:
        """Show the notes for another slide, in one frame."""
        self.notes = notes
        with self.app.batch_update():
            self._tick()
            self.query_one("#notes-on-screen", Static).update(
                Content.assemble((WORDS["on_screen"], "bold"), notes.on_screen)
            )
            self.query_one("#notes-next", Static).update(
                Content.assemble((WORDS["next"], "bold"), notes.next_up)
            )
            body = self.query_one("#notes-body", VerticalScroll)
            await body.remove_children()
            await body.mount_all(list(_note_widgets(notes)))
            body.scroll_home(animate=False, immediate=True)

    def tell_presenters(self, words: str) -> None:
        """A line about the presenting windows (another one runs, the followed one stopped)."""
        line = self.query_one("#notes-presenters", Static)
        line.update(literal(words))
        line.display = bool(words)

    def _tick(self) -> None:
        if self.notes is None:
            return
        now = self._clock()
        self.query_one("#notes-status", Static).update(
            literal(
                WORDS["status"].format(
                    position=self.notes.position,
                    elapsed=elapsed_text(self.notes.started_at, now),
                )
            )
        )
        plan_now = self.query_one("#notes-plan-now", Static)
        sheet = (
            run_sheet(self.notes.plan, self.notes.kind, self.notes.started_at, now)
            if self.notes.plan is not None and self.notes.kind is not None
            else None
        )
        plan_now.display = sheet is not None
        if sheet is not None:
            instructions = plain_preview(sheet.now.step.markdown, PINNED_CHARACTERS)
            plan_now.update(
                Content.assemble(
                    (WORDS["plan_now"].format(line=sheet.line(sheet.current)), "bold"),
                    ("\n" + instructions) if instructions else "",
                )
            )
            self._update_run_sheet(sheet)

    def _update_run_sheet(self, sheet: RunSheet) -> None:
        """Mark the current step in the plan's timeline (drawn in the body)."""
        for index, row in enumerate(self.query(".plan-row").results(Static)):
            current = index == sheet.current
            row.set_class(current, "-current")
            row.update(literal(("▶ " if current else "  ") + sheet.line(index)))


def _note_widgets(notes: SlideNotes) -> Iterator[Widget]:
    """The widgets for the notes, most urgent first: a problem or a pause, the answer key,
    the page's notes, the group boxes, then the group plan's steps."""
    if notes.problem:
        yield Static(literal(notes.problem), classes="notes-problem")
    if notes.paused:
        yield Static(literal(WORDS["paused"]), classes="notes-problem")
    if notes.question is not None:
        yield from _answer_key(notes.question)
    for box in notes.page_notes:
        page_box = FlowText(box, classes="notes-box page-notes")
        page_box.border_title = literal(WORDS["page_notes"])
        yield page_box
    if notes.kind is SlideKind.PAGE and not notes.page_notes and not notes.group_boxes:
        yield Static(literal(WORDS["no_page_notes"]), classes="notes-part")
    if notes.objectives:
        yield Static(hanging_list(WORDS["objectives"], notes.objectives), classes="notes-part")
    if notes.minutes:
        yield Static(literal(WORDS["minutes"].format(minutes=notes.minutes)), classes="notes-part")
    for box in notes.group_boxes:
        yield _group_box(box)
    for line in notes.side_notes:
        yield Static(literal(line), classes="notes-part")
    if notes.plan is not None:
        yield from _plan(notes)


def _plan(notes: SlideNotes) -> Iterator[Widget]:
    """The group plan: every step as a row of the run sheet (the current one is marked on
    each tick), and the plan's note (a safety step) for the whole session."""
    plan = notes.plan
    assert plan is not None
    children: list[Widget] = [Static(classes="plan-row") for _ in plan.steps]
    if plan.note:
        children.append(FlowText(plan.note, classes="plan-note"))
    plan_box = Vertical(*children, classes="notes-box plan-box")
    plan_box.border_title = literal(WORDS["plan"].format(minutes=plan.minutes))
    yield plan_box


def _answer_key(question: QuestionNote) -> Iterator[Widget]:
    letters = ", ".join(question.right_letters)
    answer = WORDS["answers" if question.select_all else "answer"].format(letters=letters)
    shown = WORDS["revealed" if question.revealed else "hidden"]
    yield Static(
        Content.assemble((answer, "bold"), "  ", (shown, "italic")), classes="notes-answer"
    )
    for choice in question.choices:
        line = WORDS["right" if choice.correct else "wrong"].format(
            letter=choice.letter, text=choice.text
        )
        hands = (
            ""
            if choice.hands is None
            else WORDS["one_hand"]
            if choice.hands == 1
            else WORDS["hands"].format(count=choice.hands)
        )
        yield Vertical(
            Static(Content.assemble((line, "bold" if choice.correct else ""), hands)),
            Static(literal(choice.feedback), classes="choice-feedback"),
            classes="choice-note -right" if choice.correct else "choice-note",
        )
    if not question.counted:
        yield Static(literal(WORDS["no_hands"]), classes="notes-part")
    if question.explanation:
        explanation = FlowText(question.explanation, classes="notes-box")
        explanation.border_title = literal(WORDS["explanation"])
        yield explanation
    if question.facilitator_prompt:
        yield _group_box(question.facilitator_prompt)


def _group_box(markdown: str) -> FlowText:
    box = FlowText(markdown, classes="notes-box group-box")
    box.border_title = literal(WORDS["group"])
    return box
