"""The port ``iop-course serve`` listens on, read from the command line.

Kept apart from ``serve`` so building the command-line parser (on every start of the course)
does not import the server's modules.
"""

from __future__ import annotations

DEFAULT_PORT = 8000


def port_number(text: str) -> int:
    """A port from the command line: a whole number from 1 to 65535."""
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(text)
    return port
