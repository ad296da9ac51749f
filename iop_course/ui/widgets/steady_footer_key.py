"""A key of ``SteadyFooter``: shown and hidden on every quiz step, laid out once each time."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from iop_course.ui.widgets.sized_in_layout import SizedInLayout


class SteadyFooterKey(SizedInLayout, FooterKey):
    """A ``FooterKey`` whose new width does not set off a second layout of the screen."""
