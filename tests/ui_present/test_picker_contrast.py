"""The lesson picker is projected: its module headings and its highlighted row reach 4.5:1 on
every theme (the heading was grey on grey, 2.6:1 on the light projector theme)."""

from __future__ import annotations

import pytest
from textual.color import Color

from iop_course.ui.themes import PROJECTOR_THEMES

THEMES = [theme.name for theme in PROJECTOR_THEMES] + ["textual-dark", "textual-light"]


def contrast(one: Color, other: Color) -> float:
    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", THEMES)
async def test_headings_and_the_highlighted_row_reach_4_5_to_1(present_app, theme):
    from textual.widgets import OptionList

    app = present_app(lesson_id=None)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        lessons = app.screen.query_one(OptionList)
        background = lessons.background_colors[1]
        heading = lessons.get_component_styles("option-list--option-disabled")
        heading_colour = background + heading.color
        assert contrast(heading_colour, background) >= 4.5, theme
        cursor = lessons.get_component_styles("option-list--option-highlighted")
        cursor_background = background + cursor.background
        assert contrast(cursor_background + cursor.color, cursor_background) >= 4.5, theme
