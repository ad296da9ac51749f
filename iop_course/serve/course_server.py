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

from iop_course.i18n import N_, Words
from iop_course.serve.app_sessions import AppSessions

WORDS = Words(
    {
        "serving": N_("Serving {what} at {url}"),
        "stop": N_("Press Ctrl+C to stop. Stopping closes every browser window's course."),
        # Lines end in \r\n on the browser's terminal; the catalog keeps \n.
        "full": N_(
            "\n  {what} is already open in {count} browser windows here, the most this "
            "computer runs at once.\n\n  Close one of them, then reload this page.\n\n"
            "  (Whoever started it can allow more with: iop-course serve --max-sessions N)\n"
        ),
    }
)


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
        max_sessions: int,
    ) -> None:
        """``public_url`` is the address a browser uses (the page's websocket points there);
        at most ``max_sessions`` browser windows run an app at once."""
        super().__init__(
            sessions.launch_command(app_command),
            host=host,
            port=port,
            title=title,
            public_url=public_url,
        )
        self._sessions = sessions
        self._max_sessions = max_sessions
        self._connections: set[asyncio.Task[object]] = set()
        self._turned_away: set[asyncio.Task[object]] = set()

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
        """Serve one browser tab's app, remembered so shutdown can close its connection; a
        tab past the cap is told why instead, and no app starts for it."""
        task = asyncio.current_task()
        if len(self._connections) >= self._max_sessions:
            return await self._turn_away(request, task)
        if task is not None:
            self._connections.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            if task is not None:
                self._connections.discard(task)

    async def _turn_away(
        self, request: web.Request, task: asyncio.Task[object] | None
    ) -> web.WebSocketResponse:
        """Show the reason on the tab's terminal and keep it there until the tab closes (a
        closed connection would cover it with "Session ended")."""
        if task is not None:
            self._turned_away.add(task)
        websocket = web.WebSocketResponse(heartbeat=15)
        try:
            await websocket.prepare(request)
            words = (
                WORDS["full"]
                .replace("\n", "\r\n")
                .format(what=self.title, count=len(self._connections))
            )
            await websocket.send_bytes(words.encode("utf-8"))
            async for _ in websocket:  # the page's size and pings: nothing to run
                pass
        except asyncio.CancelledError:
            await websocket.close()
        finally:
            if task is not None:
                self._turned_away.discard(task)
        return websocket

    async def on_shutdown(self, app: web.Application) -> None:
        """End every app process group, then close the browser connections that served them
        (and those of tabs turned away)."""
        await asyncio.to_thread(self._sessions.end_all)
        for task in [*self._connections, *self._turned_away]:
            task.cancel()
