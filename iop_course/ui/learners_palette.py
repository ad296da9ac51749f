"""The command palette and its theme picker, their words in the learner's language.

The palette's search line says "Buscar comandos…" to a Spanish learner; Textual's commands in it
are said in the learner's language by each app (``textual_commands``).

Textual's picker lists the themes by their names, which are also what the settings keep. A
Spanish learner reads "Proyector (claro)" and "Alto contraste (oscuro)" for the course's own
themes, and "nord (oscuro)" for Textual's ``*-dark`` ones; the names saved stay the themes' own.
In English the picker is Textual's, names and order alike. Every app of the course (learner,
present, notes) picks its theme here.
"""

from __future__ import annotations

from functools import partial

from textual.app import App
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider

from iop_course.i18n import ENGLISH, N_, _, active_language

# The course's own themes (ui/themes.py), named for the catalog.
OWN_THEMES = {
    "Projector (light)": N_("Projector (light)"),
    "High contrast (dark)": N_("High contrast (dark)"),
}
# Textual's themes end in -light or -dark (solarized-light); the rest are names (nord, dracula).
LIGHT_OR_DARK = {"-light": N_("{name} (light)"), "-dark": N_("{name} (dark)")}
PLACEHOLDER = N_("Search for themes…")


def shown_theme_name(name: str) -> str:
    """A theme's name as the learner reads it in the picker."""
    if active_language() == ENGLISH:
        return name
    if name in OWN_THEMES:
        return _(OWN_THEMES[name])
    for ending, words in LIGHT_OR_DARK.items():
        if name.endswith(ending):
            return _(words).format(name=name.removesuffix(ending))
    return name


class ThemesInLearnersWords(Provider):
    """The app's themes, each named in the learner's language; choosing one sets it."""

    def _themes(self) -> list[tuple[str, str]]:
        """(shown name, theme name), sorted by the shown name as Textual sorts its names."""
        return sorted((shown_theme_name(name), name) for name in self.app.available_themes)

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        """Every theme, before anything is typed."""
        for shown, name in self._themes():
            yield DiscoveryHit(shown, partial(self._choose, name))

    async def search(self, query: str) -> Hits:
        """The themes whose shown name matches what is typed."""
        matcher = self.matcher(query)
        for shown, name in self._themes():
            if (score := matcher.match(shown)) > 0:
                yield Hit(score, matcher.highlight(shown), partial(self._choose, name))


SEARCH_COMMANDS = N_("Search for commands…")


class LearnersPalette(App[None]):
    """Textual's command palette with its search line, and its "Theme" command with the themes,
    in the learner's language."""

    def action_command_palette(self) -> None:
        """Textual's command palette, its search line in the learner's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(CommandPalette(placeholder=_(SEARCH_COMMANDS), id="--command-palette"))

    def search_themes(self) -> None:
        """Show the themes in a command palette; choosing one changes the app's theme."""
        if active_language() == ENGLISH:
            super().search_themes()
            return
        self.push_screen(
            CommandPalette(providers=[ThemesInLearnersWords], placeholder=_(PLACEHOLDER))
        )
