"""The home screen's list: each module with a progress bar, then its lessons with their status.

One ``OptionList`` keeps it keyboard-first: up and down move through lessons, Enter opens one.
Module rows are shown but cannot be picked, and the next lesson to take is marked.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from iop_course.content.model import Course, LessonInfo, Module
from iop_course.store import LessonProgress, LessonStatus

BAR_WIDTH = 12
STATUS_WORDS = {
    LessonStatus.DONE: ("✓", "Done"),
    LessonStatus.IN_PROGRESS: ("◐", "In progress"),
    LessonStatus.NOT_STARTED: ("○", "Not started"),
}


class CourseOutline(OptionList):
    """Modules and lessons, with status and length, in course order."""

    def __init__(self, course: Course, progress: dict[str, LessonProgress],
                 next_id: str | None, id: str | None = None) -> None:
        super().__init__(*outline_rows(course, progress, next_id), id=id)
        self._start_at = next_id

    def on_mount(self) -> None:
        """Start with the next lesson highlighted."""
        self._highlight(self._start_at)

    def show(self, course: Course, progress: dict[str, LessonProgress],
             next_id: str | None) -> None:
        """Refill the list with the learner's latest progress, keeping the highlighted lesson."""
        highlighted = self.highlighted_option.id if self.highlighted_option else next_id
        self.clear_options()
        self.add_options(outline_rows(course, progress, next_id))
        self._highlight(highlighted)

    def _highlight(self, option_id: str | None) -> None:
        if option_id is None:
            return
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:
            self.highlighted = None


def outline_rows(course: Course, progress: dict[str, LessonProgress],
                 next_id: str | None) -> list[Option]:
    """One row per module (not pickable) followed by a row per lesson."""
    rows = []
    for module in course.modules:
        rows.append(Option(_module_row(module, progress), id=f"module:{module.id}", disabled=True))
        rows.extend(
            Option(_lesson_row(lesson, _status(progress, lesson.id), lesson.id == next_id),
                   id=lesson.id)
            for lesson in module.lessons
        )
    return rows


def _status(progress: dict[str, LessonProgress], lesson_id: str) -> LessonStatus:
    record = progress.get(lesson_id)
    return record.status if record else LessonStatus.NOT_STARTED


def _module_row(module: Module, progress: dict[str, LessonProgress]) -> Content:
    done = sum(_status(progress, lesson.id) is LessonStatus.DONE for lesson in module.lessons)
    total = len(module.lessons)
    filled = round(BAR_WIDTH * done / total) if total else 0
    return Content.assemble(
        (module.title, "bold"), "\n",
        ("█" * filled, "$success"), ("░" * (BAR_WIDTH - filled), "$text-muted"),
        f"  {done} of {total} lessons done",
    )


def _lesson_row(lesson: LessonInfo, status: LessonStatus, is_next: bool) -> Content:
    mark, words = STATUS_WORDS[status]
    minutes = f"{lesson.minutes} min" if lesson.minutes else ""
    parts: list[str | tuple[str, str]] = [
        f"  {mark} ", (lesson.title, "bold" if is_next else ""),
        ("  " + minutes if minutes else "", "$text-muted"),
        ("  · " + words, "$text-muted"),
    ]
    if is_next:
        parts.append(("  ◀ next", "bold $accent"))
    return Content.assemble(*parts)
