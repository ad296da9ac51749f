"""Textual's Footer keeps every FooterKey it ever made: a minimal example, ready to file upstream.

Found in IOP Course (its home screen leaked about 1 MiB each time the learner came back to it),
reported to Textual with the text below; the course works around it with its own footer
(``iop_course/ui/widgets/steady_footer.py``). This script imports nothing of the course.
Usage: python benchmarks/textual_footer_leak.py [--refreshes N]

Issue text for https://github.com/Textualize/textual/issues:

    Title: Footer leaks every FooterKey it recomposes (data_bind watchers on Footer.compact)

    Every time a screen's bindings change (`Screen.refresh_bindings()`, which Textual also
    calls on focus changes and on screen resume), `Footer.bindings_changed` recomposes the
    Footer. `Footer.compose` yields each key as
    `FooterKey(...).data_bind(compact=Footer.compact)`, and `DOMNode._initialize_data_bind`
    adds a watcher for `compact` on the Footer with `self.watch(...)`. The watcher list of
    `compact` is pruned only when `compact` changes, which in most apps is never. So after
    the old keys are removed, `footer.__watchers["compact"]` still holds a
    (FooterKey, setter) pair for each of them, and the setter's closure holds the removed key
    with its styles, render caches and children: they are never freed.

    Reproduce (Textual 8.2.8, Python 3.11): run the script below (an app with 8 bindings and
    a Footer; it calls `refresh_bindings()` 50 times). It prints "9 keys shown, 408 watchers
    on Footer.compact, 409 FooterKey objects alive after gc.collect()": 8 watchers and 8 dead
    keys more per refresh. With `--refreshes 0`: 9 keys, 8 watchers, 9 objects. In a real app
    (a screen whose bindings are refreshed each time the user comes back to it) this was
    about 1 MiB per visit.

    Expected: the number of watchers and of live FooterKey objects stays the same after the
    Footer recomposes. A fix might remove a node's watchers from the watched object when the
    node is removed (or prune dead nodes' watchers in `_watch`), or have `Footer` set
    `compact` on its keys itself instead of binding it.

Run with ``--refreshes 0`` to see the same count of keys with no leak.
"""

from __future__ import annotations

import argparse
import asyncio
import gc

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Label
from textual.widgets._footer import FooterKey


class FooterApp(App[None]):
    """Eight keys in a Footer, nothing else."""

    BINDINGS = [
        Binding(str(number), f"notify('Key {number}')", f"Key {number}") for number in range(1, 9)
    ]

    def compose(self) -> ComposeResult:
        """A label and the Footer."""
        yield Label("Footer leak")
        yield Footer()


async def measure(refreshes: int) -> tuple[int, int, int]:
    """Refresh the screen's bindings ``refreshes`` times; returns the keys shown, the Footer's
    ``compact`` watchers and the FooterKey objects still alive."""
    app = FooterApp()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause(0.1)
        for _ in range(refreshes):
            app.screen.refresh_bindings()
            await pilot.pause(0.02)  # the Footer recomposes after the next refresh
        await pilot.pause(0.1)
        footer = app.screen.query_one(Footer)
        shown = len(footer.query(FooterKey))
        watchers = len(getattr(footer, "__watchers", {}).get("compact", []))
        gc.collect()
        alive = sum(isinstance(thing, FooterKey) for thing in gc.get_objects())
    return shown, watchers, alive


def main() -> None:
    """Print the counts, then whether the Footer leaked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refreshes", type=int, default=50)
    refreshes = parser.parse_args().refreshes
    shown, watchers, alive = asyncio.run(measure(refreshes))
    print(f"after {refreshes} refreshes of the bindings: {shown} keys shown, {watchers} watchers")
    print(f"on Footer.compact, {alive} FooterKey objects alive after gc.collect()")
    leaked = watchers > shown or alive > shown
    print("LEAK: removed keys are still referenced" if leaked else "no leak")


if __name__ == "__main__":
    main()
