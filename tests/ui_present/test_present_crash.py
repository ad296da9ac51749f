"""An unexpected error in present mode: words on the screen and a log in present mode's own
folder, never a traceback and never a learner's data folder.

This goes through ``PresentApp._fatal_error``, one of the Textual internals the app overrides
(docs/textual-internals.md): if Textual stops calling it, this test fails.
"""

from __future__ import annotations

import pytest

from iop_course.crash import crash_message
from iop_course.ui.present.present_screen import PresentScreen

SECRET = "what someone said in the group"


async def test_a_crash_while_presenting_is_logged_in_present_modes_folder(
    present_app, private_present_folders, monkeypatch, capsys
):
    app = present_app()

    def broken(self: PresentScreen) -> None:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(PresentScreen, "action_next", broken)
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await pilot.pause()
            await pilot.press("right")
            await pilot.pause()
    log = app.settings.path.parent / "error-log.txt"
    text = log.read_text()
    assert "builtins.RuntimeError" in text and "in broken" in text
    assert SECRET not in text
    assert log.is_relative_to(private_present_folders / "config")
    shown = "".join(capsys.readouterr().err.split())  # printed as the app closes, wrapped
    assert "".join(crash_message(log).split()) in shown and "Traceback" not in shown
