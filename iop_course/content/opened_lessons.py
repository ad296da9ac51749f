"""The parses of the lessons opened lately, so the same text is not parsed twice.

The app parses a lesson when the learner opens it; its content check, run in a thread just
after start-up, parses every lesson again. On a very long page that second parse held the
interpreter for seconds beside the learner, and Get help now waited for it. The check now
finds the lesson on screen already parsed. Only opened lessons are kept (not the check's own
parses), and only the last few, so memory stays that of the lessons on screen. A long lesson
is opened in a thread (the app's lesson screen), so the check may come to it while it is being
parsed: it waits for that parse instead of doing the same work beside it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import blake2b
from threading import Event, Lock
from typing import Generic, TypeVar

from iop_course.content.source import SourceFile
from iop_course.i18n import active_language

OPENED_KEPT = 2
"""Lessons whose parse is kept: the one on screen and the one before it."""

Parsed = TypeVar("Parsed")


class OpenedLessons(Generic[Parsed]):
    """The last ``OPENED_KEPT`` parses, found by everything a parse depends on; safe to use from
    the app's thread and the check's worker at once. A parse handed out is shared: read-only."""

    def __init__(self, size: int = OPENED_KEPT) -> None:
        self._size = size
        self._parses: OrderedDict[bytes, Parsed] = OrderedDict()
        self._under_way: dict[bytes, Event] = {}
        self._lock = Lock()

    def get(self, source: SourceFile, first_page_title: str) -> Parsed | None:
        """The kept parse of exactly this text, or None; when that text is being opened in
        another thread, the parse it keeps once done (None if it failed)."""
        key = _key(source, first_page_title)
        with self._lock:
            kept, under_way = self._parses.get(key), self._under_way.get(key)
        if kept is not None or under_way is None:
            return kept
        under_way.wait()
        with self._lock:
            return self._parses.get(key)

    @contextmanager
    def opening(self, source: SourceFile, first_page_title: str) -> Iterator[None]:
        """While this text is parsed to be kept: ``get`` for it, from another thread, waits."""
        key = _key(source, first_page_title)
        done = Event()
        with self._lock:
            self._under_way.setdefault(key, done)
        try:
            yield
        finally:
            with self._lock:
                if self._under_way.get(key) is done:
                    del self._under_way[key]
            done.set()

    def keep(self, source: SourceFile, first_page_title: str, parsed: Parsed) -> None:
        """Keep ``parsed`` as the parse of this text, forgetting the oldest beyond the size."""
        key = _key(source, first_page_title)
        with self._lock:
            self._parses[key] = parsed
            self._parses.move_to_end(key)
            while len(self._parses) > self._size:
                self._parses.popitem(last=False)


def _key(source: SourceFile, first_page_title: str) -> bytes:
    """A parse depends on the file's path (its problems name it), the line its body starts at,
    the first page's title and the body's text (an edited file is parsed again), and on the
    language, for any words the parser adds. A digest, so a long body's text is not kept alive
    by its key."""
    digest = blake2b(digest_size=20)
    parts = (str(source.path), str(source.body_line), first_page_title, active_language())
    for part in (*parts, source.body):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.digest()
