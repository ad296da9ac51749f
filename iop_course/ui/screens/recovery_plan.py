"""My recovery plan: everything the learner wrote for their plan, on one page, and how to print it.

The plan is gathered from the lessons' worksheets each time the screen is shown, so it is always
what the learner last wrote. Each part names the lessons where it is written; pressing Enter on
one opens that lesson at the page of its worksheet, to change the words there. An empty part
says, kindly, where it can be filled in. The help numbers close the plan. A key saves the plan
as a printable file with the parts the learner chooses, and the screen says where it went.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Static

from iop_course.content import help_lines as help_numbers
from iop_course.content.worksheet_model import PlanChoice
from iop_course.export.recovery_plan import (
    PART_REMINDERS,
    PlanEntry,
    PlanPlace,
    PlanSection,
    gather_plan,
)
from iop_course.i18n import N_, Words, _
from iop_course.store.saved_plans import plan_folder, remember_saved_plan
from iop_course.ui.keys import get_help_binding
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal

WORDS = Words(
    {
        "title": N_("My recovery plan"),
        "intro": N_(
            "Your plan, gathered from what you wrote in the lessons. It stays on this "
            "computer. To change a part, go to its lesson: Tab to the lesson's name and press "
            "Enter."
        ),
        "empty": N_(
            "Nothing here yet, and that is okay. When you are ready, you can write it in a "
            "lesson below."
        ),
        "no lesson": N_(
            "No lesson in this course asks about this part yet. You could write it on "
            "paper, or talk it over with your counselor."
        ),
        "write in": N_("✎ Write in “{title}”, page {page}"),
        "from": N_("From “{title}”:"),
        "remember": N_("Remember:"),
        "help": N_("Help numbers"),
        "saved": N_(
            "Saved. Only you can open it on this computer; open it in a web browser to print "
            "it. It is here:"
        ),
        "not saved": N_("It could not be saved ({reason}). It was to go here:"),
        "kept": N_("Nothing was saved; the file that was there stays as it was:"),
        "unreadable": N_("This lesson could not be opened: {reason}"),
        "not saving": N_(
            "Not saving: anything you change in the lessons today will be lost when you "
            "close the course."
        ),
    }
)
FILE_NAME = "my-recovery-plan-{day}.html"
CARD_FILE_NAME = "my-wallet-card-{day}.html"


class RecoveryPlanScreen(Screen[None]):
    """The plan's parts, the help numbers and the place the last printable copy went."""

    CSS_PATH = "recovery_plan.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding(
            "s",
            "save_plan",
            N_("Save to print"),
            tooltip=N_("Save your plan as a file you can print; choose which parts go in."),
        ),
        Binding(
            "w",
            "save_card",
            N_("Wallet card"),
            tooltip=N_(
                "Save a card for your wallet: people to call, help numbers and three "
                "things you do instead."
            ),
        ),
        Binding(
            "escape",
            "dismiss",
            N_("Lessons"),
            key_display="Esc",
            tooltip=N_("Back to the list of lessons."),
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._places: dict[Button, PlanPlace] = {}
        self._saved_to = ""
        self._saved_path = ""

    def compose(self) -> ComposeResult:
        """The page; its parts are filled in on mount and each time the learner comes back."""
        yield FittingHeader()
        yield VerticalScroll(id="plan")
        yield FittingFooter()

    def _plan_widgets(self) -> list[Widget]:
        """The intro, each part, the help numbers and where the last copy was saved."""
        self._places = {}
        plan = gather_plan(course_app(self).course, course_app(self).store.worksheet_answers())
        widgets: list[Widget] = [Static(literal(WORDS["intro"]), classes="plan-intro")]
        if course_app(self).store.saving_problem is not None:
            widgets.append(Static(literal(WORDS["not saving"]), classes="plan-not-saving"))
        widgets.extend(self._section(section) for section in plan.sections)
        help_lines: list[Widget] = [Static(literal(WORDS["help"]), classes="plan-heading")]
        for heading, text in help_numbers.help_lines():
            help_lines.append(Static(literal(heading), classes="help-line-heading"))
            help_lines.append(Static(literal(text), classes="help-line"))
        help_lines.append(Static(literal(help_numbers.where()), classes="help-line"))
        widgets.append(Vertical(*help_lines, classes="plan-part plan-help"))
        widgets.append(Static(literal(self._saved_to), id="plan-saved"))
        widgets.append(Static(literal(self._saved_path), id="plan-saved-path"))
        return widgets

    async def _show_plan(self) -> None:
        body = self.query_one("#plan", VerticalScroll)
        with self.app.batch_update():
            await body.remove_children()
            await body.mount_all(self._plan_widgets())

    def _section(self, section: PlanSection) -> Vertical:
        children: list[Widget] = [Static(literal(section.part.label), classes="plan-heading")]
        for entry in section.entries:
            children.append(Static(literal(_answer_heading(entry)), classes="plan-from"))
            children.append(Static(literal(_answer_text(entry)), classes="plan-answer"))
        if section.empty:
            words = WORDS["empty"] if section.places else WORDS["no lesson"]
            children.append(Static(literal(words), classes="plan-empty"))
        reminders = PART_REMINDERS.get(section.part, ())
        if reminders:
            lines = "\n".join(f"• {_(reminder)}" for reminder in reminders)
            children.append(
                Static(literal(f"{WORDS['remember']}\n{lines}"), classes="plan-reminders")
            )
        for place in section.places:
            button = Button(
                literal(WORDS["write in"].format(title=place.lesson_title, page=place.page + 1)),
                compact=True,
                classes="plan-edit",
            )
            self._places[button] = place
            children.append(button)
        return Vertical(*children, classes="plan-part", id=f"part-{section.part.value}")

    async def on_mount(self) -> None:
        """Name the screen and show the plan."""
        self.title = WORDS["title"]
        await self._show_plan()

    async def on_screen_resume(self) -> None:
        """Back from a lesson: show what the learner just wrote."""
        if self._places:
            await self._show_plan()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        """Open the lesson where this part is written, at its worksheet's page, in its first
        field, ready to write."""
        place = self._places.get(event.button)
        if place is None:
            return
        from iop_course.content.loader import ContentUnreadable, open_lesson
        from iop_course.ui.screens.lesson import LessonScreen

        info = course_app(self).course.lesson(place.lesson_id)
        if info is None:
            return
        try:
            lesson, _problems = open_lesson(info)
        except ContentUnreadable as error:
            self.notify(
                WORDS["unreadable"].format(reason=_(error.problem.message)),
                markup=False,
                severity="error",
            )
            return
        # The learner's saved place stays where it was: this is a visit to change the plan.
        screen = LessonScreen(lesson, place.page, save_place=False)
        await self.app.push_screen(screen)
        from iop_course.ui.widgets.worksheet_view import WorksheetView

        any(view.focus_prompt(place.prompt_id) for view in screen.query(WorksheetView))

    def action_save_plan(self) -> None:
        """Ask which parts go in, then save the printable file."""
        from iop_course.ui.dialogs.plan_export import PlanExportDialog

        folder = plan_folder(course_app(self).store.data_dir)
        self.app.push_screen(PlanExportDialog(folder), self._save_plan)

    def _save_plan(self, chosen: tuple[PlanChoice, ...] | None) -> None:
        if not chosen:
            return
        from iop_course.export.plan import build_plan_html

        app = course_app(self)
        plan = gather_plan(app.course, app.store.worksheet_answers())
        self._save(build_plan_html(plan, chosen), self._target(FILE_NAME))

    def action_save_card(self) -> None:
        """Save the wallet card."""
        from iop_course.export.plan import build_card_html

        app = course_app(self)
        plan = gather_plan(app.course, app.store.worksheet_answers())
        self._save(build_card_html(plan), self._target(CARD_FILE_NAME))

    def _target(self, name: str) -> Path:
        return plan_file_path(plan_folder(course_app(self).store.data_dir), name=name)

    def _save(self, html: str, target: Path) -> None:
        """Write a new file at ``target``; where a file is there already, ask first."""
        from iop_course.export.plan import free_path, write_plan_at_a_free_name, write_plan_file
        from iop_course.ui.dialogs.replace_plan import ReplacePlanDialog, SameName

        try:
            self._saved(write_plan_file(target, html))
            return
        except FileExistsError:
            pass
        except OSError as error:
            self._not_saved(error, target)
            return

        def answered(choice: SameName | None) -> None:
            if choice is None:
                self._show_saved(WORDS["kept"], str(target))
                return
            try:
                if choice is SameName.REPLACE:
                    written = write_plan_file(target, html, replace=True)
                else:
                    written = write_plan_at_a_free_name(target, html)
            except OSError as error:
                self._not_saved(error, target)
                return
            self._saved(written)

        dialog = ReplacePlanDialog(target, free_path(target).name)
        self.app.push_screen(dialog, answered)

    def _saved(self, written: Path) -> None:
        remember_saved_plan(course_app(self).store, written)
        self._show_saved(WORDS["saved"], str(written))

    def _not_saved(self, error: OSError, target: Path) -> None:
        reason = error.strerror or str(error)
        self._show_saved(WORDS["not saved"].format(reason=reason), str(target))

    def _show_saved(self, message: str, path: str) -> None:
        """Say what happened, with the file's path whole on a line of its own (no toast to
        cover it or cut it), and bring it into view."""
        self._saved_to = message
        self._saved_path = path
        self.query_one("#plan-saved", Static).update(literal(message))
        self.query_one("#plan-saved-path", Static).update(literal(path))
        self.query_one("#plan", VerticalScroll).scroll_end(animate=False)


def plan_file_path(folder: Path, day: date | None = None, name: str = FILE_NAME) -> Path:
    """Where the app saves a printable plan in ``folder`` (see saved_plans.plan_folder): named
    by the day, so a new day's plan never meets an earlier one."""
    return folder / name.format(day=(day or date.today()).isoformat())


def _answer_heading(entry: PlanEntry) -> str:
    """What an answer is: the lesson it was written in or, for a step of a plan written in one
    lesson (the safety plan for hard nights), the step's own question."""
    if entry.prompt.plan is not None and entry.prompt.plan.answers_are_steps:
        return entry.prompt.text
    return WORDS["from"].format(title=entry.place.lesson_title)


def _answer_text(entry: PlanEntry) -> str:
    """An answer as the learner wrote it; people as "name: number" lines."""
    if entry.prompt.asks_for_contacts:
        return "\n".join(
            f"{contact.name}: {contact.number}"
            if contact.number and contact.name
            else contact.name or contact.number
            for contact in entry.contacts
        )
    return entry.text.strip("\n")
