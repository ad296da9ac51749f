"""The home screen's list: each module with a progress bar, then its lessons with their status.

One ``OptionList`` keeps it keyboard-first: up and down move through the rows, Enter opens one.
A module row opens the module's intro; a lesson row opens the lesson. The next lesson to take is
marked, and a lesson whose quiz was not passed yet says its last score in words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.cells import cell_len
from textual.content import Content, Span
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RulesMap
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from iop_course.content.model import Course, LessonInfo, Module
from iop_course.i18n import N_, _, ngettext
from iop_course.store import LessonProgress, LessonStatus

BAR_WIDTH = 12
MODULE_PREFIX = "module:"
LESSON_MARGIN = "  "  # a lesson row starts here; the highlighted one shows HIGHLIGHT_MARK in it
HIGHLIGHT_MARK = "▸"
HANG = 4  # the cells before a lesson's title ("  ○ "): its wrapped words line up after them
STATUS_WORDS = {
    LessonStatus.DONE: ("✓", N_("Done")),
    LessonStatus.IN_PROGRESS: ("◐", N_("In progress")),
    LessonStatus.NOT_STARTED: ("○", N_("Not started")),
}
NEXT_MARK = N_("◀ next")


class CourseOutline(OptionList):
    """Modules and lessons, with status and length, in course order.

    Every row is in the list from its first paint, so the scrollbar and the rows never change
    after it. The list measures the height of every row it holds before that paint; its rows
    (``OutlineRow``) say their height without wrapping text when their lines fit, which keeps
    a course of a thousand lessons quick to start (benchmarks/startup.py).
    """

    def __init__(
        self,
        course: Course,
        progress: dict[str, LessonProgress],
        next_id: str | None,
        notes: dict[str, str] | None = None,
        id: str | None = None,
    ) -> None:
        """``notes`` adds words to a lesson's row, by lesson id (e.g. a quiz not yet passed)."""
        super().__init__(*outline_rows(course, progress, next_id, notes or {}), id=id)
        self._start_at = next_id

    def on_mount(self) -> None:
        """Start with the next lesson highlighted."""
        self._highlight(self._start_at)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Keep the highlighted lesson in view when the list gets its size or a new one, in
        the same frame (the first layout may come after the highlight, when the first paint
        waited for today's review; a Resize handler would scroll a frame later). At a new width
        the rows wrap anew: the rows of the old width are dropped first, or the scroll would
        follow them (OptionList drops them only in its own Resize handler, after this)."""
        width_changed = size.width != self.outer_size.width  # both with the border
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if changed:
            if width_changed:
                self._clear_caches()
            self.scroll_to_highlight()
        return changed

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """The highlighted row in the cursor's own colours only (bold kept): a row's muted
        status, warning or accent "◀ next" vanished on some themes' cursor (1.00:1 on the high
        contrast theme). Other rows keep their colours."""
        highlighted = self.highlighted
        if highlighted is None or highlighted >= len(self.options):
            return super()._get_option_render(option, style)
        if self.options[highlighted] is not option or not isinstance(option.prompt, Content):
            return super()._get_option_render(option, style)
        coloured, option._visual = option._visual, _in_cursor_colours(option.prompt)
        try:
            return super()._get_option_render(option, style)
        finally:
            option._visual = coloured

    def show(
        self,
        course: Course,
        progress: dict[str, LessonProgress],
        next_id: str | None,
        notes: dict[str, str] | None = None,
    ) -> None:
        """Refill the list with the learner's latest progress, keeping the highlighted row."""
        highlighted = self.highlighted_option.id if self.highlighted_option else next_id
        self.clear_options()
        self.add_options(outline_rows(course, progress, next_id, notes or {}))
        self._highlight(highlighted)

    def _highlight(self, option_id: str | None) -> None:
        if option_id is None:
            return
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:
            self.highlighted = None


def outline_rows(
    course: Course, progress: dict[str, LessonProgress], next_id: str | None, notes: dict[str, str]
) -> list[Option]:
    """One row per module followed by a row per lesson."""
    return list(iter_outline_rows(course, progress, next_id, notes))


def iter_outline_rows(
    course: Course, progress: dict[str, LessonProgress], next_id: str | None, notes: dict[str, str]
) -> Iterator[Option]:
    """The rows of ``outline_rows``, each made only when it is taken."""
    words = {status: "  · " + _(said) for status, (_mark, said) in STATUS_WORDS.items()}
    next_mark = "  " + _(NEXT_MARK)
    for module in course.modules:
        yield Option(_module_row(module, progress), id=module_option_id(module))
        for lesson in module.lessons:
            status = _status(progress, lesson.id)
            note = notes.get(lesson.id)
            yield Option(
                _lesson_row(
                    lesson,
                    STATUS_WORDS[status][0],
                    ("  · " + note, "$text-warning") if note else (words[status], "$text-muted"),
                    next_mark if lesson.id == next_id else "",
                ),
                id=lesson.id,
            )


