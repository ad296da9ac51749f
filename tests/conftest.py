"""Settings shared by every test folder.

In CI (``CI`` is set), hypothesis runs the same examples on every run (derandomized), so a
submission lands or fails on its own change, never on a new random draw; on a developer's
machine it keeps exploring new inputs and saves any failure it finds. Every test starts in English.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading

import pytest
from hypothesis import settings

from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR
from iop_course.i18n import ENGLISH, set_language

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


CACHE_FOLDER = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """The course index (content/course_index.py) goes to a folder of the test run's own, in
    this process and in every app a test starts, never to the user's real cache. Set here,
    before any test module is imported: some load the course as they are imported."""
    config.stash[CACHE_FOLDER] = tempfile.mkdtemp(prefix="iop-course-test-cache-")
    os.environ[CACHE_DIR_ENV_VAR] = config.stash[CACHE_FOLDER]


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's cache folder once the index writers still at work are done."""
    for thread in threading.enumerate():
        if thread.name == "iop-course-index":
            thread.join()
    shutil.rmtree(config.stash[CACHE_FOLDER], ignore_errors=True)


@pytest.fixture(autouse=True)
def speak_english_unless_asked():
    """Every test starts in English, and one that switches to Spanish (``--lang es``, the app's
    language command) leaves the next test in English: the course's language is process-wide."""
    set_language(ENGLISH)
    yield
    set_language(ENGLISH)


@pytest.fixture(autouse=True)
def no_waiting_for_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """fsync checks its descriptor (a closed or wrong one still raises) but does not wait for
    the disk: no test can observe a flush (a killed app's writes survive in the page cache),
    and on a shared machine each wait cost milliseconds, hundreds of times a file. Tests that
    make fsync fail or hang replace it themselves; apps run as subprocesses sync for real."""
    monkeypatch.setattr(os, "fsync", os.fstat)
