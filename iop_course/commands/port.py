"""The port ``iop-course serve`` listens on and how many apps it runs at once, read from the
command line.

Kept apart from ``serve`` so building the command-line parser (on every start of the course)
does not import the server's modules.
"""

from __future__ import annotations

DEFAULT_PORT = 8000
DEFAULT_SESSIONS = 8
"""Browser windows served at once: a room's projector and a few spares. Each runs an app
process (two in present mode); 200 tabs once made 400 processes and 7.9 GiB."""


def port_number(text: str) -> int:
    """A port from the command line: a whole number from 1 to 65535."""
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(text)
    return port


def session_count(text: str) -> int:
    """How many browser windows may each run an app at once: a whole number from 1 to 500."""
    count = int(text)
    if not 1 <= count <= 500:
        raise ValueError(text)
    return count
