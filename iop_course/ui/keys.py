"""The keys that work on every screen, declared once for the app and for its dialogs.

Textual leaves app bindings out of a modal dialog's footer, so dialogs declare the same keys
aimed at the app's actions; that way "Get help now" is shown, and works, everywhere.
"""

from __future__ import annotations

from textual.binding import Binding


def app_wide_bindings(namespace: str = "") -> list[Binding]:
    """Get help now, how to use, and quit; ``namespace`` is "app." when used from a dialog."""
    return [
        Binding("g", f"{namespace}get_help", "Get help now", priority=True,
                tooltip="Crisis lines and helplines: 988, 911, SAMHSA National Helpline."),
        Binding("f1,question_mark", f"{namespace}how_to_use", "How to use", priority=True,
                key_display="F1", tooltip="The keys and how the course works."),
        Binding("ctrl+q,q", f"{namespace}quit", "Quit", priority=True, key_display="q",
                tooltip="Close the course. Your place is saved."),
    ]
