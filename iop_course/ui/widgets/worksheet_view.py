"""A worksheet on a lesson page: each prompt in view with a place to write under it.

What the learner types is saved as they type (half a second after they pause, and at least
every SAVE_AT_LEAST_EVERY_SECONDS while they type on without a pause), and again when
they leave the field, turn the page, leave the lesson or close the app, through the same
crash-safe store as their progress; it is shown again when the page is reopened and can be
changed at any time. A "people I can call" prompt has rows of name and number instead of free
text. The page keys stay the lesson screen's: a field takes the keys only once the learner
moves into it (Tab or a click), and Esc leaves it so the arrows turn pages again. A paste longer
than a field holds is cut to fit, with a line under the field saying so, and what fits is saved.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from iop_course.content.worksheet_model import Worksheet, WorksheetPrompt
from iop_course.i18n import N_, Words, _
from iop_course.store.worksheet_answers import (
    LARGEST_ANSWER,
    Contact,
    contacts_from_text,
    contacts_to_text,
)
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.answer_area import AnswerArea
from iop_course.ui.widgets.contact_field import ContactField
from iop_course.ui.widgets.course_markdown import CourseMarkdown
from iop_course.ui.widgets.literal import literal

SAVE_AFTER_SECONDS = 0.5
SAVE_AT_LEAST_EVERY_SECONDS = 1.5
"""A steady typist never pauses half a second: their words are still saved this often, so
words on screen two seconds before a crash or a kill are on disk (with room for a busy machine)."""
CONTACT_ROWS = 3
LONGEST_NAME = 100
LONGEST_NUMBER = 40
WORDS = Words(
    {
        "keys": N_(
            "Tab: write here, then Tab to the next answer. Esc: done writing, back to the page "
            "keys. Saved as you type, only on this computer. Ctrl+G: get help now."
        ),
        "not saving": N_("Not saving: what you type here will be lost when you close the course."),
        "no store": N_("Each person writes their answers in their own copy of the course."),
        "name": N_("Name"),
        "number": N_("Phone number"),
        "plan": N_("Goes in My recovery plan: {part}."),
        "cut": N_("Cut to fit: {limit:,} characters at most. Saved."),
        "cut contact": N_("Cut to fit: {name} per name, {number} per number."),
    }
)


class WorksheetView(Vertical):
    """One worksheet of a lesson, its answers read from and saved to the app's store."""

    DEFAULT_CSS = Path(__file__).with_suffix(".tcss").read_text(encoding="utf-8")

    BINDINGS = [
        Binding(
            "escape",
            "leave_field",
            N_("Done writing"),
            key_display="Esc",
            tooltip=N_("Leave the writing box: the page keys work again. Your words are saved."),
        ),
    ]

    def __init__(self, worksheet: Worksheet, lesson_id: str) -> None:
        super().__init__()
        self.worksheet = worksheet
        self.lesson_id = lesson_id
        self._prompt_of: dict[Widget, WorksheetPrompt] = {}
        self._pending: dict[str, WorksheetPrompt] = {}
        self._timer: Timer | None = None
        self._deadline: Timer | None = None

    def compose(self) -> ComposeResult:
        """The intro, a line on the keys (or on not saving), then each prompt and its field.

        In an app without a learner's store (a projected presentation) only the prompts are
        shown: no field, no answer, nothing saved.
        """
        self.border_title = literal(_(Worksheet.label))
        store = getattr(self.app, "store", None)
        saved = (
            {}
            if store is None
            else {
                answer.prompt_id: answer.text for answer in store.worksheet_answers(self.lesson_id)
            }
        )
        if self.worksheet.intro:
            yield CourseMarkdown(self.worksheet.intro)
        note = (
            "no store"
            if store is None
            else "not saving"
            if store.saving_problem is not None
            else "keys"
        )
        yield Static(literal(WORDS[note]), classes=f"worksheet-{note.replace(' ', '-')}")
        for prompt in self.worksheet.prompts:
            yield Static(literal(prompt.text), classes="worksheet-prompt")
            if prompt.plan is not None:
                yield Static(
                    literal(WORDS["plan"].format(part=prompt.plan.label)), classes="worksheet-plan"
                )
            if store is None:
                continue
            if prompt.asks_for_contacts:
                yield from self._contact_rows(prompt, saved.get(prompt.id, ""))
            else:
                area = AnswerArea(saved.get(prompt.id, ""), classes="worksheet-answer")
                self._prompt_of[area] = prompt
                yield area
                yield _cut_note(WORDS["cut"].format(limit=LARGEST_ANSWER))

    def _contact_rows(self, prompt: WorksheetPrompt, text: str) -> ComposeResult:
        """Rows of name and number, one more than were filled in, at least CONTACT_ROWS."""
        contacts = list(contacts_from_text(text))
        blank = Contact("", "")
        rows = []
        for contact in contacts + [blank] * max(CONTACT_ROWS - len(contacts), 1):
            name = ContactField(contact.name, WORDS["name"], LONGEST_NAME, "contact-name")
            number = ContactField(contact.number, WORDS["number"], LONGEST_NUMBER, "contact-number")
            self._prompt_of[name] = self._prompt_of[number] = prompt
            rows.append(Horizontal(name, number, classes="contact-row"))
        yield Vertical(*rows, classes="contacts")
        yield _cut_note(WORDS["cut contact"].format(name=LONGEST_NAME, number=LONGEST_NUMBER))

    def focus_prompt(self, prompt_id: str) -> bool:
        """Put the cursor in the (first) field of a prompt; False when it is not here."""
        field = next(
            (widget for widget, prompt in self._prompt_of.items() if prompt.id == prompt_id), None
        )
        if field is None:
            return False
        field.focus()
        return True

    def answer_text(self, prompt: WorksheetPrompt) -> str:
        """What the fields of ``prompt`` hold now, as the store keeps it."""
        fields = [widget for widget, owner in self._prompt_of.items() if owner is prompt]
        if not prompt.asks_for_contacts:
            area = fields[0] if fields else None
            return area.text if isinstance(area, AnswerArea) else ""
        values = [field.value for field in fields if isinstance(field, ContactField)]
        return contacts_to_text(
            [Contact(name, number) for name, number in zip(values[::2], values[1::2], strict=True)]
        )

    def on_text_area_changed(self, event: AnswerArea.Changed) -> None:
        """Typing in a free answer: save once the learner pauses."""
        self._changed(event.text_area)

    def on_input_changed(self, event: ContactField.Changed) -> None:
        """Typing a name or number: save once the learner pauses."""
        self._changed(event.input)

    def on_answer_area_cut(self, event: AnswerArea.Cut) -> None:
        """A paste was too long for an answer: say so under it."""
        self._show_cut_note(event.area)

    def on_contact_field_cut(self, event: ContactField.Cut) -> None:
        """A paste was too long for a name or number: say so under the rows."""
        row = event.field.parent
        rows = row.parent if row is not None else None
        self._show_cut_note(rows if isinstance(rows, Widget) else None)

    def _show_cut_note(self, field: Widget | None) -> None:
        siblings = list(field.parent.children) if field is not None and field.parent else []
        place = siblings.index(field) if field in siblings else -1
        if 0 <= place < len(siblings) - 1 and siblings[place + 1].has_class("worksheet-cut"):
            note = siblings[place + 1]
            note.display = True
            self.call_after_refresh(note.scroll_visible, animate=False)

    def on_input_submitted(self, event: ContactField.Submitted) -> None:
        """Enter in a name or number moves on, as Tab does."""
        event.stop()
        self.screen.focus_next()

    def _changed(self, field: Widget) -> None:
        prompt = self._prompt_of.get(field)
        if prompt is None:
            return
        self._pending[prompt.id] = prompt
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_AFTER_SECONDS, self.save_now)
        if self._deadline is None:  # not restarted by typing: the save comes however fast
            self._deadline = self.set_timer(SAVE_AT_LEAST_EVERY_SECONDS, self.save_now)

    def on_descendant_blur(self) -> None:
        """Leaving a field saves it at once."""
        self.save_now()

    def on_unmount(self) -> None:
        """Turning the page, leaving the lesson or closing the app saves what is left."""
        self.save_now()

    def save_now(self) -> None:
        """Save every answer changed since the last save (there is none without a store)."""
        for timer in (self._timer, self._deadline):
            if timer is not None:
                timer.stop()
        self._timer = self._deadline = None
        pending, self._pending = self._pending, {}
        for prompt in pending.values():
            course_app(self).store.save_worksheet_answer(
                self.lesson_id, prompt.id, self.answer_text(prompt)
            )

    def action_leave_field(self) -> None:
        """Esc: out of the field, so the page keys work again."""
        self.save_now()
        self.screen.set_focus(None)


def _cut_note(words: str) -> Static:
    """The line under a field that says a paste was cut to fit (hidden until one is)."""
    note = Static(literal(words), classes="worksheet-cut")
    note.display = False
    return note
