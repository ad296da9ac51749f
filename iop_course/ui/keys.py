"""The keys that work on every screen, declared once for the app and for its dialogs.

Textual leaves app bindings out of a modal dialog's footer, so dialogs declare the same keys
aimed at the app's actions; and the footer lists a screen's own keys before the app's, so each
screen puts "Get help now" first. That way it is shown, and works, everywhere, even at 80 columns.
"""

from __future__ import annotations

from textual.binding import Binding


def get_help_binding(namespace: str = "app.") -> Binding:
    """The "Get help now" key. Screens list it first so the footer never cuts it off."""
    return Binding("g", f"{namespace}get_help", "Get help now", priority=True,
                   tooltip="Crisis lines and helplines: 988, 911, SAMHSA National Helpline.")


def app_wide_bindings(namespace: str = "") -> list[Binding]:
    """Get help now, how to use, and quit; ``namespace`` is "app." when used from a dialog."""
    return [
        get_help_binding(namespace),
        Binding("f1,question_mark", f"{namespace}how_to_use", "How to use", priority=True,
                key_display="F1", tooltip="The keys and how the course works."),
        Binding("ctrl+q,q", f"{namespace}quit", "Quit", priority=True, key_display="q",
                tooltip="Close the course. Your place is saved."),
    ]
