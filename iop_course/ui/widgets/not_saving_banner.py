"""A line across the top of every screen while the course runs without saving.

It is split off the top of the screen (``split: top``), so it sits above each screen's header
whatever the screen's own layout, and the app mounts one on every screen it shows.

A learner who chose to go on without saving (the folder was read-only, the disk full...) must
not forget it halfway through a lesson: the banner stays on each screen until the app closes.
"""

from __future__ import annotations

from textual.widgets import Static

from iop_course.i18n import N_, _
from iop_course.ui.widgets.literal import literal

BANNER_TEXT = N_("Not saving: {reason}. Your progress today will be lost when you quit.")


class NotSavingBanner(Static):
    """The reminder itself; ``reason`` is a few words such as "the disk is full"."""

    DEFAULT_CSS = """
    NotSavingBanner {
        split: top;
        width: 1fr;
        height: auto;
        padding: 0 1;
        background: $error;
        color: $text;
        text-style: bold;
    }
    """

    def __init__(self, reason: str) -> None:
        super().__init__(literal(_(BANNER_TEXT).format(reason=reason)))
