"""Pictures of present mode at 60x20 and 80x24: a page slide and a revealed question.

Run ``pytest --snapshot-update tests/ui_present/test_present_snapshots.py`` after an intended
change of look, and review the new SVGs.
"""

from __future__ import annotations

import pytest

from tests.ui_present.conftest import FIXTURE_COURSE

LESSON = "01-first-steps/01-noticing"
SIZES = {"tiny": (60, 20), "small": (80, 24)}


@pytest.mark.parametrize("size", SIZES)
def test_a_page_slide(snap_compare, present_app, size):
    app = present_app(LESSON, FIXTURE_COURSE)

    async def to_the_second_page(pilot):
        await pilot.pause()
        await pilot.press("right", "right", "right")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=to_the_second_page)


@pytest.mark.parametrize("size", SIZES)
def test_a_revealed_question_with_a_tally(snap_compare, present_app, size):
    app = present_app(LESSON, FIXTURE_COURSE)

    async def count_and_reveal(pilot):
        await pilot.pause()
        await pilot.press("end", "left", "left")
        await pilot.press("a", "5", "b", "1", "2", "r")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=count_and_reveal)
