"""Footers never cut a word: at 60 and 80 columns each footer shows whole keys, leaving out the
least used (F1 still lists every key), and keeps Get help now and How to use (issue 15, point 6)."""

from __future__ import annotations

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from iop_course.ui.keys import keys_that_work

LESSON_ID = "01-first-steps/01-noticing"


async def _open(app, pilot, where: str) -> None:
    await pilot.pause()
    if where == "lesson":
        app.open_lesson(LESSON_ID, intro=False)
    elif where == "quiz":
        app.open_lesson(LESSON_ID, quiz=True)
    elif where == "plan":
        app.show_recovery_plan()
    elif where == "progress":
        app.action_show_progress()
    elif where == "dialog":
        app.action_how_to_use()
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("where", ["home", "lesson", "quiz", "plan", "progress", "dialog"])
async def test_every_key_shown_is_whole_and_help_stays(open_app, where, size):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await _open(app, pilot, where)
        footer = app.screen.query_one(Footer)
        await pilot.pause(0.1)
        shown = [key for key in footer.query_children(FooterKey) if key.display]
        assert shown
        right = footer.region.right
        for key in shown:
            assert key.region.right <= right, (key.description, key.region, right)
        used = sum(key.outer_size.width for key in shown)
        assert used <= footer.size.width
        actions = {key.action.rpartition(".")[2] for key in shown}
        assert "get_help" in actions or where == "dialog"
        listed = " ".join(row.meaning for row in keys_that_work(app.screen))
        for key in footer.query_children(FooterKey):  # left out here, but listed by F1
            if not key.has_class("-command-palette") and key.description:
                assert key.description in listed or not key.display
