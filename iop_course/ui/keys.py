"""The keys that work on every screen, and the list of the keys that work on one screen.

Textual leaves app bindings out of a modal dialog's footer, so dialogs declare the same keys
aimed at the app's actions; and the footer lists a screen's own keys before the app's, so each
screen puts "Get help now" first. That way it is shown, and works, everywhere, even at 80 columns.
The how-to-use list is read from the live bindings (``keys_that_work``), so it is always true.
Descriptions and tooltips are kept in English (marked ``N_``) and said in the learner's language
where they are shown (the footers and this list), so a language switch reaches every key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.binding import Binding
from textual.screen import Screen

from iop_course.i18n import N_, _


def get_help_binding(namespace: str = "app.", capital: bool = True) -> Binding:
    """The "Get help now" key. Screens list it first so the footer never cuts it off.

    G works as g does (Caps Lock must not hide help), and so does F2, which no Caps Lock or
    keyboard layout changes. ``capital=False`` leaves G to the screen (a field types it).
    """
    return Binding(
        "g,G,f2" if capital else "g,f2",
        f"{namespace}get_help",
        N_("Get help now"),
        priority=True,
        key_display="g",
        tooltip=N_(
            "Crisis lines and helplines: 988, 911, SAMHSA National Helpline. G and F2 work too."
        ),
    )


def app_wide_bindings(namespace: str = "", capital: bool = True) -> list[Binding]:
    """Get help now, how to use, and quit; ``namespace`` is "app." when used from a dialog.

    An app passes ``capital=False``: an app's keys come before any screen's, so an app-wide G
    would take G from a field being typed in; each screen declares G itself.
    """
    return [
        get_help_binding(namespace, capital),
        Binding(
            "f1,question_mark",
            f"{namespace}how_to_use",
            N_("How to use"),
            priority=True,
            key_display="F1",
            tooltip=N_("The keys and how the course works."),
        ),
        Binding(
            "ctrl+q,q",
            f"{namespace}quit",
            N_("Quit"),
            priority=True,
            key_display="q",
            tooltip=N_("Close the course. Your place is saved."),
        ),
    ]


def typing_bindings() -> list[Binding]:
    """Get help now and quit, as named in the footer while a field has the focus: g and q are
    letters there, so the footer must say ctrl+g and ctrl+q (a field's own keys come before
    the app-wide ones, which show g and q)."""
    return [
        Binding(
            "ctrl+g",
            "app.get_help",
            N_("Get help now"),
            key_display="^g",
            priority=True,
            tooltip=N_(
                "While you write, g is a letter: Ctrl+G shows the crisis lines and helplines."
            ),
        ),
        Binding(
            "ctrl+q",
            "app.quit",
            N_("Quit"),
            key_display="^q",
            priority=True,
            tooltip=N_(
                "While you write, q is a letter: Ctrl+Q closes the course. Your words are saved."
            ),
        ),
    ]


# Textual's own screen keys: Tab is described by the course's words below, copy is left out.
TEXTUAL_SCREEN_ACTIONS = frozenset(
    binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)
)
MOVE_FOCUS = N_("Tab or Shift+Tab")
MOVE_FOCUS_MEANING = N_("Move between the buttons and the list (or choices) on this screen.")
# Textual widgets' own keys, in the course's words (keyed by action); the rest keep their own.
WIDGET_ACTION_WORDS = {
    "cursor_down": N_("Move down the list."),
    "cursor_up": N_("Move up the list."),
    "first": N_("Go to the top of the list."),
    "last": N_("Go to the end of the list."),
    "page_down": N_("Down a screenful."),
    "page_up": N_("Up a screenful."),
    "select": N_("Open or pick the highlighted row."),
    "press": N_("Press the highlighted button."),
    "scroll_down": N_("Scroll down."),
    "scroll_up": N_("Scroll up."),
    "scroll_home": N_("Scroll to the top."),
    "scroll_end": N_("Scroll to the end."),
    "command_palette": N_("Commands, such as changing the colors (theme)."),
}
SIDEWAYS_ACTIONS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
KEY_WORDS = {
    "⏎": "Enter",
    "esc": "Esc",
    "pgdn": "PgDn",
    "pgup": "PgUp",
    "home": "Home",
    "end": "End",
    "tab": "Tab",
    "delete": "Delete",
}

# Keys named by a word rather than the word on their cap, said in the learner's language (the
# caps above are the same in every language: "End" is not the present mode's "End" button).
KEY_NAMES = {"space": N_("Space")}


@dataclass(frozen=True)
class KeyHelp:
    """One row of the how-to-use list: the keys and what they do."""

    keys: str
    meaning: str


def keys_that_work(screen: Screen) -> list[KeyHelp]:
    """Every key that does something on ``screen``, read from its live bindings.

    Made from the same bindings the footer reads (the focused widget's, the screen's and the
    app's, minus those switched off right now), plus the keys of the other widgets Tab reaches,
    so the list cannot drift from the keys as screens change. Keys with the same meaning share
    a row; the screen's own keys come first, then its widgets', then the app's.
    """
    app = screen.app
    rows: dict[tuple[int, str], tuple[list[str], Binding]] = {}

    def add(node: object, key: str, binding: Binding) -> None:
        if (
            not binding.description
            or binding.system
            or (binding.action in TEXTUAL_SCREEN_ACTIONS | SIDEWAYS_ACTIONS)
        ):
            return
        keys, _first = rows.setdefault((id(node), binding.description), ([], binding))
        keys.append(_key_words(app.get_key_display(replace(binding, key=key, key_display=None))))

    for key, active in screen.active_bindings.items():
        if active.enabled:
            add(active.node, key, active.binding)
    for widget in screen.focus_chain:
        if widget is not screen.focused:
            for key, bindings in widget._bindings.key_to_bindings.items():
                for binding in bindings:
                    add(widget, key, binding)

    def rank(node_id: int) -> int:
        return 0 if node_id == id(screen) else 2 if node_id == id(app) else 1

    ordered = sorted(rows.items(), key=lambda row: rank(row[0][0]))
    found = [KeyHelp(_joined(keys), _meaning(binding)) for _node, (keys, binding) in ordered]
    if len(screen.focus_chain) > 1:
        found.insert(1, KeyHelp(_(MOVE_FOCUS), _(MOVE_FOCUS_MEANING)))
    return found


def _key_words(display: str) -> str:
    """A key as a learner would name it: Enter, Esc, F1."""
    if display.lower().startswith("f") and display[1:].isdigit():
        return display.upper()
    if display in KEY_NAMES:
        return _(KEY_NAMES[display])
    return KEY_WORDS.get(display, display)


def _joined(keys: list[str]) -> str:
    """Keys for one row; a run of number keys is shown as a range (1-9)."""
    if len(keys) > 2 and all(key.isdigit() for key in keys):
        return f"{keys[0]}-{keys[-1]}"
    return _(" or ").join(dict.fromkeys(keys))


def _meaning(binding: Binding) -> str:
    action = binding.action.rpartition(".")[2]
    if action in WIDGET_ACTION_WORDS:
        return _(WIDGET_ACTION_WORDS[action])
    tooltip = _(binding.tooltip.strip()) if binding.tooltip.strip() else ""
    return f"{_(binding.description)}: {tooltip}" if tooltip else _(binding.description)
