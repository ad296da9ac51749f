"""The learner's app opens the progress store without refreshing the backup, and refreshes it
once the first screen is drawn (benchmarks/store_two_years.py: reading the old backup to compare
was most of the cost of opening two years of progress)."""

from __future__ import annotations

import json
from pathlib import Path

from iop_course.commands import open_course
from iop_course.content.loader import load_course
from iop_course.store import ProgressStore
from iop_course.store.recovery import BACKUP_FILE_NAME
from iop_course.store.schema import SCHEMA_VERSION
from iop_course.ui.app import CourseApp
from iop_course.ui.dialogs.notice import NoticeDialog
from tests.ui.conftest import FIXTURE_COURSE, compact, steady_screen_text, wait_until


def progress_with_an_older_backup(data_dir: Path) -> bytes:
    """A progress file with one page more than its backup; returns the file's bytes."""
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
        store.set_page("01-first-steps/01-noticing", 1)
    with ProgressStore.open(data_dir) as store:  # the backup now has page 1
        store.set_page("01-first-steps/01-noticing", 2)
    progress = (data_dir / "progress.json").read_bytes()
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() != progress
    return progress


async def test_the_app_refreshes_the_backup_once_its_first_screen_is_drawn(data_dir):
    progress = progress_with_an_older_backup(data_dir)
    store = ProgressStore.open(data_dir, backup_later=True)
    try:
        app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda app: app.screen.query("OptionList"))
            await wait_until(
                pilot, lambda app: (data_dir / BACKUP_FILE_NAME).read_bytes() == progress
            )
            assert app.is_running
    finally:
        store.close()


async def test_a_backup_with_more_progress_is_told_once_the_app_has_checked_it(data_dir):
    progress_with_an_older_backup(data_dir)
    backup = (data_dir / BACKUP_FILE_NAME).read_bytes()
    less = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION}},
        "settings": json.loads(backup)["settings"],
    }
    (data_dir / "progress.json").write_text(json.dumps(less), "utf-8")
    store = ProgressStore.open(data_dir, backup_later=True)
    try:
        assert store.recovery is None
        app = CourseApp(load_course(FIXTURE_COURSE), store, crash_log_dir=data_dir)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_until(pilot, lambda app: isinstance(app.screen, NoticeDialog))
            assert compact("holds more progress") in compact(await steady_screen_text(app, pilot))
    finally:
        store.close()
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() == backup


def test_the_course_opens_the_store_without_refreshing_the_backup_first(data_dir, monkeypatch):
    progress = progress_with_an_older_backup(data_dir)
    backup = (data_dir / BACKUP_FILE_NAME).read_bytes()
    seen: list[bytes] = []
    monkeypatch.setattr(
        CourseApp, "run", lambda self: seen.append((data_dir / BACKUP_FILE_NAME).read_bytes())
    )
    assert open_course.open_course(FIXTURE_COURSE, data_dir) == 0
    assert seen == [backup]  # while the app ran (before its first screen), not yet
    assert (data_dir / BACKUP_FILE_NAME).read_bytes() == progress  # closing made it
