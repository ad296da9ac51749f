"""How to use the app: the keys, and how lessons and quizzes work (F1 or ?)."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal

KEYS = (
    ("Up / Down", "Move through the list of lessons, or the choices in a quiz."),
    ("Enter", "Open a lesson, pick an answer, or go on."),
    ("Right or n", "Next page.  Left or p: previous page."),
    ("1 to 9", "Pick a quiz choice by its number. In 'select all' questions, Space or a "
               "number ticks a choice, and c checks your answer."),
    ("h", "Show a hint, when the question has one."),
    ("Esc or b", "Back to the list of lessons."),
    ("g", "Get help now: crisis lines and helplines."),
    ("ctrl+p", "Commands, such as changing the colors (theme)."),
    ("q or ctrl+q", "Quit. Your place is saved, down to the page."),
)
HOW_IT_WORKS = (
    "Each lesson is a few short pages. After the last page comes a short quiz. Every answer "
    "tells you why it is right or not. Questions you miss come back until you get them right. "
    "A lesson is done when you pass its quiz. The mouse works too: click a lesson or a choice."
)


class HowToUseDialog(TextDialog):
    """The keys and a few words on how the course works."""

    dialog_title = "How to use IOP Course"

    def body(self) -> Iterable[Widget]:
        """Keys first: that is what people open this for."""
        for key, meaning in KEYS:
            yield Static(literal(key, "bold"), classes="key")
            yield Static(literal(meaning), classes="key-meaning")
        yield Static(literal(HOW_IT_WORKS), classes="help-text")
