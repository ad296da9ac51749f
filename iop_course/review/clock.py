"""Where spaced review gets the time, so tests (and a try-out) can move it days ahead.

Every review rule depends on "now" and "today": nothing in this package reads the system clock
except ``utc_now``, and everything takes a ``Clock`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone

Clock = Callable[[], datetime]
"""Gives the current moment as an aware datetime (any offset; it is read as UTC)."""


def utc_now() -> datetime:
    """The system's current time, in UTC (the clock the app uses)."""
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC, as fsrs requires; a naive moment is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def local_day(moment: datetime) -> date:
    """The learner's calendar day at ``moment``: a day's review follows their own midnight."""
    return as_utc(moment).astimezone().date()
