"""Timestamps for progress records that always move forward.

"Continue" picks the lesson with the newest ``updated_at``. Two changes in the
same clock tick, or a system clock set back, must not make it pick the wrong
one, so stamps from one clock never repeat and never go backwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

OLDEST_TIME = datetime.min.replace(tzinfo=timezone.utc)
_ONE_TICK = timedelta(microseconds=1)


def parse_stamp(value: object) -> datetime:
    """Read a stored ISO 8601 stamp as an aware UTC time; unreadable stamps sort first."""
    if not isinstance(value, str):
        return OLDEST_TIME
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return OLDEST_TIME
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=timezone.utc)


class MonotonicUtcClock:
    """Hands out strictly increasing ISO 8601 UTC stamps, starting after any already stored."""

    def __init__(self, stored_stamps: Iterable[object] = ()) -> None:
        self._last = max((parse_stamp(stamp) for stamp in stored_stamps), default=OLDEST_TIME)

    def stamp(self) -> str:
        """The current UTC time, nudged past the previous stamp if the clock has not moved on."""
        now = datetime.now(timezone.utc)
        if now <= self._last:
            now = self._last + _ONE_TICK
        self._last = now
        return now.isoformat(timespec="microseconds")
