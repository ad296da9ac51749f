"""A course with hundreds of lessons starts about as fast as a small one, painted once.

The home screen's list measures every row it holds before its first paint. It holds every row
from the start (rows added later changed the scrollbar after the first frame), and each row
says its height without wrapping its text (benchmarks/startup.py measures the time).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual._compositor import Compositor
from textual.content import Content
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Static

from iop_course.content.model import Course, LessonInfo, Module
from iop_course.store import LessonProgress, LessonStatus
from iop_course.ui import first_screens
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.widgets.course_outline import CourseOutline, OutlineRow, outline_rows
from tests.ui.conftest import LayoutCounter, screen_text
from tests.ui.test_home_first_paint import painted_and_settled

LESSONS = 200
MODULES = 10


def _big_course(root: Path) -> Path:
    for number in range(LESSONS):
        module = root / "lessons" / f"{number % MODULES + 1:02d}-module"
        module.mkdir(parents=True, exist_ok=True)
        (module / "module.md").write_text("---\ntitle: A module\nsummary: Skills.\n---\nIntro.\n")
        (module / f"{number // MODULES + 1:02d}-lesson.md").write_text(
            f"---\ntitle: Lesson {number + 1}\nsummary: Something to learn.\nminutes: 5\n---\n"
            "Some text.\n"
        )
    return root


async def test_the_first_paint_lists_every_row_without_wrapping_them(
    open_app, tmp_path, monkeypatch
):
    rows_at_first_paint: list[int] = []
    paint = Screen._on_timer_update
    wrapped: list[int] = []
    wrap = Content._wrap_and_format

    def record_paint(screen: Screen) -> None:
        painting = screen.is_current and not screen.app._batch_count
        if painting and isinstance(screen, HomeScreen) and screen.query(CourseOutline):
            rows_at_first_paint.append(screen.query_one(CourseOutline).option_count)
        paint(screen)

    def count_wraps(content: Content, *args: object, **kwargs: object) -> object:
        wrapped.append(1)
        return wrap(content, *args, **kwargs)

    monkeypatch.setattr(Screen, "_on_timer_update", record_paint)
    monkeypatch.setattr(Content, "_wrap_and_format", count_wraps)
    app = open_app(_big_course(tmp_path / "course"), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        outline = app.screen.query_one(CourseOutline)
        assert rows_at_first_paint and rows_at_first_paint[0] == LESSONS + MODULES
        assert len(wrapped) < 200, "rows are measured without wrapping their text"
        ids = [outline.get_option_at_index(index).id for index in range(outline.option_count)]
        assert len(set(ids)) == len(ids), "no row is listed twice"
        outline.focus()
        await pilot.press("end")
        await pilot.pause()
        assert outline.highlighted == outline.option_count - 1


async def test_home_is_styled_once_before_its_first_paint(open_app, monkeypatch):
    """Textual styles every widget as it is mounted, and styled the whole home screen again
    as it was first shown (ScreenResume), with nothing changed in between."""
    styled: list[str] = []
    apply = Stylesheet.apply

    def counted(stylesheet: Stylesheet, node: DOMNode, **kwargs: Any) -> None:
        if node.id in ("lesson-summary", "content-problems", "review-offer"):
            styled.append(node.id)
        apply(stylesheet, node, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counted)
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await painted_and_settled(app, pilot)
        styled_at_start = sorted(styled)
        assert isinstance(app.screen, HomeScreen)
    assert styled_at_start == ["content-problems", "lesson-summary", "review-offer"]


def test_the_rows_are_the_styled_words_of_the_course_without_control_codes():
    """Rows are made without Content.assemble (faster for a thousand lessons): the same words
    in the same styles, and the control codes Content takes out of a course file's title (a
    bell, a carriage return) are still left out."""
    here = Path(".")
    lessons = (
        LessonInfo("a", "m", here, "First\x07 lesson", "", minutes=5),
        LessonInfo("b", "m", here, "Second lesson", ""),
    )
    course = Course(here, (Module("m", here, "A\r module", "", "", lessons),))
    progress = {"a": LessonProgress("a", LessonStatus.DONE)}
    module, first, second = (
        row.prompt for row in outline_rows(course, progress, "b", {"b": "quiz 50%"})
    )
    assert isinstance(module, Content) and isinstance(first, Content)
    assert isinstance(second, Content)
    assert module.plain.startswith("A module\n██████")
    assert first.plain == "  ✓ First lesson  5 min  · Done"
    assert [(first.plain[span.start : span.end], span.style) for span in first.spans] == [
        ("  5 min", "$text-muted"),
        ("  · Done", "$text-muted"),
    ]
    assert [(second.plain[span.start : span.end], span.style) for span in second.spans] == [
        ("Second lesson", "bold"),
        ("  · quiz 50%", "$text-warning"),
        ("  ◀ next", "bold $accent"),
    ]


async def test_home_is_laid_out_once_while_its_first_paint_is_held(open_app, monkeypatch):
    """Each widget the first layout sized asked for another layout, for the size it was just
    given (three more passes before the first paint); the paint itself lays out once more, for
    what the widgets did with their sizes (the footer's keys, the list's scrollbar)."""
    passes: list[bool] = []
    lay_out = Screen._refresh_layout

    def counted(screen: Screen, *args: Any, **kwargs: Any) -> None:
        if isinstance(screen, HomeScreen):
            passes.append(screen.app._batch_count > 0)
        lay_out(screen, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline when busy
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await painted_and_settled(app, pilot)
    assert passes[:2] == [True, False]
    assert passes.count(True) == 1


async def test_a_taller_window_measures_the_rows_once_and_a_narrower_at_its_width(
    open_app, tmp_path, monkeypatch
):
    """At a new size the list compared its outer width with its content's, so it dropped and
    measured every row even when only the height changed, and OptionList's Resize handler then
    dropped them again: a course of a thousand lessons measured every row twice."""
    measured: list[int] = []
    get_height = OutlineRow.get_height

    def counted(row: OutlineRow, rules: Any, width: int) -> int:
        measured.append(width)
        return get_height(row, rules, width)

    monkeypatch.setattr(OutlineRow, "get_height", counted)
    app = open_app(_big_course(tmp_path / "course"), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await painted_and_settled(app, pilot)
        outline = app.screen.query_one(CourseOutline)
        measured.clear()
        await pilot.resize_terminal(80, 30)
        await pilot.pause(0.2)
        taller = list(measured)
        measured.clear()
        await pilot.resize_terminal(60, 20)
        await pilot.pause(0.2)
        narrower, drawn_at = list(measured), outline.scrollable_content_region.width
    assert len(taller) == outline.option_count
    assert len(narrower) >= outline.option_count and narrower[-1] == drawn_at


async def test_home_is_drawn_once_for_its_first_frame(open_app, monkeypatch):
    """While the first paint was held, Textual drew the whole home screen and threw the drawing
    away (nothing reaches the terminal during a batch), then drew it again for the first frame."""
    drawn: list[bool] = []
    render = Compositor.render_update

    def counted(compositor: Compositor, *args: Any, **kwargs: Any) -> Any:
        update = render(compositor, *args, **kwargs)
        if update is not None and compositor is homes[0]._compositor:
            drawn.append(homes[0].app._batch_count > 0)
        return update

    homes: list[HomeScreen] = []
    mount = HomeScreen._on_mount

    def remember(screen: HomeScreen, event: Any) -> Any:
        homes.append(screen)
        return mount(screen, event)

    monkeypatch.setattr(HomeScreen, "_on_mount", remember)
    monkeypatch.setattr(Compositor, "render_update", counted)
    monkeypatch.setattr(first_screens, "REVIEW_WAIT_SECONDS", 10.0)  # no deadline when busy
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await painted_and_settled(app, pilot)
    assert drawn[:1] == [False] and True not in drawn


async def test_moving_through_the_lessons_lays_nothing_out(open_app, tmp_path, monkeypatch):
    """The summary line under the list has a fixed size: its new words are drawn, not laid
    out (each arrow key laid the whole home screen out again, a thousand rows measured anew
    on a big course)."""
    app = open_app(_big_course(tmp_path / "course"), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await painted_and_settled(app, pilot)
        layouts = LayoutCounter(app.screen, monkeypatch)
        await layouts.settle(pilot)
        summary = app.screen.query_one("#lesson-summary", Static)
        before = str(summary.render())
        await pilot.press("up")  # from the first lesson to its module's row
        passes = await layouts.settle(pilot)
        after, shown = str(summary.render()), screen_text(app)
    assert after != before and "Skills." in shown
    assert passes == 0
