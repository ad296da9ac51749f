"""The home screen's first paint creates none of a lesson's classes.

Each frozen dataclass costs a noticeable moment when its module is imported, and start-up pays
for every module it imports before the first paint (benchmarks/startup.py). The course list
needs the course's modules and each lesson's front matter (``content/model.py``); a lesson's
pages, boxes, worksheets and group plan (``content/lesson_model.py``,
``content/worksheet_model.py``) load when a lesson is opened. Run in a fresh interpreter: a test
process that already opened a lesson would prove nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LESSON_BODY_MODULES = ("iop_course.content.lesson_model", "iop_course.content.worksheet_model")

START_AND_OPEN_A_LESSON = """
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
    seen = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen["home"] = type(app.screen).__name__
        seen["at home"] = sorted(sys.modules)
        app.open_lesson(app.course.lessons()[0].id, intro=False)
        await pilot.pause(0.2)
        seen["lesson"] = type(app.screen).__name__
        seen["in a lesson"] = sorted(sys.modules)
        app.exit()
    store.close()
    return seen

print(json.dumps(asyncio.run(session())))
"""


def test_home_imports_no_lesson_body_class_and_a_lesson_does(tmp_path: Path):
    ran = subprocess.run(
        [sys.executable, "-c", START_AND_OPEN_A_LESSON],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    seen = json.loads(ran.stdout.splitlines()[-1])
    assert seen["home"] == "HomeScreen" and seen["lesson"] == "LessonScreen"
    assert [name for name in LESSON_BODY_MODULES if name in seen["at home"]] == []
    assert [name for name in LESSON_BODY_MODULES if name in seen["in a lesson"]] == list(
        LESSON_BODY_MODULES
    )
