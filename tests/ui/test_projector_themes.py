"""The projector themes meet WCAG contrast, computed from the colours Textual will paint."""

from __future__ import annotations

import pytest
from textual.color import Color

from iop_course.ui.themes import PROJECTOR_THEMES

BODY_TEXT = ("foreground",)
ACCENTS = (
    "text-muted",
    "text-primary",
    "text-accent",
    "text-warning",
    "text-error",
    "text-success",
)
BACKGROUNDS = ("background", "surface", "panel", "footer-background")


def _relative_luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two opaque colours."""
    light, dark = sorted((_relative_luminance(one), _relative_luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _colors(theme) -> dict[str, Color]:
    generated = theme.to_color_system().generate()
    colors = {}
    background = Color.parse(generated["background"])
    for name, value in generated.items():
        try:
            color = Color.parse(value)
        except Exception:
            continue
        colors[name] = background.blend(color, color.a) if color.a < 1 else color
    return colors


def test_wcag_contrast_formula_matches_known_values():
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(118, 118, 118), Color(255, 255, 255)) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", PROJECTOR_THEMES, ids=lambda theme: theme.name)
def test_body_text_is_at_least_7_to_1_on_every_background(theme):
    colors = _colors(theme)
    for text in (*BODY_TEXT, "footer-foreground", "footer-description-foreground"):
        for background in BACKGROUNDS:
            assert contrast(colors[text], colors[background]) >= 7, (text, background)


@pytest.mark.parametrize("theme", PROJECTOR_THEMES, ids=lambda theme: theme.name)
def test_accents_key_letters_and_markers_are_at_least_4_5_to_1(theme):
    colors = _colors(theme)
    for text in ACCENTS:
        for background in BACKGROUNDS:
            assert contrast(colors[text], colors[background]) >= 4.5, (text, background)
    assert contrast(colors["footer-key-foreground"], colors["footer-background"]) >= 4.5
    assert contrast(colors["text-warning"], colors["warning-muted"]) >= 4.5
    assert contrast(colors["block-cursor-foreground"], colors["block-cursor-background"]) >= 7
    assert (
        contrast(
            colors["block-cursor-blurred-foreground"], colors["block-cursor-blurred-background"]
        )
        >= 7
    )


def test_projector_themes_have_plain_names_and_are_listed_first(tmp_path):
    from textual.app import App

    app = App()
    for theme in PROJECTOR_THEMES:
        app.register_theme(theme)
    names = sorted(app.available_themes)
    assert names[:2] == ["High contrast (dark)", "Projector (light)"]


async def test_a_projector_theme_can_be_chosen_in_the_app_and_is_remembered(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Projector (light)" in app.available_themes
        app.theme = "Projector (light)"
        await pilot.pause()
    app.store.close()
    reopened = open_app(welcome_seen=True)
    assert reopened.theme == "Projector (light)"
