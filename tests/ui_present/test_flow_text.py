"""The presenter's notes keep a hanging indent in lists, at any width, as the slides do."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from iop_course.ui.present.flow_text import FlowText
from tests.ui.conftest import screen_text

PLAN = (
    "**Group plan (50 minutes)**\n\n"
    "- **Open (5 min):** Go over the group agreements: what is said here stays here; speak "
    "for yourself; no one has to share [you can pass].\n"
    "- **Teach (10 min):** The most common high-risk situations are hard feelings, conflict "
    "and social pressure.\n\n"
    "1. First a numbered step that is long enough to wrap onto a second line at most widths.\n"
)


class _OneText(App[None]):
    def compose(self) -> ComposeResult:
        yield FlowText(PLAN)


@pytest.mark.parametrize("width", [40, 60, 100])
async def test_a_wrapped_list_item_hangs_under_its_text_not_its_bullet(width):
    app = _OneText()
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        lines = [line.rstrip() for line in screen_text(app).splitlines() if line.strip()]
    assert lines[0] == "Group plan (50 minutes)"
    items = [index for index, line in enumerate(lines) if line.startswith(("• ", "1. "))]
    assert len(items) == 3
    for start, end in zip(items, [*items[1:], len(lines)], strict=True):
        hang = 2 if lines[start].startswith("• ") else 3
        assert end - start > 1 or width == 100, "the item did not wrap at this width"
        assert all(
            line.startswith(" " * hang) and not line[hang].isspace()
            for line in lines[start + 1 : end]
        )
    assert "[you can pass]" in " ".join(lines)  # brackets are text, never markup
