"""``iop-course serve`` without a browser: what it runs, where it listens, what it warns."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iop_course.cli import main
from iop_course.commands.serve import public_url, served_command
from iop_course.serve.app_sessions import AppSessions

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")


def free_port() -> int:
    """A port nothing listens on now, so no test needs a fixed port (such as 8000) to be free."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def serving(monkeypatch) -> list[dict]:
    """Runs ``serve`` without listening: records what the server was made with."""
    from iop_course.serve.course_server import CourseServer

    made: list[dict] = []

    def record(server: CourseServer) -> None:
        made.append(
            {
                "host": server.host,
                "port": server.port,
                "url": server.public_url,
                "command": server.command,
                "title": server.title,
            }
        )

    monkeypatch.setattr(CourseServer, "serve", record)
    return made


def test_it_listens_on_this_computer_only_by_default(serving, capsys) -> None:
    port = free_port()
    assert main(["serve", "--port", str(port)]) == 0
    assert serving[0]["host"] == "127.0.0.1" and serving[0]["url"] == f"http://127.0.0.1:{port}"
    assert "Warning" not in capsys.readouterr().err


def test_another_host_warns_that_anyone_on_the_network_can_open_it(serving, capsys) -> None:
    assert main(["serve", "--host", "0.0.0.0", "--port", str(free_port())]) == 0
    err = capsys.readouterr().err
    assert "Anyone on that network" in err and "progress" in err
    assert serving[0]["host"] == "0.0.0.0" and not serving[0]["url"].startswith("http://0.0.0.0")


def test_present_serves_present_mode_with_no_progress_folder(serving, tmp_path) -> None:
    content = tmp_path / "course"
    content.mkdir()
    place = ["--content", str(content), "--data-dir", str(tmp_path / "data")]
    assert main(["serve", "--present", *place, "--port", str(free_port())]) == 0
    command = serving[0]["command"]
    assert command.endswith(f"-m iop_course present --content {content.resolve()}")
    assert "--data-dir" not in command and serving[0]["title"] == "IOP Course: present"


def test_the_course_is_served_with_its_content_and_data_folders(tmp_path) -> None:
    command = served_command(False, Path("course"), Path("data"))
    assert command[:3] == [sys.executable, "-m", "iop_course"]
    assert command[3:] == [
        "--content",
        str(Path("course").resolve()),
        "--data-dir",
        str(Path("data").resolve()),
    ]


def test_a_missing_content_folder_is_told(tmp_path, capsys) -> None:
    assert main(["serve", "--content", str(tmp_path / "nowhere")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_port_in_use_is_told_before_serving(serving, capsys) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 1
    out, err = capsys.readouterr()
    assert f"could not be served on 127.0.0.1 port {port}" in err and "Try another port" in err
    assert serving == [] and "Serving" not in out


def test_a_port_out_of_range_is_refused() -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--port", "70000"])


def test_ipv6_addresses_are_bracketed_in_the_url() -> None:
    assert public_url("::1", 8000) == "http://[::1]:8000"


def group_members(pgid: int) -> list[int]:
    """The processes in the process group ``pgid`` (from ``ps``)."""
    listing = subprocess.run(
        ["ps", "-eo", "pid=,pgid="], capture_output=True, text=True, check=True
    ).stdout
    return [int(pid) for pid, group in map(str.split, listing.splitlines()) if int(group) == pgid]


def test_ending_apps_ends_their_whole_group_even_one_that_ignores_sigterm(tmp_path) -> None:
    sessions = AppSessions()
    stubborn = (
        "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, "
        "signal.SIG_IGN); subprocess.Popen([sys.executable, '-c', "
        "'import time; time.sleep(60)']); time.sleep(60)"
    )
    shell = subprocess.Popen(sessions.launch_command([sys.executable, "-c", stubborn]), shell=True)
    try:
        deadline = time.monotonic() + 20
        while len(sessions.running()) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        [pid] = sessions.running()
        assert os.getpgid(pid) == pid != os.getpgid(0)  # a group of its own
        while len(group_members(pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # the app starts its child
        assert len(group_members(pid)) == 2
        assert sessions.end_all(grace=0.5) == [pid]  # SIGTERM ignored: killed after the grace
        shell.wait(timeout=10)
        assert sessions.running() == []  # the app and the child it started: none left
    finally:
        if shell.poll() is None:
            shell.kill()
        sessions.close()
    assert not sessions.folder.exists()


def test_a_served_app_runs_the_installed_code_not_a_package_in_the_current_folder(
    tmp_path,
) -> None:
    """``python -m`` puts the current folder first on the path: a tab's app, started wherever
    ``serve`` was run, must not import an ``iop_course`` (or anything else) found there."""
    import iop_course

    planted = tmp_path / "iop_course"
    (planted / "serve").mkdir(parents=True)
    (planted / "__init__.py").write_text("print('PLANTED')\n", encoding="utf-8")
    (planted / "serve" / "__init__.py").write_text("", encoding="utf-8")
    (planted / "serve" / "launch.py").write_text("print('PLANTED LAUNCH')\n", encoding="utf-8")
    sessions = AppSessions()
    shows_its_package = "import iop_course; print(iop_course.__file__)"
    command = sessions.launch_command([sys.executable, "-c", shows_its_package])
    ran = subprocess.run(
        command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    try:
        assert "PLANTED" not in ran.stdout
        assert ran.stdout.strip() == iop_course.__file__
    finally:
        sessions.end_all(grace=0.5)
