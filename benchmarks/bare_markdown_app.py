"""The yardstick for start-up: a bare Textual app that shows one Markdown widget."""

from textual.app import App, ComposeResult
from textual.widgets import Markdown


class BareMarkdownApp(App[None]):
    """Nothing but one Markdown widget."""

    def compose(self) -> ComposeResult:
        """One short Markdown document."""
        yield Markdown("# Bare app\n\nOne Markdown widget, nothing else.")


if __name__ == "__main__":
    BareMarkdownApp().run()
