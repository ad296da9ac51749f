"""The learner's app checks a content folder someone can edit after start-up, not the built-in
course: that one is checked before it ships (``iop-course check`` in CI, and the content tests
fail on any mistake), so checking it again could only find nothing, and parsing every lesson and
quiz while the learner reads raised the learner's peak memory (benchmarks/memory.py). The
problems screen still checks the built-in course when it is opened.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from iop_course.content.locate import builtin_content_dir, is_builtin_content
from iop_course.ui import content_check
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.problems import ProblemsScreen
from tests.ui.conftest import wait_until


def test_the_built_in_course_is_known_however_its_path_is_written(tmp_path: Path):
    builtin = builtin_content_dir()
    assert is_builtin_content(builtin)
    assert is_builtin_content(builtin / "lessons" / "..")
    assert not is_builtin_content(shutil.copytree(builtin / "lessons", tmp_path / "lessons").parent)


async def test_the_built_in_course_is_not_checked_after_start_up(open_app, monkeypatch):
    monkeypatch.setattr(content_check, "START_DELAY_SECONDS", 0.01)
    app = open_app(builtin_content_dir(), welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: isinstance(app.screen, HomeScreen))
        await pilot.pause(0.5)
        checking = [w for w in app.workers if w.group == content_check.WORKER_GROUP]
        assert app.content_check.report is None and checking == []
        app.show_content_problems()
        await wait_until(pilot, lambda app: isinstance(app.screen, ProblemsScreen))
        screen = app.screen
        await wait_until(pilot, lambda app: screen.check.report is not None, 30)
        assert screen.check.report.errors == []


async def test_a_copy_of_the_built_in_course_is_checked_after_start_up(
    open_app, monkeypatch, tmp_path
):
    monkeypatch.setattr(content_check, "START_DELAY_SECONDS", 0.01)
    copy = shutil.copytree(builtin_content_dir(), tmp_path / "course")
    app = open_app(copy, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None, 30)
        assert app.content_check.report.errors == []