def module_option_id(module: Module) -> str:
    """The id of a module's row; lesson rows use the lesson id, which has no such prefix."""
    return f"{MODULE_PREFIX}{module.id}"


def module_of_option(course: Course, option_id: str | None) -> Module | None:
    """The module whose row this is, or None for a lesson's row."""
    if not option_id or not option_id.startswith(MODULE_PREFIX):
        return None
    module_id = option_id.removeprefix(MODULE_PREFIX)
    return next((module for module in course.modules if module.id == module_id), None)


def _status(progress: dict[str, LessonProgress], lesson_id: str) -> LessonStatus:
    record = progress.get(lesson_id)
    return record.status if record else LessonStatus.NOT_STARTED


def _module_row(module: Module, progress: dict[str, LessonProgress]) -> Content:
    """The module's title, and under it a bar and a count of its lessons done."""
    done = sum(_status(progress, lesson.id) is LessonStatus.DONE for lesson in module.lessons)
    total = len(module.lessons)
    filled = round(BAR_WIDTH * done / total) if total else 0
    count = ngettext(
        "{done} of {total} lesson done", "{done} of {total} lessons done", total
    ).format(done=done, total=total)
    return _row(
        (_printable(module.title), "bold"),
        ("\n", ""),
        ("█" * filled, "$success"),
        ("░" * (BAR_WIDTH - filled), "$text-muted"),
        ("  " + count, ""),
    )


def _lesson_row(lesson: LessonInfo, mark: str, status: tuple[str, str], next_mark: str) -> Content:
    """A lesson's mark, title, minutes and status (a quiz's last score says more than "In
    progress", and keeps the row on one line); the next lesson's title in bold, and marked."""
    return _row(
        (f"{LESSON_MARGIN}{mark} ", ""),
        (_printable(lesson.title), "bold" if next_mark else ""),
        (f"  {lesson.minutes} min" if lesson.minutes else "", "$text-muted"),
        status,
        (next_mark, "bold $accent"),
    )


def _row(*parts: tuple[str, str]) -> Content:
    """The parts' text, each in its style (none for ""), as ``Content.assemble`` makes it but
    with less work: a course of a thousand lessons makes a row for each at start-up. Control
    codes are taken out of the course's words only (``_printable``), not out of every row."""
    spans = []
    start = 0
    for text, style in parts:
        end = start + len(text)
        if style and end > start:
            spans.append(Span(start, end, style))
        start = end
    return OutlineRow("".join([text for text, _style in parts]), spans, strip_control_codes=False)


def _printable(words: str) -> str:
    """``words`` without the control codes that would break the terminal's output (a title
    from a course file could hold one)."""
    return words if words.isprintable() else Content(words).plain


def _in_cursor_colours(row: Content) -> Content:
    """``row`` with its colours taken out, so it is drawn in the cursor's colours (bold stays),
    and a lesson's row marked with ▸ in its margin, so the row the learner is on shows
    without colour too (a monochrome terminal, a braille display), as a quiz's choice does."""
    bold = [Span(span.start, span.end, "bold") for span in row.spans if "bold" in str(span.style)]
    plain = row.plain
    if plain.startswith(LESSON_MARGIN):
        plain = HIGHLIGHT_MARK + plain[len(HIGHLIGHT_MARK) :]
    return OutlineRow(plain, spans=bold)


class OutlineRow(Content):
    """A row of the outline: it knows its height without wrapping when its lines fit, and a
    lesson's row too long for the list wraps under its title, not under its mark (at 60
    columns "· Not started" began at the list's edge)."""

    def get_height(self, rules: RulesMap, width: int) -> int:
        """One line per line of text when each fits in ``width``; else as it is wrapped."""
        room = width - rules.get("line_pad", 0) * 2
        lines = self.plain.split("\n")
        if all(cell_len(line) <= room for line in lines):
            return len(lines)
        hung = self._hung(room)
        if hung is not self:
            return len(hung.plain.split("\n"))
        return super().get_height(rules, width)

    def _wrap_and_format(self, width: int, *args: Any, **kwargs: Any) -> Any:
        """Wrapped as ``_hung`` lays it out, when it is a lesson's row that does not fit."""
        hung = self._hung(width - kwargs.get("line_pad", 0) * 2)
        if hung is self:
            return super()._wrap_and_format(width, *args, **kwargs)
        return Content._wrap_and_format(hung, width, *args, **kwargs)

    def _hung(self, width: int) -> Content:
        """A lesson's row with its words wrapped under the title, after its mark, or itself
        when it fits or is not a lesson's row."""
        plain = self.plain
        lesson = plain.startswith(LESSON_MARGIN) or plain.startswith(HIGHLIGHT_MARK)
        if not lesson or "\n" in plain or cell_len(plain) <= width or width <= HANG + 8:
            return self
        head, words = self[:HANG], self[HANG:]
        lines = words.wrap(width - HANG)
        indent = Content(" " * HANG)
        return Content("\n").join([head + lines[0], *(indent + line for line in lines[1:])])
