"""``iop-course serve`` in a real browser: the course appears, and stopping ends every app.

The end-to-end test starts the command on a free port, opens it in headless Chromium, waits for
the course on the page's terminal, stops the server with SIGTERM while the browser is still
connected, checks that it stopped promptly, and then looks with ``ps`` for any process of
that run. Chromium comes from Debian's ``chromium`` package; outside
CI the test is skipped when it cannot be found, in CI (``CI`` set) that is a failure.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.serve.browser import HeadlessPage, find_chromium

COURSE_TITLE = "IOP Course"
PAGE_TIMEOUT_SECONDS = 90.0
STOP_WITHIN_SECONDS = 10.0


def chromium_or_skip() -> str:
    """Chromium's path; a skip with the reason outside CI, a failure in CI."""
    chromium = find_chromium()
    if chromium is not None:
        return chromium
    if os.environ.get("CI"):
        pytest.fail(
            "CI is set but Chromium is missing: .ci/run installs Debian's 'chromium' "
            "package with apt-get; install it (or Chrome) so the serve test can run."
        )
    pytest.skip(
        "Chromium was not found (chromium, chromium-browser or google-chrome): "
        "install Debian's 'chromium' package to run the browser test of iop-course serve."
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def processes_naming(marker: str) -> list[str]:
    """``ps`` lines (pid and command) of every process whose command line names ``marker``."""
    listing = subprocess.run(
        ["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True, check=True
    ).stdout
    return [
        line.strip()
        for line in listing.splitlines()
        if marker in line and int(line.split()[0]) != os.getpid()
    ]


def wait_for_port(port: int, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stdout.read() if server.stdout else "server ended"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listened on port {port} after {timeout} s")


async def test_serve_shows_the_course_in_chromium_and_stopping_ends_every_app(tmp_path) -> None:
    chromium = chromium_or_skip()
    port, data = free_port(), tmp_path / "served-progress"
    server = subprocess.Popen(
        [sys.executable, "-m", "iop_course", "serve", "--port", str(port), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    page = HeadlessPage(chromium)
    try:
        wait_for_port(port, server)
        printed = server.stdout.readline()  # "Serving IOP Course at http://...?token=..."
        address = printed.split(" at ", 1)[1].strip()
        assert "?token=" in address, printed
        await page.start()
        await page.open(address)
        deadline, text = time.monotonic() + PAGE_TIMEOUT_SECONDS, ""
        while COURSE_TITLE not in text:
            assert time.monotonic() < deadline, f"no {COURSE_TITLE!r} on the page:\n{text}"
            await asyncio.sleep(0.25)
            text = await page.screen_text()
        apps = [line for line in processes_naming(str(data)) if "-m iop_course --data-dir" in line]
        assert apps, processes_naming(str(data))  # the check below can see a running app
        stopping = time.monotonic()
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
        assert server.returncode == 0, output
        # Plain textual-serve waits here for the open browser connection to time out.
        assert time.monotonic() - stopping < STOP_WITHIN_SECONDS, output
        left, deadline = processes_naming(str(data)), time.monotonic() + 2
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = processes_naming(str(data))
        assert left == [], f"still running after the server stopped: {left}"
    finally:
        await page.close()
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        for line in processes_naming(str(data)):
            os.kill(int(line.split()[0]), signal.SIGKILL)
