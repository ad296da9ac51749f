"""The app a screen or widget runs in, with its real type.

Textual types ``self.app`` as a plain ``App``, so a screen's ``self.app.store`` or
``self.app.open_lesson(...)`` would go unchecked: a typo or a changed signature would only
show when a learner reached that screen. As Posting does, one ``cast`` here gives every screen
the ``CourseApp`` (or, in present mode, an app that can end presenting), and mypy checks the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from iop_course.ui.app import CourseApp


class PresentingApp(Protocol):
    """What present mode's screens need of the app they run in: the learner's app (present mode
    inside the course) or ``iop-course present``'s own app."""

    async def end_presenting(self) -> None:
        """Leave present mode: back to the course, or quit the presenting app."""


def course_app(node: DOMNode) -> CourseApp:
    """The learner's app that ``node`` (a screen, dialog or widget of the course) belongs to."""
    return cast("CourseApp", node.app)


def presenting_app(node: DOMNode) -> PresentingApp:
    """The app a present-mode screen belongs to, whichever of the two it is."""
    return cast("PresentingApp", node.app)
