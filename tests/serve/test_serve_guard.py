"""``iop-course serve`` only for its owner, in a real browser: a page or WebSocket request
without the run's token, or from a page of another site, gets 403 and nothing of the app; the
printed address (with its token) opens the course, and the page asks nothing of other hosts."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.serve.browser import HeadlessPage
from tests.serve.test_serve import chromium_or_skip, free_port, wait_for_port

PAGE_TIMEOUT_SECONDS = 90.0
TRY_SOCKET = """
new Promise((done) => {
  const socket = new WebSocket(%s);
  socket.onopen = () => { socket.close(); done("opened"); };
  socket.onerror = () => done("refused");
  setTimeout(() => done("timeout"), 15000);
})
"""


class OtherSite(BaseHTTPRequestHandler):
    """A page of another site (another port is another origin) that tries the course."""

    def do_GET(self) -> None:
        body = b"<!DOCTYPE html><title>other site</title><p>another site</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


async def evaluate(page: HeadlessPage, expression: str) -> object:
    result = await page.call(
        "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
    )
    return result.get("result", {}).get("value")


async def page_text(page: HeadlessPage) -> str:
    return str(await evaluate(page, "document.documentElement.outerHTML"))


async def test_only_the_printed_address_opens_the_course(tmp_path) -> None:
    chromium = chromium_or_skip()
    port, data = free_port(), tmp_path / "served-progress"
    server = subprocess.Popen(
        [sys.executable, "-m", "iop_course", "serve", "--port", str(port), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    other = ThreadingHTTPServer(("127.0.0.1", free_port()), OtherSite)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    page = HeadlessPage(chromium)
    try:
        wait_for_port(port, server)
        printed = server.stdout.readline()
        token = re.search(r"\?token=([A-Za-z0-9_-]+)", printed)[1]
        base = f"http://127.0.0.1:{port}"
        await page.start()

        await page.open(f"{base}/")
        await asyncio.sleep(2)
        text = await page_text(page)
        assert "403" in text and "terminal" not in text and "IOP Course" not in text

        await page.open(f"{base}/?token=wrong-{token}")
        await asyncio.sleep(2)
        assert "403" in await page_text(page)

        await page.open(f"http://127.0.0.1:{other.server_address[1]}/")
        await asyncio.sleep(1)
        for url in (f"ws://127.0.0.1:{port}/ws", f"ws://127.0.0.1:{port}/ws?token={token}"):
            outcome = await evaluate(page, TRY_SOCKET % repr(url))
            assert outcome == "refused", f"{url} from another site: {outcome}"

        await page.open(f"{base}/?token={token}")
        html = await page_text(page)
        assert "googleapis" not in html and "https://" not in html, "nothing from other hosts"
        deadline, shown = time.monotonic() + PAGE_TIMEOUT_SECONDS, ""
        while "IOP Course" not in shown:
            assert time.monotonic() < deadline, f"the course never showed:\n{shown}"
            await asyncio.sleep(0.25)
            shown = await page.screen_text()
        assert str(data) not in shown, "no data folder path on a served page"
        second = await evaluate(page, f"fetch({base + '/'!r}).then((r) => r.text())")
        assert "open in another window" in str(second), "a second window is told, in words"
    finally:
        await page.close()
        other.shutdown()
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
