"""textual-serve's server, made to end every app it started when it stops.

textual-serve starts one app process per browser tab and, when the server is killed, leaves
them running (with a learner's progress store locked). This server launches each app through
``launch`` so it is recorded in ``AppSessions``, and on shutdown (Ctrl+C, SIGTERM or a closed
terminal's SIGHUP) it ends them all and closes the browser connections at once, instead of
waiting for aiohttp's minute-long shutdown timeout on connections that stay open.

Only its owner can open it (as Jupyter does): every request needs the secret token of this run,
given in the printed address (``?token=``) and then kept by the browser in a cookie only this
site gets, and a request whose Origin is another site gets 403 and nothing of the app. (Before,
any web page open in the same browser could drive the learner's course, worksheets included,
through the WebSocket.) The page is served from a template of our own that loads nothing from
other hosts. A second window on a learner's own course (one progress store, one app at a time)
is told in the browser that the course is open elsewhere.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import logging
import signal
from collections.abc import Awaitable, Callable, Sequence
from contextlib import suppress
from pathlib import Path

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
        "secret": N_(
            "Open that whole address: its token is the key. Give it only to people who may "
            "open this course."
        ),
        "forbidden": N_(
            "403: this page needs the whole address that 'iop-course serve' printed, with its "
            "token, opened in a browser on that address."
        ),
        "busy_heading": N_("The course is open in another window"),
        "busy_text": N_(
            "IOP Course is already open in another browser window or tab. Close it there "
            "first, then reload this page."
        ),
    }
)
TEMPLATES = Path(__file__).resolve().parent / "templates"
CLOSE_REASON_BYTES = 123  # the most a WebSocket close frame's reason may hold
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


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
        token: str,
        origins: frozenset[str],
        one_at_a_time: bool,
    ) -> None:
        """``public_url`` is the address a browser uses (the page's websocket points there);
        at most ``max_sessions`` browser windows run an app at once; ``token`` is the secret
        every request needs; ``origins`` the sites a page may be from; ``one_at_a_time`` that a
        second window must be told the course is open elsewhere (a learner's one progress
        store)."""
        super().__init__(
            sessions.launch_command(app_command),
            host=host,
            port=port,
            title=title,
            public_url=public_url,
            templates_path=TEMPLATES,
        )
        self._sessions = sessions
        self._max_sessions = max_sessions
        self._connections: set[asyncio.Task[object]] = set()
        self._turned_away: set[asyncio.Task[object]] = set()
        self._token = token
        self._origins = origins
        self._cookie = f"iop_course_token_{port}"
        self._one_at_a_time = one_at_a_time

    async def _make_app(self) -> web.Application:
        """textual-serve's routes, behind the token and Origin guard."""
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """403 and nothing else without this run's token, or from a page of another site."""
        origin = request.headers.get("Origin")
        by_query = hmac.compare_digest(request.query.get("token", ""), self._token)
        by_cookie = hmac.compare_digest(request.cookies.get(self._cookie, ""), self._token)
        foreign = origin is not None and origin not in self._origins
        if foreign or not (by_query or by_cookie) or (request.path == "/ws" and origin is None):
            return web.Response(status=403, text=WORDS["forbidden"])
        response = await handler(request)
        if by_query and isinstance(response, web.Response):
            response.set_cookie(
                self._cookie, self._token, httponly=True, samesite="Strict", path="/"
            )
        return response

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, or (for a learner's course already open) a page that says so."""
        if self._one_at_a_time and self._sessions.running():
            return self._message(WORDS["busy_heading"], WORDS["busy_text"], status=409)
        return await super().handle_index(request)

    def _message(self, heading: str, text: str, status: int) -> web.Response:
        page = (TEMPLATES / "message.html").read_text(encoding="utf-8")
        return web.Response(
            status=status,
            content_type="text/html",
            text=page.format(
                title=html.escape(self.title), heading=html.escape(heading), text=html.escape(text)
            ),
        )

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
            WORDS["serving"].format(what=self.title, url=f"{self.public_url}/?token={self._token}"),
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
        self.console.print(WORDS["secret"], highlight=False, markup=False)
        self.console.print(WORDS["stop"], highlight=False, markup=False)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Serve one browser tab's app, remembered so shutdown can close its connection; a
        tab past the cap is told why instead, and no app starts for it, and a second tab on a
        learner's own course is closed with the reason (its page already said so)."""
        if self._one_at_a_time and self._sessions.running():
            refused = web.WebSocketResponse()
            await refused.prepare(request)
            reason = WORDS["busy_text"].encode("utf-8")[:CLOSE_REASON_BYTES]
            await refused.close(message=reason.decode("utf-8", "ignore").encode("utf-8"))
            return refused
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
