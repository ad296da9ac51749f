"""Reading a lesson one page at a time, with nothing skipped unread and the page saved.

Like ``less``: Right, n and Space scroll down a screenful and turn the page only at its bottom;
Left, p and b scroll up and go back a page only at its top, so no text below the fold is ever
passed unseen. While text remains below, the position line says so in words. After the last
page comes the quiz. The app parses the lesson's pages when it is opened (not at start-up) and
hands them over; a turn updates the page's widgets and the position in one frame.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from iop_course.content.lesson_model import Lesson
from iop_course.i18n import N_, Words
from iop_course.ui.keys import get_help_binding
from iop_course.ui.screens.one_layout_screen import OneLayoutScreen
from iop_course.ui.typed_app import course_app
from iop_course.ui.widgets.fitting_footer import FittingFooter
from iop_course.ui.widgets.fitting_header import FittingHeader
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.page_view import PageView

FORWARD_KEYS = "right,n,space"
BACKWARD_KEYS = "left,p,b"
WORDS = Words(
    {
        "position": N_("Page {page} of {total}"),
        "more below": N_("▼ more below: → or Space"),
        "next page": N_("→ next page"),
        "take the quiz": N_("→ take the quiz"),
        "finish": N_("→ finish the lesson"),
        "previous page": N_("← previous page"),
        "lesson done": N_("Lesson done: {title}"),
    }
)


class LessonScreen(OneLayoutScreen):
    """One lesson, one page on screen at a time."""

    CSS_PATH = "lesson.tcss"
    AUTO_FOCUS = ""  # a worksheet's field takes keys only when the learner moves into it

    BINDINGS = [
        get_help_binding(),
        Binding(
            FORWARD_KEYS,
            "read_on",
            N_("Read on"),
            key_display="→",
            tooltip=N_("Show the rest of this page; at its end, go to the next page."),
        ),
        Binding(
            FORWARD_KEYS,
            "finish_reading",
            N_("Take the quiz"),
            key_display="→",
            tooltip=N_("You have read every page: check what you learned."),
        ),
        Binding(
            FORWARD_KEYS,
            "finish_lesson",
            N_("Finish the lesson"),
            key_display="→",
            tooltip=N_("You have read every page of this lesson, which has no quiz."),
        ),
        Binding(
            BACKWARD_KEYS,
            "read_back",
            N_("Back"),
            key_display="←",
            tooltip=N_("Show the part of this page above; at its top, go back a page."),
        ),
        Binding(
            "escape",
            "back",
            N_("Lessons"),
            key_display="Esc",
            tooltip=N_("Back to the list of lessons. Your page is saved."),
        ),
        Binding(
            "down",
            "scroll_lines(1)",
            N_("Down a line"),
            show=False,
            tooltip=N_("Scroll the page down one line."),
        ),
        Binding(
            "up",
            "scroll_lines(-1)",
            N_("Up a line"),
            show=False,
            tooltip=N_("Scroll the page up one line."),
        ),
        Binding(
            "pagedown",
            "scroll_screen(1)",
            N_("Down a screen"),
            show=False,
            tooltip=N_("Scroll the page down a screenful, without turning it."),
        ),
        Binding(
            "pageup",
            "scroll_screen(-1)",
            N_("Up a screen"),
            show=False,
            tooltip=N_("Scroll the page up a screenful, without turning it."),
        ),
        Binding(
            "home",
            "scroll_top",
            N_("Top of the page"),
            show=False,
            tooltip=N_("Go to the top of this page."),
        ),
        Binding(
            "end",
            "scroll_bottom",
            N_("End of the page"),
            show=False,
            tooltip=N_("Go to the end of this page."),
        ),
    ]

    def __init__(self, lesson: Lesson, page: int = 0, save_place: bool = True) -> None:
        """``save_place`` False re-reads a lesson without moving the learner's saved place
        (it stays in the quiz they were taking, so Continue still goes there)."""
        super().__init__()
        self.lesson = lesson
        self.info = lesson.info
        self.page_index = max(0, min(page, len(lesson.pages) - 1))
        self.save_place = save_place
        self._keys_state: tuple[bool, bool] | None = None
        self._position = ""
        self._view: PageView | None = None

    def compose(self) -> ComposeResult:
        """The page and a line that says where the learner is."""
        yield FittingHeader()
        self._view = PageView(
            self.lesson.pages[self.page_index],
            *self._page_notes(),
            lesson_id=self.info.id,
            id="page",
        )
        yield self._view
        yield Static(id="page-position")
        yield FittingFooter(keys_at_once=True)  # nothing has the focus as a page opens

    async def on_mount(self) -> None:
        """Show the page the lesson was opened at."""
        self.title = self.info.title
        course_app(self).remember_screen("lesson")
        await self._show_page()

    @property
    def last_page(self) -> bool:
        """True on the lesson's last page."""
        return self.page_index == len(self.lesson.pages) - 1

    @property
    def view(self) -> PageView:
        """The page on screen (kept, not queried: the footer asks about it on every change)."""
        assert self._view is not None, "the lesson screen is not composed yet"
        return self._view

    async def _show_page(self, at_end: bool = False) -> None:
        """Show the current page, its number and the keys' new meaning in one frame."""
        with self.app.batch_update():
            self.sub_title = WORDS["position"].format(
                page=self.page_index + 1, total=len(self.lesson.pages)
            )
            await self.view.show(
                self.lesson.pages[self.page_index], *self._page_notes(), at_end=at_end
            )
            self._show_position()
        if self.save_place:
            # Written once the new page is painted: the learner does not wait for the disk.
            self.call_after_refresh(course_app(self).store.set_page, self.info.id, self.page_index)

    def _page_notes(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What the lesson teaches (on its first page) and its sources (on its last)."""
        return (
            self.info.objectives if self.page_index == 0 else (),
            self.info.sources if self.last_page else (),
        )

    def _show_position(self) -> None:
        """The page number, whether more is below, and what the arrows do from here."""
        view = self.view
        parts = [WORDS["position"].format(page=self.page_index + 1, total=len(self.lesson.pages))]
        if view.more_below:
            parts.append(WORDS["more below"])
        else:
            if self.page_index and not view.more_above:
                parts.append(WORDS["previous page"])
            if not self.last_page:
                parts.append(WORDS["next page"])
            else:
                parts.append(WORDS["take the quiz" if self.info.quiz_path else "finish"])
        position = "    ".join(parts)
        if position != self._position:
            self._position = position
            # One line, always as wide as the screen: new words need no new layout.
            self.query_one("#page-position", Static).update(literal(position), layout=False)
        keys_state = (self._at_the_end(), view.more_above or self.page_index > 0)
        if keys_state != self._keys_state:
            # Only when a key's meaning changes: each refresh rebuilds the footer, a frame more.
            self._keys_state = keys_state
            self.refresh_bindings()

    def on_page_view_moved(self, event: PageView.Moved) -> None:
        """Keep the position line and the footer true as the page scrolls or changes size."""
        self._show_position()

    def _at_the_end(self) -> bool:
        """True on the last page with nothing more below: the arrow goes on to the quiz."""
        return self.last_page and not self.view.more_below

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Right reads on until the end of the last page, then goes to the quiz; Left goes
        back until the top of the first page."""
        if self._view is None:
            return True
        if action == "read_on":
            return not self._at_the_end()
        if action == "finish_reading":
            return self._at_the_end() and self.info.quiz_path is not None
        if action == "finish_lesson":
            return self._at_the_end() and self.info.quiz_path is None
        if action == "read_back":
            return self.view.more_above or self.page_index > 0
        return True

    async def action_read_on(self) -> None:
        """Show the next screenful of this page, or at its end turn to the next page."""
        if self.view.more_below:
            self.view.scroll_by_screen(1)
        elif not self.last_page:
            self.page_index += 1
            await self._show_page()

    async def action_read_back(self) -> None:
        """Show the screenful above, or at the top turn back a page (shown at its end)."""
        if self.view.more_above:
            self.view.scroll_by_screen(-1)
        elif self.page_index > 0:
            self.page_index -= 1
            await self._show_page(at_end=True)

    def action_scroll_screen(self, direction: int) -> None:
        """Page Down and Page Up: scroll a screenful, never turning the page."""
        self.view.scroll_by_screen(direction)

    def action_scroll_lines(self, lines: int) -> None:
        """Down and Up: scroll a line."""
        self.view.scroll_lines(lines)

    def action_scroll_top(self) -> None:
        """Home: the top of this page."""
        self.view.scroll_to_top()

    def action_scroll_bottom(self) -> None:
        """End: the end of this page."""
        self.view.scroll_to_end()

    def action_finish_lesson(self) -> None:
        """At the end of a lesson without a quiz: it is done."""
        self.action_finish_reading()

    def action_finish_reading(self) -> None:
        """Go on to the quiz, or finish a lesson that has none.

        When the lesson was opened from its own quiz (to read it again), that quiz is below:
        going back to it keeps its place, instead of stacking a second quiz.
        """
        if self.info.quiz_path is not None:
            from iop_course.ui.screens.quiz import QuizScreen

            stack = self.app.screen_stack
            below = stack[-2] if len(stack) > 1 else None
            if isinstance(below, QuizScreen) and below.info.id == self.info.id:
                self.dismiss()
            else:
                course_app(self).start_quiz(self.info, replacing=self)
            return
        course_app(self).store.mark_lesson_done(self.info.id)
        self.notify(WORDS["lesson done"].format(title=self.info.title), markup=False)
        self.dismiss()

    def action_back(self) -> None:
        """Back to the list of lessons; the page is already saved."""
        self.dismiss()
