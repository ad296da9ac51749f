"""Present mode starts on "Projector (light)" and keeps its theme in its own settings file."""

from __future__ import annotations

import json

from iop_course.present.settings import PresentSettings
from tests.ui_present.conftest import REAL_LESSON


async def test_it_starts_on_projector_light_and_remembers_a_theme_picked_here(present_app):
    app = present_app(REAL_LESSON)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "Projector (light)"
        app.theme = "High contrast (dark)"
        await pilot.pause()
    settings = PresentSettings()
    assert json.loads(settings.path.read_text(encoding="utf-8")) == {
        "theme": "High contrast (dark)"
    }
    again = present_app(REAL_LESSON)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "High contrast (dark)"


def test_a_damaged_or_unknown_settings_file_falls_back_to_projector_light(tmp_path):
    path = tmp_path / "present.json"
    for text in ("{not json", "[]", '{"theme": 3}', ""):
        path.write_text(text, encoding="utf-8")
        assert PresentSettings(path).theme == "Projector (light)"


def test_a_settings_folder_that_cannot_be_written_does_not_stop_presenting(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    settings = PresentSettings(blocked / "present.json")
    settings.save_theme("High contrast (dark)")
    assert settings.theme == "High contrast (dark)" and settings.last_error is not None
