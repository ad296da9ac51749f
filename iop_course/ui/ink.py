"""Black or white, whichever reads better on a given background, for the few things that must
show on every theme (a field a learner types into, the row they are on).

Textual's own and third-party themes pick text colours that can fall under WCAG's 4.5:1 on some
backgrounds (solarized's body text is 3.9:1 on its surface); black or white always reaches at
least 4.58:1 on any opaque colour, so the things a learner must find are drawn in one of them.
"""

from __future__ import annotations

from textual.color import Color, ColorParseError

BLACK = Color(0, 0, 0)
WHITE = Color(255, 255, 255)


def relative_luminance(color: Color) -> float:
    """WCAG's relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def clearest_ink(ground: Color) -> Color:
    """Black or white, whichever has the higher contrast on ``ground``."""
    return BLACK if contrast(BLACK, ground) >= contrast(WHITE, ground) else WHITE


# Text colour, its background, and what that background is laid over when it is see-through.
READABLE_PAIRS = (
    ("footer-key-foreground", "footer-key-background", "footer-background"),
    ("footer-description-foreground", "footer-background", "background"),
    ("block-cursor-foreground", "block-cursor-background", "surface"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background", "surface"),
)
READABLE = 4.5


def readable_variables(variables: dict[str, str]) -> dict[str, str]:
    """A theme's CSS variables with the footer's key letters and the list's highlighted row in
    black or white wherever the theme's own colour falls under 4.5:1 (several of Textual's
    light themes: atom-one-light's key letters are 1.8:1). ANSI colours are left alone."""
    fixed = dict(variables)
    for text, ground, under in READABLE_PAIRS:
        try:
            base, over = (Color.parse(variables[name]) for name in (under, ground))
        except (KeyError, ColorParseError):
            continue
        if over.ansi is not None or base.ansi is not None:
            continue
        back = base.blend(over, over.a)
        try:
            ink = Color.parse(variables.get(text, ""))
        except ColorParseError:  # "auto 87%": a see-through black or white, often too faint
            fixed[text] = clearest_ink(back).hex
            continue
        if ink.ansi is None and contrast(back.blend(ink, ink.a), back) < READABLE:
            fixed[text] = clearest_ink(back).hex
    return fixed
