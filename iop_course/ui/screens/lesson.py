"""Reading a lesson one page at a time, with the page saved at every turn.

The app parses the lesson's pages when it is opened (not at start-up) and hands them over;
turning a page only swaps the widgets of one page. After the last page comes the quiz.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from iop_course.content.model import Lesson
from iop_course.ui.keys import get_help_binding
from iop_course.ui.widgets.literal import literal
from iop_course.ui.widgets.page_view import PageView


class LessonScreen(Screen[None]):
    """One lesson, one page on screen at a time."""

    CSS_PATH = "lesson.tcss"

    BINDINGS = [
        get_help_binding(),
        Binding("right,n", "next_page", "Next page", key_display="→",
                tooltip="Go to the next page."),
        Binding("right,n", "finish_reading", "Take the quiz", key_display="→",
                tooltip="You have read every page: check what you learned."),
        Binding("left,p", "previous_page", "Previous page", key_display="←",
                tooltip="Go back one page."),
        Binding("escape,b", "back", "Lessons", tooltip="Back to the list of lessons."),
    ]

    def __init__(self, lesson: Lesson, page: int = 0) -> None:
        super().__init__()
        self.lesson = lesson
        self.info = lesson.info
        self.page_index = max(0, min(page, len(lesson.pages) - 1))

    def compose(self) -> ComposeResult:
        """The page and a line that says where the learner is."""
        yield Header()
        yield PageView(id="page")
        yield Static(id="page-position")
        yield Footer()

    async def on_mount(self) -> None:
        """Show the page the lesson was opened at."""
        self.title = self.info.title
        self.app.remember_screen("lesson")
        await self._show_page()

    @property
    def last_page(self) -> bool:
        """True on the lesson's last page."""
        return self.page_index == len(self.lesson.pages) - 1

    async def _show_page(self) -> None:
        total = len(self.lesson.pages)
        self.sub_title = f"Page {self.page_index + 1} of {total}"
        await self.query_one(PageView).show(
            self.lesson.pages[self.page_index],
            objectives=self.info.objectives if self.page_index == 0 else (),
            sources=self.info.sources if self.last_page else (),
        )
        next_hint = "→ take the quiz" if self.last_page and self.info.quiz_path else (
            "→ finish the lesson" if self.last_page else "→ next page")
        back_hint = "← previous page   " if self.page_index else ""
        self.query_one("#page-position", Static).update(literal(
            f"Page {self.page_index + 1} of {total}      {back_hint}{next_hint}"))
        self.app.store.set_page(self.info.id, self.page_index)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Next page until the last page, then the quiz; no previous page on the first."""
        if action == "next_page":
            return not self.last_page
        if action == "finish_reading":
            return self.last_page
        if action == "previous_page":
            return self.page_index > 0
        return True

    async def action_next_page(self) -> None:
        """Turn to the next page."""
        self.page_index += 1
        await self._show_page()

    async def action_previous_page(self) -> None:
        """Turn back one page."""
        self.page_index -= 1
        await self._show_page()

    def action_finish_reading(self) -> None:
        """Go on to the quiz, or finish a lesson that has none."""
        if self.info.quiz_path is not None:
            self.app.start_quiz(self.info, replacing=self)
            return
        self.app.store.mark_lesson_done(self.info.id)
        self.notify(literal(f"Lesson done: {self.info.title}"))
        self.dismiss()

    def action_back(self) -> None:
        """Back to the list of lessons; the page is already saved."""
        self.dismiss()
