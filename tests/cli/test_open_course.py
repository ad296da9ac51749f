"""Opening the course: the garbage collector waits until the first screen is painted.

Start-up only makes objects that live as long as the app, so the collector's passes over them
were wasted time before the first paint (benchmarks/startup.py measures it).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest

from iop_course.commands import open_course

CONTENT = Path(__file__).resolve().parent.parent / "fixtures" / "course"


def test_the_collector_is_paused_for_start_up_and_resumes_while_the_app_runs(tmp_path, monkeypatch):
    from iop_course.ui.app import CourseApp

    seen: dict[str, object] = {}

    def run(self: CourseApp) -> None:
        seen["collecting at start"] = gc.isenabled()
        seen["start-up frozen"] = gc.get_freeze_count() > 0
        waited = time.monotonic()
        while not gc.isenabled() and time.monotonic() - waited < 10:
            time.sleep(0.01)
        seen["collecting later"] = gc.isenabled()

    monkeypatch.setattr(CourseApp, "run", run)
    monkeypatch.setattr(open_course, "COLLECTOR_PAUSE_SECONDS", 0.05)
    assert gc.isenabled()
    assert open_course.open_course(CONTENT, tmp_path / "data") == 0
    assert seen == {"collecting at start": False, "start-up frozen": True, "collecting later": True}
    assert gc.isenabled() and gc.get_freeze_count() == 0  # nothing left frozen for the caller


def test_the_collector_is_back_when_the_app_stops_with_an_error(tmp_path, monkeypatch):
    from iop_course.ui.app import CourseApp

    def run(self: CourseApp) -> None:
        raise RuntimeError("the app broke")

    monkeypatch.setattr(CourseApp, "run", run)
    with pytest.raises(RuntimeError):
        open_course.open_course(CONTENT, tmp_path / "data")
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.parametrize(("where", "started"), [("home", True), ("lesson", False)])
def test_todays_review_is_started_before_the_app_for_a_learner_who_starts_home(
    tmp_path, monkeypatch, where, started
):
    """Home's first frame shows today's review, so it is built while the screens load; a
    learner reopening a lesson gets it once the lesson is painted, not before."""
    from iop_course.content.loader import load_course
    from iop_course.store import ProgressStore
    from iop_course.ui.app import CourseApp

    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.set_page(next(iter(load_course(CONTENT).lessons())).id, 1)
        store.set_setting("screen", where)
    seen: dict[str, object] = {}

    def run(self: CourseApp) -> None:
        early = self._early_review
        seen["started"] = early is not None
        if early is not None:
            seen["built"] = early.built.result(timeout=10)
            seen["deck kept"] = self.reviews is early.deck

    monkeypatch.setattr(CourseApp, "run", run)
    assert open_course.open_course(CONTENT, data) == 0
    assert seen["started"] is started
    if started:
        assert seen["built"] == [] and seen["deck kept"]
