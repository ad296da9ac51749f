"""What the presenting window shows, named by content rather than by screen position.

The presenter and the notes view may have different screen sizes, so a slide is named by what
it shows (a lesson's title slide, part 2 of 3 of page 4, question q3) and not by a number that
depends on how the presenter's screen split the pages.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class SlideKind(str, Enum):
    """The kinds of slide a presentation is made of."""

    TITLE = "title"
    MODULE_INTRO = "module_intro"
    PAGE = "page"
    QUESTION = "question"
    END = "end"


@dataclass(frozen=True)
class SlideRef:
    """One slide, named by the content it shows so any window can find the same content."""

    lesson_id: str
    kind: SlideKind
    page: int = 0
    part: int = 0
    parts: int = 1
    question_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        data = asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_dict(cls, data: Any) -> SlideRef:
        """Read a slide back; anything malformed raises ValueError."""
        if not isinstance(data, dict):
            raise ValueError("a slide must be an object")
        return cls(
            lesson_id=_text(data, "lesson_id"),
            kind=SlideKind(_text(data, "kind")),
            page=_count(data, "page"),
            part=_count(data, "part"),
            parts=max(1, _count(data, "parts", 1)),
            question_id=_text(data, "question_id", ""),
        )


@dataclass(frozen=True)
class PresenterState:
    """Everything a notes view needs to follow the room: where it is, what is next, since when.

    ``tally`` holds the show-of-hands counts by choice letter on a question slide,
    ``revealed`` says whether the right answer is showing to the room, ``order`` the question's
    choice ids in the order the room sees them (lettered A, B, C... in that order), and
    ``paused`` that the room sees the pause screen instead of the slide.
    """

    content_root: str
    slide: SlideRef
    position: int
    total: int
    started_at: float
    next_slide: SlideRef | None = None
    revealed: bool = False
    tally: tuple[tuple[str, int], ...] = field(default=())
    order: tuple[str, ...] = field(default=())
    paused: bool = False

    def to_json(self) -> str:
        """The state as one line of JSON, the form the beacon writes."""
        return json.dumps(
            {
                "content_root": self.content_root,
                "slide": self.slide.to_dict(),
                "position": self.position,
                "total": self.total,
                "started_at": self.started_at,
                "next_slide": self.next_slide.to_dict() if self.next_slide else None,
                "revealed": self.revealed,
                "tally": [[letter, count] for letter, count in self.tally],
                "order": list(self.order),
                "paused": self.paused,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> PresenterState:
        """Read a state back; anything malformed raises ValueError."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the presenter state must be an object")
        started_at = data.get("started_at")
        if isinstance(started_at, bool) or not isinstance(started_at, (int, float)):
            raise ValueError("started_at must be a number")
        next_slide = data.get("next_slide")
        tally = data.get("tally", [])
        if not isinstance(tally, list):
            raise ValueError("tally must be a list")
        order = data.get("order", [])
        if not isinstance(order, list) or not all(isinstance(item, str) for item in order):
            raise ValueError("order must be a list of choice ids")
        return cls(
            content_root=_text(data, "content_root"),
            slide=SlideRef.from_dict(data.get("slide")),
            position=_count(data, "position"),
            total=_count(data, "total"),
            started_at=float(started_at),
            next_slide=SlideRef.from_dict(next_slide) if next_slide is not None else None,
            revealed=data.get("revealed") is True,
            tally=tuple(_tally_entry(entry) for entry in tally),
            order=tuple(order),
            paused=data.get("paused") is True,
        )


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _count(data: dict[str, Any], key: str, default: int = 0) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{key} must be a whole number, 0 or more")
    return value


def _tally_entry(entry: Any) -> tuple[str, int]:
    if not (isinstance(entry, list) and len(entry) == 2):
        raise ValueError("each tally entry must be [letter, count]")
    letter, count = entry
    if not isinstance(letter, str) or isinstance(count, bool) or not isinstance(count, int):
        raise ValueError("each tally entry must be [letter, count]")
    return letter, count
