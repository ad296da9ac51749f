"""The home screen's list: each module with a progress bar, then its lessons with their status.

One ``OptionList`` keeps it keyboard-first: up and down move through lessons, Enter opens one.
Module rows are shown but cannot be picked, and the next lesson to take is marked.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

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

    def show(self, course: Course, progress: dict[str, LessonProgress], next_id: str | None) -> None:
        """Fill the list from the course and the learner's progress; highlight the next lesson."""
        highlighted = self.highlighted_option.id if self.highlighted_option else next_id
        rows = []
        for module in course.modules:
            rows.append(Option(_module_row(module, progress), id=f"module:{module.id}",
                               disabled=True))
            rows.extend(
                Option(_lesson_row(lesson, _status(progress, lesson.id), lesson.id == next_id),
                       id=lesson.id)
                for lesson in module.lessons
            )
        self.clear_options()
        self.add_options(rows)
        if highlighted is not None:
            try:
                self.highlighted = self.get_option_index(highlighted)
            except Exception:  # noqa: BLE001 - the option may be gone after a content change
                self.highlighted = None


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
