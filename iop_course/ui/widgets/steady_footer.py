"""A footer that shows and hides its keys in place instead of rebuilding itself.

Textual's ``Footer`` removes and mounts all of its keys whenever a screen's bindings change,
which on the quiz screen (keys change on every answer and every next question) cost more than the
rest of the step. This footer makes one key for every binding the screen and the app declare
with ``show=True``, in the order a ``Footer`` would list them, and on each change only shows the
ones that work right now. Neither the footer nor its keys lay the screen out a second time
when their sizes change (``SizedInLayout``). For screens whose keys all belong to the screen
(nothing focused that has keys of its own), it shows exactly what ``Footer`` shows. Making its
keys once also avoids a leak: each key ``Footer`` makes stays referenced by a ``data_bind``
watcher on the Footer after the Footer rebuilds (benchmarks/textual_footer_leak.py).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from iop_course.i18n import _
from iop_course.ui.widgets.fitting_footer import FitsItsKeys, in_learners_words
from iop_course.ui.widgets.sized_in_layout import SizedInLayout
from iop_course.ui.widgets.steady_footer_key import SteadyFooterKey


class SteadyFooter(FitsItsKeys, SizedInLayout, Footer):
    """A ``Footer`` for screens whose keys change often; ``g`` stays first as in ``Footer``."""

    _shown_for: tuple[dict[tuple[str, str], bool], dict[str, str]] | None = None

    def compose(self) -> ComposeResult:
        """One key per shown binding of the screen, then of the app, shown only if it works.

        The keys that work already are shown in the first frame: a footer that fills in a
        frame later makes the screen paint twice.
        """
        working = _working(self.screen)
        displays = _key_displays(self.screen)
        screen_keys = {binding.key for binding in _declared(self.screen)}
        seen: set[tuple[bool, str]] = set()
        for on_app, node in ((False, self.screen), (True, self.app)):
            for binding in _declared(node):
                shadowed = on_app and binding.key in screen_keys
                if not binding.show or shadowed or (on_app, binding.action) in seen:
                    continue
                seen.add((on_app, binding.action))
                state = working.get((binding.action, _(binding.description)))
                key = SteadyFooterKey(
                    binding.key,
                    displays.get(binding.action) or self.app.get_key_display(binding),
                    _(binding.description),
                    binding.action,
                    tooltip=_(binding.tooltip) if binding.tooltip else "",
                    classes="-disabled" if state is False else "",  # as made, not restyled
                ).data_bind(compact=Footer.compact)
                key.display = state is not None
                yield key
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            binding = palette.binding
            yield in_learners_words(
                FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    classes="-command-palette -compact",  # compact, as FooterKey starts
                    tooltip=binding.tooltip or binding.description,
                )
            )

    def on_mount(self) -> None:
        """Show the first keys once they are mounted, whatever came first."""
        self.call_after_refresh(self.bindings_changed, self.screen)

    def bindings_changed(self, screen: Screen) -> None:
        """Show the keys that work now and hide the rest, without rebuilding anything."""
        self._bindings_ready = True
        if not self.is_attached or screen is not self.screen:
            return
        working = _working(screen)
        displays = _key_displays(screen)
        # Textual says the bindings changed several times before the first paint, mostly with
        # nothing changed; measuring every key again each time showed in start-up's time.
        if (working, displays) == self._shown_for:
            return
        self._shown_for = (working, dict(displays))
        for key in self.query_children(FooterKey):
            if key.has_class("-command-palette"):
                continue
            shown_as = displays.get(key.action)
            if shown_as and shown_as != key.key_display:
                wider = cell_len(shown_as) != cell_len(key.key_display)
                key.key_display = shown_as
                key.refresh(layout=wider)  # same width ("a-b" to "a-c"): drawn again only
            state = working.get((key.action, key.description))
            key.display = state is not None
            key.set_class(state is False, "-disabled")
        self.fit_keys(fresh=True)


def _working(screen: Screen) -> dict[tuple[str, str], bool]:
    """Whether each shown key works now (True) or is greyed out (False), by action and words
    (in the learner's language, as the keys show them)."""
    return {
        (active.binding.action, _(active.binding.description)): active.enabled
        for active in screen.active_bindings.values()
        if active.binding.show
    }


def _key_displays(screen: Screen) -> dict[str, str]:
    """What the screen says a key is called right now, by action (see AnsweringScreen)."""
    displays = getattr(screen, "footer_key_displays", None)
    return displays if isinstance(displays, dict) else {}


def _declared(node: Screen | App[object]) -> list[Binding]:
    """A screen's or app's bindings merged as Textual merges them: base classes first, and a
    key bound again by a subclass keeps its first place (so keys show in ``Footer``'s order)."""
    merged: dict[str, list[Binding]] = {}
    for cls in reversed(type(node).__mro__):
        own: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            own.setdefault(binding.key, []).append(binding)
        merged.update(own)
    return [binding for bindings in merged.values() for binding in bindings]
