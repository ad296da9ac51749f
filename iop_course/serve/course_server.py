"""textual-serve's server, made to end every app it started when it stops.

textual-serve starts one app process per browser tab and, when the server is killed, leaves
them running (with a learner's progress store locked). This server launches each app through
``launch`` so it is recorded in ``AppSessions``, and on shutdown (Ctrl+C, SIGTERM or a closed
terminal's SIGHUP) it ends them all and closes the browser connections at once, instead of
waiting for aiohttp's minute-long shutdown timeout on connections that stay open.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Sequence
from contextlib import suppress

from aiohttp import web
from textual_serve.server import Server

from iop_course.serve.app_sessions import AppSessions

WORDS = {
    "serving": "Serving {what} at {url}",
    "stop": "Press Ctrl+C to stop. Stopping closes every browser window's course.",
}


class CourseServer(Server):
    """Serves ``app_command`` (one process per browser tab) and ends those processes on exit."""

    def __init__(
        self,
        app_command: Sequence[str],
        sessions: AppSessions,
        *,
        host: str,
        port: int,
        public_url: str,
        title: str,
    ) -> None:
        """``public_url`` is the address a browser uses (the page's websocket points there)."""
        super().__init__(
            sessions.launch_command(app_command),
            host=host,
            port=port,
            title=title,
            public_url=public_url,
        )
        self._sessions = sessions
        self._connections: set[asyncio.Task[object]] = set()

    def initialize_logging(self) -> None:
        """Only problems reach the terminal: a line per web request means nothing to a
        facilitator and buries the address to open."""
        super().initialize_logging()
        logging.getLogger().setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        """Say where the course is served, and stop cleanly on SIGHUP too."""
        with suppress(NotImplementedError, AttributeError, RuntimeError):
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.request_exit)
        self.console.print(
            WORDS["serving"].format(what=self.title, url=self.public_url),
            highlight=False,
            markup=False,
        )
        self.console.print(WORDS["stop"], highlight=False, markup=False)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one browser tab's app, remembered so shutdown can close its connection."""
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            if task is not None:
                self._connections.discard(task)

    async def on_shutdown(self, app: web.Application) -> None:
        """End every app process group, then close the browser connections that served them."""
        await asyncio.to_thread(self._sessions.end_all)
        for task in list(self._connections):
            task.cancel()
