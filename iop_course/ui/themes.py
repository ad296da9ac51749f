"""Two themes for a projector in a group room: plain names, and contrast a back row can read.

Light projectors wash out pale colours and dark ones lose dim text, so every colour the app
draws text in is set here, not derived: body text reaches 7:1 against every background the app
paints, and every accent, key letter and marker at least 4.5:1 (WCAG AAA and AA). Their names
start with capitals so Textual's theme picker, which sorts by name, lists them first.
"""

from __future__ import annotations

from textual.theme import Theme

PROJECTOR_LIGHT = Theme(
    name="Projector (light)",
    dark=False,
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#E6E6E6",
    primary="#0A3A8C",
    secondary="#4B2A7A",
    accent="#8A3300",
    warning="#6E4A00",
    error="#A3000E",
    success="#0A5A1C",
    variables={
        "text-muted": "#333333",
        "text-primary": "#0A3A8C",
        "text-accent": "#8A3300",
        "text-warning": "#6E4A00",
        "text-error": "#A3000E",
        "text-success": "#0A5A1C",
        "warning-muted": "#FFF1CC",
        "footer-foreground": "#000000",
        "footer-background": "#E6E6E6",
        "footer-key-foreground": "#0A3A8C",
        "footer-description-foreground": "#000000",
        "block-cursor-foreground": "#FFFFFF",
        "block-cursor-background": "#0A3A8C",
        "block-cursor-blurred-foreground": "#000000",
        "block-cursor-blurred-background": "#CCD8EE",
        "border": "#0A3A8C",
        "scrollbar": "#555555",
    },
)

HIGH_CONTRAST_DARK = Theme(
    name="High contrast (dark)",
    dark=True,
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1C1C1C",
    primary="#8CC4FF",
    secondary="#D7B8FF",
    accent="#FFD866",
    warning="#FFD866",
    error="#FF9A8F",
    success="#8EF0A0",
    variables={
        "text-muted": "#D0D0D0",
        "text-primary": "#8CC4FF",
        "text-accent": "#FFD866",
        "text-warning": "#FFD866",
        "text-error": "#FF9A8F",
        "text-success": "#8EF0A0",
        "warning-muted": "#332600",
        "footer-foreground": "#FFFFFF",
        "footer-background": "#1C1C1C",
        "footer-key-foreground": "#FFD866",
        "footer-description-foreground": "#FFFFFF",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFD866",
        "block-cursor-blurred-foreground": "#FFFFFF",
        "block-cursor-blurred-background": "#3A3A3A",
        "border": "#8CC4FF",
        "scrollbar": "#AAAAAA",
    },
)

PROJECTOR_THEMES = (PROJECTOR_LIGHT, HIGH_CONTRAST_DARK)
