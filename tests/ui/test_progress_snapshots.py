"""Pictures of My progress and Delete my data at 80x24 and 60x20, dark and light, compared with
saved SVGs (``pytest --snapshot-update`` after an intended change of look, then review them)."""

from __future__ import annotations

import fcntl
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.progress_helpers import TWO_MODULES, fill_with_progress

SMALL = (80, 24)
TINY = (60, 20)


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """The same folder on every run: the delete dialog shows its path, and a picture must not
    change with pytest's numbered temporary folders."""
    folder = Path(tempfile.gettempdir()) / "iop-course-progress-snapshots" / "data"
    # Other checkouts on this machine may run the same test at the same time: one at a time.
    with open(Path(tempfile.gettempdir()) / "iop-course-progress-snapshots.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.rmtree(folder.parent, ignore_errors=True)
        yield folder
        shutil.rmtree(folder.parent, ignore_errors=True)
        fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture
def progress_app(open_app):
    """An app past the welcome with progress in two modules, on the given theme."""

    def make(theme: str):
        app = open_app(content=TWO_MODULES, welcome_seen=True, theme=theme)
        fill_with_progress(app.store)
        return app

    return make


async def show_progress(pilot):
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()


async def ask_to_delete(pilot):
    await show_progress(pilot)
    await pilot.press("d")
    await pilot.pause()


def test_progress_small_dark(snap_compare, progress_app):
    assert snap_compare(progress_app("textual-dark"), terminal_size=SMALL, run_before=show_progress)


def test_progress_tiny_light(snap_compare, progress_app):
    assert snap_compare(progress_app("textual-light"), terminal_size=TINY, run_before=show_progress)


def test_delete_my_data_small_light(snap_compare, progress_app):
    assert snap_compare(
        progress_app("textual-light"), terminal_size=SMALL, run_before=ask_to_delete
    )


def test_delete_my_data_tiny_dark(snap_compare, progress_app):
    assert snap_compare(progress_app("textual-dark"), terminal_size=TINY, run_before=ask_to_delete)
