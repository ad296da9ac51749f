"""What the terminal paints, cell by cell with its colours, for contrast tests (WCAG ratios
computed from the RGB colours Textual really draws, as a tester measuring a screen would)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color as RichColor
from rich.segment import Segment
from textual.app import App
from textual.color import Color
from textual.geometry import Region


@dataclass(frozen=True)
class Cell:
    """One painted cell: its character and the colours it is drawn in (None when the
    terminal's own default is used, as the ANSI themes do)."""

    char: str
    fg: Color | None
    bg: Color | None


def _rgb(color: RichColor | None) -> Color | None:
    if color is None or color.is_default or not color.triplet:
        return None
    red, green, blue = color.triplet
    return Color(red, green, blue)


def painted(app: App, region: Region | None = None) -> list[list[Cell]]:
    """The screen's cells (inside ``region`` when given), row by row."""
    rows: list[list[Cell]] = []
    for strip in app.screen._compositor.render_strips():
        row: list[Cell] = []
        for segment in Segment.split_and_crop_lines(list(strip), app.size.width, pad=False):
            for text, style, _ in segment:
                fg = _rgb(style.color) if style else None
                bg = _rgb(style.bgcolor) if style else None
                if style is not None and style.reverse:
                    fg, bg = bg, fg
                row.extend(Cell(char, fg, bg) for char in text)
        rows.append(row)
    if region is None:
        return rows
    return [row[region.x : region.right] for row in rows[region.y : region.bottom]]


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(one: Color, two: Color) -> float:
    """The WCAG contrast ratio of two opaque colours."""
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def lowest_contrast(cells: list[list[Cell]]) -> tuple[float, str]:
    """The lowest contrast of any visible character among ``cells``, and that character
    (inf when no cell has colours of its own)."""
    lowest, which = float("inf"), ""
    for row in cells:
        for cell in row:
            if cell.char.strip() and cell.fg is not None and cell.bg is not None:
                ratio = contrast(cell.fg, cell.bg)
                if ratio < lowest:
                    lowest, which = ratio, cell.char
    return lowest, which


def truecolor_themes(app: App) -> list[str]:
    """The themes the app offers that paint their own colours (the ANSI ones leave colours to
    the terminal, so no ratio can be computed for them)."""
    return [name for name in sorted(app.available_themes) if "ansi" not in name]
