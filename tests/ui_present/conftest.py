"""Fixtures for present mode: a private beacon folder and settings file for every test."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.present.beacon import PRESENT_DIR_VARIABLE, PresenterBeacon
from iop_course.present.deck import build_deck
from iop_course.present.settings import CONFIG_DIR_VARIABLE, PresentSettings
from iop_course.ui.present.present_app import PresentApp

FIXTURE_COURSE = Path(__file__).resolve().parent.parent / "fixtures" / "course"
REAL_LESSON = "02-relapse-prevention/02-high-risk-situations"


@pytest.fixture(autouse=True)
def private_present_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Present mode's beacon and settings go to this test's own folders."""
    monkeypatch.setenv(PRESENT_DIR_VARIABLE, str(tmp_path / "beacon"))
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def beacon(tmp_path: Path) -> PresenterBeacon:
    """The beacon a presenting screen publishes through in this test."""
    return PresenterBeacon(tmp_path / "beacon")


class WrittenOrder(random.Random):
    """Keeps every question's choices in the order written, so a test knows each letter (the
    shuffle itself is tested on its own)."""

    def shuffle(self, x: list[object]) -> None:  # type: ignore[override]
        return None


@pytest.fixture
def present_app(beacon: PresenterBeacon) -> Callable[..., PresentApp]:
    """A present app on a lesson of the real course (or the fixture's), or on the picker;
    its choices keep the order written unless ``shuffled``."""

    def make(
        lesson_id: str | None = REAL_LESSON, content: Path | None = None, shuffled: bool = False
    ) -> PresentApp:
        course = load_course(content if content is not None else builtin_content_dir())
        deck = build_deck(course, lesson_id) if lesson_id else None
        rng = None if shuffled else WrittenOrder()
        return PresentApp(course, PresentSettings(), deck, beacon, rng=rng)

    return make
