"""``iop-course serve`` runs at most ``--max-sessions`` apps: a tab past the cap is told why on
its terminal and starts no process; closing a tab makes room again. (Each tab opens the printed
address, token and all, from the server's own site.)"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import aiohttp
import pytest

from tests.serve.test_serve import free_port, processes_naming, wait_for_port
from tests.ui.conftest import FIXTURE_COURSE

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
SEE_WITHIN_SECONDS = 60.0


async def _first_words(socket: aiohttp.ClientWebSocketResponse, wanted: str = "") -> str:
    """What the tab's terminal receives until ``wanted`` shows (or any bytes, if "")."""
    seen, deadline = "", time.monotonic() + SEE_WITHIN_SECONDS
    while time.monotonic() < deadline:
        try:
            message = await socket.receive(timeout=1.0)
        except asyncio.TimeoutError:
            continue
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += message.data.decode("utf-8", "replace")
            if wanted in seen:
                return seen
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
            break
    return seen


def _sessions(content) -> list[str]:
    return [line for line in processes_naming(str(content)) if "iop_course.serve.launch" in line]


async def test_a_tab_past_the_cap_is_told_and_starts_no_app(tmp_path) -> None:
    content = tmp_path / "capped-course"
    shutil.copytree(FIXTURE_COURSE, content)
    port = free_port()
    env = {
        **os.environ,
        "IOP_COURSE_PRESENT_DIR": str(tmp_path / "beacon"),
        "IOP_COURSE_PRESENT_CONFIG_DIR": str(tmp_path / "config"),
    }
    command = [sys.executable, "-m", "iop_course", "serve", "--present", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--content", str(content), "--max-sessions", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_port(port, server)
        token = re.search(r"\?token=([A-Za-z0-9_-]+)", server.stdout.readline())[1]
        url = f"{base}/ws?width=80&height=24&token={token}"
        async with aiohttp.ClientSession(headers={"Origin": base}) as client:
            first = await client.ws_connect(url)
            second = await client.ws_connect(url)
            assert await _first_words(first) and await _first_words(second)
            third = await client.ws_connect(url)
            told = await _first_words(third, "reload this page")
            assert "already open in 2 browser windows" in told and "--max-sessions" in told
            await asyncio.sleep(1.0)
            assert len(_sessions(content)) == 2
            await first.close()
            deadline = time.monotonic() + SEE_WITHIN_SECONDS
            while len(_sessions(content)) > 1 and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
            fourth = await client.ws_connect(url)
            assert "already open" not in await _first_words(fourth)
            assert len(_sessions(content)) == 2
            for socket in (second, third, fourth):
                await socket.close()
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
        assert server.returncode == 0, output
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        for line in processes_naming(str(content)):
            os.kill(int(line.split()[0]), signal.SIGKILL)


def test_the_cap_is_a_whole_number_from_1(capsys) -> None:
    from iop_course.cli import main

    with pytest.raises(SystemExit):
        main(["serve", "--max-sessions", "0"])
    assert "--max-sessions" in capsys.readouterr().err
