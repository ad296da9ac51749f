"""A key of ``SteadyFooter``: shown and hidden on every quiz step, laid out once each time."""

from __future__ import annotations

from typing import Any

from textual.widgets._footer import FooterKey

from iop_course.ui.widgets.sized_in_layout import SizedInLayout


class SteadyFooterKey(SizedInLayout, FooterKey):
    """A ``FooterKey`` whose new width does not set off a second layout of the screen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """A key in the footer's own look from the start: ``FooterKey`` starts compact and
        the footer's ``compact`` (False) then undid it, each class it gained and lost
        restyling the key again before the first paint (benchmarks/startup.py)."""
        super().__init__(*args, **kwargs)
        self.set_reactive(FooterKey.compact, False)
