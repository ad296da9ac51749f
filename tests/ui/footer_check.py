"""The footer as drawn, checked the same way on the learner's screens and present mode's."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.ui.conftest import screen_text, wait_until


async def footer_keys_shown_whole(app: App, pilot, where: str) -> tuple[Footer, list[FooterKey]]:
    """Wait for the screen's footer to fill in (a dialog's fills in after its first refresh; a
    busy machine takes longer), then check its line as drawn: every key shown is there whole
    (its key and its words), none runs past the edge, and Get help now is one of them.
    Returns the footer and the keys it shows."""
    footer = app.screen.query_one(Footer)
    await wait_until(
        pilot,
        lambda app: (
            any(key.display for key in footer.query_children(FooterKey))
            and screen_text(app).splitlines()[-1].strip() != ""
        ),
    )
    await pilot.pause()
    shown = [key for key in footer.query_children(FooterKey) if key.display]
    assert shown, where
    line = screen_text(app).splitlines()[-1]
    for key in shown:
        assert key.region.right <= footer.region.right, (where, key.description, line)
        words = f"{key.key_display or ''} {key.description}".strip()
        assert words in line, (where, words, line)
    actions = {key.action.rpartition(".")[2] for key in shown}
    assert "get_help" in actions, (where, line)
    return footer, shown
