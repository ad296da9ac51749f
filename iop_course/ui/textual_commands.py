"""Textual's own commands (theme, keys, quit...) in the learner's language, in every app of the
course (learner, present, notes); a command Textual adds later stays as Textual words it.

Kept apart from the learner's palette (``palette_commands``), which offers the learner's own
data, so present mode can use these without loading the progress store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from iop_course.i18n import ENGLISH, N_, _, active_language

if TYPE_CHECKING:
    from iop_course.ui.help_actions import HelpActions

# Textual's own commands (textual.app.App.get_system_commands), for the catalog.
TEXTUAL_WORDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)


KEYS_HELP = N_("Keys and how the course works")


def keys_in_learners_words(
    app: HelpActions, commands: Iterable[SystemCommand]
) -> Iterator[SystemCommand]:
    """Textual's commands, but in a language other than English its Keys command opens the
    course's own list of keys (F1, said in the learner's language): Textual's keys panel shows
    every key with its English words, and its own widgets' keys (Scroll Left, Copy selected
    text) in English only."""
    for command in commands:
        if active_language() != ENGLISH and command.callback == app.action_show_help_panel:
            command = command._replace(help=KEYS_HELP, callback=app.action_how_to_use)
        yield command


def in_learners_words(commands: Iterable[SystemCommand]) -> Iterator[SystemCommand]:
    """Textual's commands with their title and help in the learner's language."""
    for command in commands:
        yield command._replace(title=_(command.title), help=_(command.help))
