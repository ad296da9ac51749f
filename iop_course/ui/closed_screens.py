"""Letting closed screens go: two places where Textual 8.2 keeps their widgets alive.

- A widget that watches another object's reactive value (``self.watch(self.app, "title",
  ...)``, or ``data_bind``) adds a watcher to that object, and Textual drops it only when that
  value next changes, even after the widget is removed. Textual's ``Header`` watches the
  app's ``title`` and ``sub_title``, which never change here: each closed screen's Header
  stayed alive. benchmarks/textual_footer_leak.py shows the same with the Footer, for the
  report to Textual.
- ``StylesCache.get_inner_outer`` is an ``lru_cache`` on a method, so it keeps the last 1024
  widgets' style caches (with every line they drew) alive: about 40 for a lesson visit.

Together they cost about 1 MiB per lesson visited (benchmarks/memory.py). The app calls
``let_closed_screens_go`` each time the screen changes.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.dom import DOMNode

WATCHERS = "__watchers"  # where textual.reactive keeps an object's watchers (Textual 8.2)


def let_closed_screens_go(app: DOMNode) -> None:
    """Drop what keeps the widgets of closed screens alive (see the module's docstring)."""
    forget_closed_watchers(app)
    StylesCache.get_inner_outer.cache_clear()


def forget_closed_watchers(watched: DOMNode) -> int:
    """Drop the watchers of ``watched`` whose widget is closing or closed, as Textual itself
    does when the value changes; returns how many were dropped."""
    dropped = 0
    for watchers in getattr(watched, WATCHERS, {}).values():
        kept = [(node, callback) for node, callback in watchers if not _gone(node)]
        dropped += len(watchers) - len(kept)
        watchers[:] = kept
    return dropped


def _gone(node: object) -> bool:
    return bool(getattr(node, "_closing", False) or getattr(node, "_closed", False))
