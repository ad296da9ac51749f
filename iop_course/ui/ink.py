"""Black or white, whichever reads better on a given background, for the few things that must
show on every theme (a field a learner types into, the row they are on).

Textual's own and third-party themes pick text colours that can fall under WCAG's 4.5:1 on some
backgrounds (solarized's body text is 3.9:1 on its surface); black or white always reaches at
least 4.58:1 on any opaque colour, so the things a learner must find are drawn in one of them.
"""

from __future__ import annotations

from textual.color import Color

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
