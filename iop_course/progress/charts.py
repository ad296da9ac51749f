"""The characters of the progress screen's small charts, drawn with shapes, not colour alone.

A bar's filled part and a score's height are read from the glyphs themselves, so they stay
clear on a light theme, a projector, in a screenshot or for someone who does not see colour;
the screen prints the numbers beside each one as well.
"""

from __future__ import annotations

from collections.abc import Sequence

FILLED = "█"
EMPTY = "░"
HEIGHTS = "▁▂▃▄▅▆▇█"
"""One glyph per score: 0% is the lowest step, 100% the full block."""


def bar(done: int, total: int, width: int) -> tuple[str, str]:
    """A bar ``width`` characters wide for ``done`` of ``total``: its filled and empty parts.

    Some done always shows at least one filled cell, and not all done never shows a full bar,
    so rounding never hides a first step or claims a finish.
    """
    if total <= 0 or width <= 0:
        return "", EMPTY * max(width, 0)
    done = min(max(done, 0), total)
    filled = round(width * done / total)
    if done and not filled:
        filled = 1
    if done < total and filled == width:
        filled = width - 1
    return FILLED * filled, EMPTY * (width - filled)


def score_glyph(percent: int) -> str:
    """The glyph for one score: taller for a higher score."""
    clamped = min(max(percent, 0), 100)
    return HEIGHTS[round(clamped * (len(HEIGHTS) - 1) / 100)]


def sparkline(percents: Sequence[int], width: int) -> str:
    """The latest ``width`` scores, oldest on the left, one glyph each."""
    if width <= 0:
        return ""
    return "".join(score_glyph(percent) for percent in percents[-width:])
