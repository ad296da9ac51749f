"""Shared fixtures for the progress-store tests: a fresh data folder, stores that always close."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iop_course.store import ProgressStore
from iop_course.store.durable_write import TEMP_FILE_PREFIX

StoreOpener = Callable[..., ProgressStore]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A progress folder that does not exist yet, as on a first run."""
    return tmp_path / "iop-course-data"


@pytest.fixture
def open_store(data_dir: Path) -> Iterator[StoreOpener]:
    """Open stores on ``data_dir`` (or another folder) and close any left open after the test.

    Leaving a store open would keep its lock and writer thread alive into the
    next test.
    """
    opened: list[ProgressStore] = []

    def opener(folder: Path | None = None, **options: object) -> ProgressStore:
        store = ProgressStore.open(folder or data_dir, **options)
        opened.append(store)
        return store

    yield opener
    for store in opened:
        store.close()


def _temp_files_in(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith(TEMP_FILE_PREFIX)]


@pytest.fixture
def temp_files_in() -> Callable[[Path], list[Path]]:
    """Lists temporary files a save might have left behind in a folder (there should be none)."""
    return _temp_files_in
