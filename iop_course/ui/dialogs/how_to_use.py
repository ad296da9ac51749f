"""How to use the app: the keys that work where F1 (or ?) was pressed, and how the course works.

The key list is made from the bindings of the screen underneath (see ``keys_that_work``), so it
names every key that works there, scrolling included, and stays true when a screen's keys change.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from iop_course.i18n import N_, _
from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.keys import KeyHelp, keys_that_work
from iop_course.ui.widgets.literal import literal

KEYS_HEADING = N_("Keys that work here")
IN_THIS_BOX = KeyHelp(
    N_("Up or Down, PgUp or PgDn"), N_("Scroll this box. Esc or Enter closes it.")
)
MOUSE = KeyHelp(N_("Mouse"), N_("Click a lesson, a button or a choice; the wheel scrolls."))
HOW_IT_WORKS = N_(
    "Each lesson is a few short pages. After the last page comes a short quiz. Every answer "
    "tells you why it is right or not. Questions you miss come back until you get them right. "
    "A lesson is done when you pass its quiz."
)


class HowToUseDialog(TextDialog[None]):
    """The keys of the screen it was opened over, and a few words on how the course works."""

    dialog_title = N_("How to use IOP Course")

    def __init__(self, over: Screen) -> None:
        """``over`` is the screen the learner was on: its keys are the ones listed."""
        super().__init__()
        own_rows = [KeyHelp(_(row.keys), _(row.meaning)) for row in (IN_THIS_BOX, MOUSE)]
        self.key_rows = [*keys_that_work(over), *own_rows]

    def body(self) -> Iterable[Widget]:
        """Keys first: that is what people open this for."""
        yield Static(literal(_(KEYS_HEADING), "bold"), classes="help-heading")
        for row in self.key_rows:
            yield Static(literal(row.keys, "bold"), classes="key")
            yield Static(literal(row.meaning), classes="key-meaning")
        yield Static(literal(_(HOW_IT_WORKS)), classes="help-heading help-text")
