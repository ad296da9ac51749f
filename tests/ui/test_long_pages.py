"""A page with very many list items or boxes is shown in parts: the screen holds one part's
widgets, the parts turn like pages, and Get help now answers there. Timings are in
benchmarks/long_pages.py."""

from __future__ import annotations

import shutil
from pathlib import Path

from iop_course.content.page_parts import PART_ITEMS
from iop_course.ui.screens.lesson import LessonScreen
from tests.ui.conftest import FIXTURE_COURSE, compact, screen_text, wait_until

LESSON_ID = "01-first-steps/09-long"
HEAD = "---\ntitle: A long list\nsummary: Very many steps.\n---\nRead on.\n\n## Steps\n\n"


def _course(tmp_path: Path, body: str) -> Path:
    root = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, root)
    (root / "lessons" / "01-first-steps" / "09-long.md").write_text(HEAD + body, "utf-8")
    return root


async def test_a_page_of_1000_items_shows_one_part_at_a_time(open_app, tmp_path):
    items = "\n".join(f"- Item {number} to try" for number in range(1000))
    app = open_app(_course(tmp_path, items), welcome_seen=True)
    parts = -(-1000 // PART_ITEMS)
    async with app.run_test(size=(80, 100)) as pilot:  # a whole part on screen
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        assert screen.sub_title == f"Page 2 of {parts + 1}"
        assert compact(f"Steps (part 1 of {parts})") in compact(screen_text(app))
        widgets = len(screen.query("*"))
        assert widgets < 10 * PART_ITEMS, widgets  # a part's widgets, not the whole list's
        assert "Item 0 to try" in screen_text(app)
        await pilot.press("right")
        await pilot.pause()
        assert f"Item {PART_ITEMS} to try" in screen_text(app)
        assert "Item 0 to try" not in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert "988" in screen_text(app)


async def test_the_content_check_does_not_parse_the_open_long_page_again(
    open_app, tmp_path, monkeypatch
):
    """Parsing a long page again in the check's thread, beside the learner, made Get help now
    wait for it: the check finds the lesson the app opened already parsed."""
    from iop_course.content import lesson_parser

    parsed: list[Path] = []
    parse = lesson_parser._parse_body

    def counted(source, first_page_title):
        parsed.append(source.path)
        return parse(source, first_page_title)

    monkeypatch.setattr(lesson_parser, "_parse_body", counted)
    items = "\n".join(f"- Item {number} to try" for number in range(1000))
    app = open_app(_course(tmp_path, items), welcome_seen=True)
    app.store.set_page(LESSON_ID, 1)
    app.store.set_setting("screen", "lesson")  # reopened on the long page, as a learner would
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None)
        assert isinstance(app.screen, LessonScreen)
        long_page = app.course.lesson(LESSON_ID).path
        assert parsed.count(long_page) == 1
        assert len(set(parsed)) == len(app.content_check.report.lessons)  # the rest are checked
        await pilot.press("g")
        await pilot.pause()
        assert "988" in screen_text(app)


async def test_get_help_now_does_not_parse_the_stylesheets_again(open_app, tmp_path, monkeypatch):
    """A screen's first push that brings stylesheets of its own makes Textual parse them all
    again and restyle every widget on screen: Get help now's are loaded with the app's."""
    items = "\n".join(f"- Item {number} to try" for number in range(1000))
    app = open_app(_course(tmp_path, items), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        reparsed: list[object] = []
        reparse = app.stylesheet.reparse
        monkeypatch.setattr(app.stylesheet, "reparse", lambda: reparsed.append(reparse()))
        for key in ("g", "escape", "f1", "escape"):  # Get help now, then How to use
            await pilot.press(key)
            await pilot.pause()
            if key == "g":
                assert "988" in screen_text(app)
        assert isinstance(app.screen, LessonScreen)
        assert reparsed == []
