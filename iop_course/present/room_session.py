"""Where a group got to in a lesson today, kept so a presenter closed by mistake can come back.

A facilitator who ends a lesson (or whose window closes) and opens the same lesson again that
day is offered the same slide, with the hands counted, the answers revealed and the room's
order of the choices. Only the room's data is kept: counts of hands per letter, never a name.
It lives in present mode's own folder, beside its settings, never in a learner's progress.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iop_course.files.durable_write import write_file_atomically
from iop_course.files.plain_file import read_plain_file
from iop_course.files.private_folders import make_private_folders
from iop_course.present.state import SlideRef

SESSION_FILE_NAME = "last-presentation.json"
_MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class RoomSession:
    """One presentation's place: the lesson, the day, the slide, and each question's room data
    (keyed by question id): hands per letter, whether revealed, and the order of its choices."""

    content_root: str
    lesson_id: str
    day: str
    slide: SlideRef
    started_at: float
    tallies: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    revealed: frozenset[str] = frozenset()
    orders: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def worth_offering(self) -> bool:
        """True when going back saves something: the room got past the title, or counted."""
        return (
            self.counted
            or bool(self.revealed)
            or self.slide.kind.value
            not in (
                "title",
                "module_intro",
            )
        )

    @property
    def counted(self) -> bool:
        """True when any hands were counted."""
        return any(count for entries in self.tallies.values() for _, count in entries)

    def to_json(self) -> str:
        """The session as JSON."""
        return json.dumps(
            {
                "content_root": self.content_root,
                "lesson_id": self.lesson_id,
                "day": self.day,
                "slide": self.slide.to_dict(),
                "started_at": self.started_at,
                "tallies": {
                    key: [list(pair) for pair in value] for key, value in self.tallies.items()
                },
                "revealed": sorted(self.revealed),
                "orders": {key: list(value) for key, value in self.orders.items()},
            }
        )

    @classmethod
    def from_json(cls, text: str) -> RoomSession:
        """Read a session back; anything malformed raises ValueError (or TypeError)."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a session must be an object")
        return cls(
            content_root=_text(data["content_root"]),
            lesson_id=_text(data["lesson_id"]),
            day=_text(data["day"]),
            slide=SlideRef.from_dict(data["slide"]),
            started_at=float(data["started_at"]),
            tallies={
                _text(key): tuple((_text(letter), int(count)) for letter, count in value)
                for key, value in dict(data.get("tallies", {})).items()
            },
            revealed=frozenset(_text(key) for key in data.get("revealed", [])),
            orders={
                _text(key): tuple(_text(item) for item in value)
                for key, value in dict(data.get("orders", {})).items()
            },
        )


def today(now: float | None = None) -> str:
    """The local date, as the day a session belongs to."""
    return time.strftime("%Y-%m-%d", time.localtime(now))


class SessionShelf:
    """Keeps the last presentation's session in one small file in present mode's folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SESSION_FILE_NAME

    def save(self, session: RoomSession) -> None:
        """Keep ``session``; a folder that cannot be written loses only this convenience. Saved
        on every slide turn, so it does not wait for the disk (the system writes it within
        seconds; a computer that crashes in that time loses only the last turn)."""
        try:
            make_private_folders(self.path.parent)
            write_file_atomically(self.path, session.to_json().encode("utf-8"), durable=False)
        except OSError:
            return

    def offer(
        self, content_root: str, lesson_id: str, now: float | None = None
    ) -> RoomSession | None:
        """Today's session of this lesson (from the same content), or None."""
        try:
            raw = read_plain_file(self.path, largest=_MAX_BYTES)  # never a link or a pipe
            if raw is None or len(raw) > _MAX_BYTES:
                return None
            session = RoomSession.from_json(raw.decode("utf-8"))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        fits = (
            session.lesson_id == lesson_id
            and session.content_root == content_root
            and session.day == today(now)
        )
        return session if fits and session.worth_offering else None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value
