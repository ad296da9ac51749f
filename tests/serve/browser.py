"""Headless Chromium driven over the DevTools protocol, to read what a served page shows.

textual-serve draws the app's terminal with xterm.js on a canvas, so the words on screen are not
in the page's DOM (``--dump-dom`` shows only the loading box). Before the page's own script runs,
this installs a setter that keeps the page's xterm ``Terminal`` (textual.js stores it as
``this.terminal``) where a test can read its screen buffer: the very text a person sees.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/snap/bin/chromium")

KEEP_TERMINAL = """
(() => {
  Object.defineProperty(Object.prototype, "terminal", {
    configurable: true,
    get() { return undefined; },
    set(value) {
      Object.defineProperty(this, "terminal",
        {value, writable: true, configurable: true, enumerable: true});
      if (value && value.buffer) { window.__iopTerminal = value; }
    },
  });
  window.__iopScreenText = () => {
    const terminal = window.__iopTerminal;
    if (!terminal) { return ""; }
    const buffer = terminal.buffer.active;
    const rows = [];
    for (let row = 0; row < buffer.length; row++) {
      rows.push(buffer.getLine(row).translateToString(true));
    }
    return rows.join("\\n");
  };
})();
"""


def find_chromium() -> str | None:
    """The Chromium (or Chrome) program on this machine, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in CHROMIUM_PATHS if os.access(path, os.X_OK)), None)


class HeadlessPage:
    """One headless Chromium with one page; ``open`` a URL, then read its terminal's text."""

    def __init__(self, chromium: str) -> None:
        self._profile = Path(tempfile.mkdtemp(prefix="iop-chromium-"))
        self._process = subprocess.Popen(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--remote-debugging-port=0",
                f"--user-data-dir={self._profile}",
                "--window-size=1280,800",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._ids = itertools.count(1)
        self._session: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None

    async def start(self, timeout: float = 60.0) -> None:
        """Wait for Chromium's DevTools port and connect to its page."""
        port_file = self._profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.is_file() or not port_file.read_text().strip():
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("headless Chromium did not start")
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json(content_type=None)
        page = next(target for target in targets if target.get("type") == "page")
        self._socket = await self._session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)
        await self.call("Page.enable")
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=KEEP_TERMINAL)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one DevTools command and return its result (events in between are skipped)."""
        assert self._socket is not None
        number = next(self._ids)
        await self._socket.send_str(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads((await self._socket.receive()).data)
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def open(self, url: str) -> None:
        """Go to ``url``."""
        await self.call("Page.navigate", url=url)

    async def screen_text(self) -> str:
        """The text on the page's terminal now ("" until the page made its terminal)."""
        result = await self.call(
            "Runtime.evaluate",
            returnByValue=True,
            expression="window.__iopScreenText ? __iopScreenText() : ''",
        )
        return str(result.get("result", {}).get("value") or "")

    async def close(self) -> None:
        """Close the connection and end Chromium (its whole process group)."""
        if self._socket is not None:
            await self._socket.close()
        if self._session is not None:
            await self._session.close()
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)
