"""Home answers the arrow keys at once, shows focus by more than colour, and keeps the row the
learner is on (and the footer's key letters) readable on every theme (issue 15, point 3)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from iop_course.ui.dialogs.welcome import WelcomeDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.module_intro import ModuleIntroScreen
from iop_course.ui.widgets.course_outline import CourseOutline
from tests.ui.conftest import screen_text
from tests.ui.painted import lowest_contrast, painted, truecolor_themes

REAL_COURSE = Path(__file__).resolve().parents[2]
HIGH_CONTRAST = "High contrast (dark)"


async def test_down_moves_through_the_lessons_right_after_the_welcome(open_app):
    app = open_app(content=REAL_COURSE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeDialog)
        await pilot.press("enter")
        await pilot.pause()
        outline = app.screen.query_one(CourseOutline)
        assert app.focused is outline
        first = outline.highlighted
        await pilot.press("down", "down")
        assert outline.highlighted == first + 2
        chosen = outline.highlighted_option.id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen | ModuleIntroScreen)
        lesson = app.course.lesson(chosen)
        assert lesson is not None and lesson.title in screen_text(app)


async def test_coming_back_home_the_arrows_work_at_once(open_app):
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # the learner went to Continue...
        continue_button = app.screen.query_one("#continue", Button)
        assert app.focused is continue_button
        assert str(continue_button.label).startswith("▸ ")  # focus shown by a marker too
        await pilot.press("enter")  # ...and on into the course
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)
        await pilot.press("escape")
        await pilot.pause()
        if not isinstance(app.screen, HomeScreen):
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        outline = app.screen.query_one(CourseOutline)
        assert app.focused is outline
        assert not str(continue_button.label).startswith("▸")
        before = outline.highlighted
        await pilot.press("down")
        assert outline.highlighted == before + 1


def _highlighted_row(app, outline: CourseOutline):
    row = outline.region.y + 1 + outline._lines.index((outline.highlighted, 0))
    row -= outline.scroll_offset.y
    region = outline.region
    return painted(app)[row][region.x + 1 : region.right - 1]


async def test_the_highlighted_row_is_readable_on_every_theme(open_app):
    """Title, status and "◀ next" at 4.5:1 or more everywhere, 7:1 on the high contrast theme
    (the review measured 1.00:1 there); and the footer's key letters at 4.5:1."""
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    lessons = list(app.course.lessons())
    app.store.set_page(lessons[1].id, 1)
    app.store.record_quiz_score(lessons[1].id, 50, 80)  # a warning-coloured note on the row
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        outline = app.screen.query_one(CourseOutline)
        assert outline.highlighted_option.id == lessons[1].id
        low = []
        for theme in truecolor_themes(app):
            app.theme = theme
            await pilot.pause()
            row = _highlighted_row(app, outline)
            text = "".join(cell.char for cell in row)
            assert "◀ next" in text and "quiz 50%" in text, text
            ratio, char = lowest_contrast([row])
            needed = 7 if theme == HIGH_CONTRAST else 4.5
            if ratio < needed:
                low.append((theme, "row", round(ratio, 2), char))
            footer = [cell for cell in painted(app)[-1] if cell.char != "▏"]  # a divider
            ratio, char = lowest_contrast([footer])
            if ratio < 4.5:
                low.append((theme, "footer", round(ratio, 2), char))
        assert not low, low


async def test_the_lesson_the_learner_is_on_is_marked_without_colour(open_app):
    """Found retrying point 3 in tmux: the highlighted row differed from the others only in its
    colours, so on a monochrome terminal nothing said which lesson Enter would open."""
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        outline = app.screen.query_one(CourseOutline)
        await pilot.press("down")
        await pilot.pause()
        lesson = app.course.lesson(outline.highlighted_option.id)
        assert lesson is not None
        rows = [line for line in screen_text(app).splitlines() if lesson.title in line]
        assert len(rows) == 1 and f"▸ ○ {lesson.title}" in rows[0]
        assert sum("▸" in line for line in screen_text(app).splitlines()) == 1


async def test_a_lesson_row_too_long_for_60_columns_wraps_under_its_title(open_app):
    """Found retrying point 3 at 60 x 20: '· Not started' began at the list's edge, under the
    marks, so the list read as if it had a row with no lesson."""
    app = open_app(content=REAL_COURSE, welcome_seen=True)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        outline = app.screen.query_one(CourseOutline)
        width = outline.scrollable_content_region.width
        long_one = next(
            lesson
            for lesson in app.course.lessons()
            if len(f"  ○ {lesson.title}  {lesson.minutes} min  · Not started") > width
        )
        outline.highlighted = outline.get_option_index(long_one.id) - 1  # not marked itself
        await pilot.pause()
        lines = screen_text(app).splitlines()
        row = next(i for i, line in enumerate(lines) if f"○ {long_one.title[:20]}" in line)
        title_column = lines[row].index(long_one.title[:20])
        follow_on = lines[row + 1]
        assert follow_on[title_column - 2 : title_column] == "  "
        assert follow_on[title_column] not in " ○◐✓", follow_on
