"""Closing the terminal, or being told to stop, saves what the learner typed, as ctrl+q does.

A learner who closes the terminal window (SIGHUP) or whose computer is shutting down (SIGTERM)
would otherwise lose the words typed since the last save, which waits for a pause in typing.
On either signal every open worksheet saves at once, the store writes it to disk, and the app
closes as if the learner had quit.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iop_course.ui.app import CourseApp

CLOSING_SIGNALS = ("SIGHUP", "SIGTERM")


def save_on_closing_signals(app: CourseApp) -> Callable[[], None]:
    """Save and close ``app`` on SIGHUP or SIGTERM; returns what puts the old handlers back.

    Where signals cannot be caught (Windows, or a loop outside the main thread) nothing is
    changed.
    """
    loop = asyncio.get_running_loop()
    caught: list[int] = []
    for name in CLOSING_SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        try:
            loop.add_signal_handler(number, save_and_close, app)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        caught.append(number)

    def let_go() -> None:
        for number in caught:
            loop.remove_signal_handler(number)

    return let_go


def save_and_close(app: CourseApp) -> None:
    """Save every worksheet on every open screen, wait for the store to write, then quit."""
    from iop_course.ui.widgets.worksheet_view import WorksheetView

    for screen in app.screen_stack:
        for view in screen.query(WorksheetView):
            view.save_now()
    app.store.flush()
    app.exit()
