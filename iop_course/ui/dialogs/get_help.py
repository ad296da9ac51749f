"""Get help now: crisis lines and helplines, one key away on every screen.

These numbers must be exact. On the date in ``CHECKED_ON`` they were checked against SAMHSA's
National Helpline page (samhsa.gov/find-help/national-helpline: 1-800-662-4357, TTY
1-800-487-4889, free, confidential, 24/7, English and Spanish) and the 988 Lifeline's own
material (call or text 988, chat at 988lifeline.org). Whoever changes them checks them again at
those sources and updates that date.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Static

from iop_course.ui.dialogs.text_dialog import TextDialog
from iop_course.ui.widgets.literal import literal

CHECKED_ON = "November 26, 2026"
HELP_LINES = (
    ("If you might hurt yourself, or you are in crisis",
     "Call or text 988: the 988 Suicide & Crisis Lifeline. Free, 24/7. You can also chat at "
     "988lifeline.org."),
    ("In an emergency, or if someone may be overdosing",
     "Call 911. If you have naloxone (Narcan), give it, and stay with the person."),
    ("For treatment, support or information",
     "SAMHSA National Helpline: 1-800-662-4357. Free, confidential, 24/7, 365 days a year, "
     "in English and Spanish. TTY: 1-800-487-4889."),
    ("To find a treatment program near you",
     "FindTreatment.gov, or call the SAMHSA National Helpline above."),
)


class GetHelpDialog(TextDialog):
    """Crisis lines and helplines, shown over whatever the learner was doing."""

    dialog_title = "Get help now"
    dialog_classes = "help-now"

    def body(self) -> Iterable[Widget]:
        """The lines, in the order a person in trouble needs them."""
        for heading, text in HELP_LINES:
            yield Static(literal(heading), classes="help-heading")
            yield Static(literal(text), classes="help-text")
        yield Static(literal(f"These numbers were checked on {CHECKED_ON}. You are not alone: "
                             "your care team can help too."), classes="help-checked")
