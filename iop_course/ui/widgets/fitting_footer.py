"""A footer that never cuts a key in two: when the keys do not fit, the least used go whole.

Textual's footer runs its keys off the right edge, so at 60 or 80 columns a label ended
mid-word ("r Try the quiz ag", "p My pro"). This one leaves keys out, whole, until the rest fit:
first the command palette's, then the screen's keys from the last, keeping "Get help now" and
"How to use" (F1 lists every key, the ones left out too). A screen whose most needed keys are
not its first ones names the keys to leave out first (``FOOTER_LEAVES_OUT_FIRST``). Its keys are
said in the learner's language (``in_learners_words``): bindings keep their English, which is
the catalog's key.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from iop_course.i18n import N_, _, active_language

KEPT_ACTIONS = ("get_help", "how_to_use")
# A screen's attribute: the actions its footer leaves out first, in that order, before any other
# (a slide's Back and Next, whose arrows every facilitator knows, before Pause or Reveal).
LEAVES_OUT_FIRST = "FOOTER_LEAVES_OUT_FIRST"
# Textual's own description of the command palette's key (ctrl+p), for the catalog.
PALETTE_WORD = N_("palette")


def in_learners_words(key: FooterKey) -> FooterKey:
    """``key`` with its words (description and tooltip) in the learner's language."""
    key.description = _(key.description) if key.description else ""
    if isinstance(key.tooltip, str) and key.tooltip:
        key.tooltip = _(key.tooltip)
    return key


class FitsItsKeys:
    """Mixed into a footer: leaves whole keys out until the rest fit its width."""

    _left_out: frozenset[FooterKey] = frozenset()

    def fit_keys(self, fresh: bool = False) -> None:
        """Show the keys this left out before (unless ``fresh``: every key's display was just
        set again), then leave out the least used until the rest fit."""
        footer = self
        assert isinstance(footer, Footer)
        if not fresh:
            for key in self._left_out:
                key.display = True
        self._left_out = frozenset()
        if not footer.is_attached or footer.size.width == 0:
            return
        shown = [key for key in footer.query_children(FooterKey) if key.display]
        widths = {key: _width(key) for key in shown}
        first: tuple[str, ...] = getattr(footer.screen, LEAVES_OUT_FIRST, ())
        order = (
            [key for key in shown if key.has_class("-command-palette")]
            + [key for action in first for key in shown if _action(key) == action]
            + [
                key
                for key in reversed(shown)
                if not key.has_class("-command-palette")
                and _action(key) not in KEPT_ACTIONS
                and _action(key) not in first
            ]
        )
        used, left_out = sum(widths.values()), []
        for key in order:
            if used <= footer.size.width:
                break
            key.display = False
            left_out.append(key)
            used -= widths[key]
        self._left_out = frozenset(left_out)

    def on_resize(self) -> None:
        """A new width: fit again."""
        self.fit_keys()


def _action(key: FooterKey) -> str:
    """A key's action without its namespace ("app.get_help" is "get_help")."""
    return key.action.rpartition(".")[2]


def _width(key: FooterKey) -> int:
    """The cells a key takes, with its margins and border (measured from its text, so a key
    hidden now can be measured too)."""
    from textual.geometry import Size

    content = key.get_content_width(Size(200, 1), Size(200, 1))
    styles = key.styles
    return content + styles.gutter.width + styles.margin.width


class WordsFooter(Footer):
    """Textual's Footer, its keys said in the learner's language."""

    def compose(self) -> ComposeResult:
        """Textual's keys, each said in the learner's language."""
        for widget in super().compose():
            yield in_learners_words(widget) if isinstance(widget, FooterKey) else widget


class FittingFooter(FitsItsKeys, WordsFooter):
    """Textual's Footer, with keys left out whole instead of cut, in the learner's words."""

    _shown: Hashable = None

    def __init__(self, *, keys_at_once: bool = False) -> None:
        """``keys_at_once``: show the screen's keys in its first frame. Textual's footer starts
        empty and is filled in once the screen has its focus, one layout later (a frame, and
        on a long lesson page a key pressed then waits for it); a screen that opens with
        nothing focused (its keys are its own and the app's) can have them at once."""
        super().__init__()
        if keys_at_once:
            self.set_reactive(Footer._bindings_ready, True)

    def on_mount(self) -> None:
        """The keys composed with the footer are the ones shown."""
        self._shown = self._keys_now()

    async def recompose(self) -> None:
        """New keys: fit them before they are drawn (their widths come from their text).

        Textual asks for new keys at every change of focus or screen, even when they are the
        ones shown: Get help now's footer was built five times before the dialog was first
        drawn, and the lesson's again beneath it, every key styled anew each time. Keys the
        same as shown, in the same language, are left as they are.
        """
        keys = self._keys_now()
        if keys is not None and keys == self._shown:
            return
        await super().recompose()
        self._shown = keys
        self.fit_keys(fresh=True)

    def _keys_now(self) -> Hashable:
        """What the keys shown depend on (None before the screen's keys are known)."""
        if not self._bindings_ready or not self.is_attached:
            return None
        keys = tuple(
            (binding.key, binding.action, binding.description, binding.show, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
        )
        return active_language(), self.compact, self.show_command_palette, keys
