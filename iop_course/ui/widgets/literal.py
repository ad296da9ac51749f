"""Text that is shown exactly as written, so ``[bold]`` in a lesson never turns into styling."""

from __future__ import annotations

from textual.content import Content


def literal(text: str, style: str = "") -> Content:
    """Plain text as Textual content, with no markup read from it."""
    return Content.assemble((text, style)) if style else Content(text)
