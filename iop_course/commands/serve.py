"""``iop-course serve``: the course (or present mode) in a web browser, via textual-serve.

For a room that has only a browser. It listens on this computer only (127.0.0.1) unless
``--host`` says otherwise, and then it warns that anyone on that network can open the course.
Stopping it (Ctrl+C or SIGTERM) ends every app process it started. textual-serve is imported
only here, so the rest of the command line stays quick.

Each browser window's app runs in a process group of its own, so that stopping the server ends
every process an app started; Windows has no process groups, so there ``serve`` says plainly that
it needs Linux or macOS instead of leaving apps running.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from pathlib import Path

from iop_course.commands.port import DEFAULT_SESSIONS
from iop_course.i18n import N_, Words

LOCAL_HOST = "127.0.0.1"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})
WORDS = Words(
    {
        "course": N_("IOP Course"),
        "present": N_("IOP Course: present"),
        "open_warning": N_(
            "Warning: serving on {host}, not only on this computer. Anyone on that network who "
            "can reach this computer can open {what} in a browser at {url}{progress}. Use --host "
            "only on a network you trust, and stop the server (Ctrl+C) when the group ends."
        ),
        "progress_note": N_(", including the progress kept in the data folder"),
        "no_textual_serve": N_(
            "Serving in a browser needs the textual-serve package, which is not "
            "installed: {error}. Install it with: pip install textual-serve"
        ),
        "no_content": N_("The content folder {root} does not exist."),
        "needs_process_groups": N_(
            "Serving in a browser works on Linux and macOS only: it needs "
            "process groups, which Windows does not have, to close every window's course when it "
            "stops. On Windows, run iop-course (or iop-course present) in a terminal instead."
        ),
        "cannot_listen": N_(
            "The course could not be served on {host} port {port}: {reason}. "
            "Try another port with --port."
        ),
    }
)


def served_command(present: bool, content: Path | None, data_dir: Path | None) -> list[str]:
    """The command each browser tab runs: ``iop-course`` (or ``iop-course present``).

    Paths are made absolute, since the app may start in another folder. Present mode never
    opens a learner's progress, so it is given no data folder.
    """
    command = [sys.executable, "-m", "iop_course"]
    if present:
        command.append("present")
        if content is not None:
            command += ["--content", str(content.resolve())]
        return command
    if content is not None:
        command += ["--content", str(content.resolve())]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir.resolve())]
    return command


def public_url(host: str, port: int) -> str:
    """The address a browser opens; for "every network" hosts, this computer's own address."""
    shown = _own_address() if host in WILDCARD_HOSTS else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def run_serve(
    port: int,
    host: str | None,
    present: bool,
    content: Path | None,
    data_dir: Path | None,
    max_sessions: int = DEFAULT_SESSIONS,
) -> int:
    """Serve until stopped, at most ``max_sessions`` browser windows running an app at once;
    0 after a clean stop, 1 with a reason when it cannot serve."""
    if not has_process_groups():
        print(WORDS["needs_process_groups"], file=sys.stderr)
        return 1
    host = LOCAL_HOST if host is None else host
    if content is not None and not content.is_dir():
        print(WORDS["no_content"].format(root=content), file=sys.stderr)
        return 1
    try:
        from iop_course.serve.course_server import CourseServer
    except ImportError as error:
        print(WORDS["no_textual_serve"].format(error=error), file=sys.stderr)
        return 1
    from iop_course.serve.app_sessions import AppSessions

    busy = _cannot_listen(host, port)
    if busy:
        print(WORDS["cannot_listen"].format(host=host, port=port, reason=busy), file=sys.stderr)
        return 1
    what = WORDS["present" if present else "course"]
    url = public_url(host, port)
    if host not in LOOPBACK_NAMES:
        print(
            WORDS["open_warning"].format(
                host=host, what=what, url=url, progress="" if present else WORDS["progress_note"]
            ),
            file=sys.stderr,
        )
    sessions = AppSessions()
    try:
        CourseServer(
            served_command(present, content, data_dir),
            sessions,
            host=host,
            port=port,
            public_url=url,
            title=what,
            max_sessions=max_sessions,
            token=secrets.token_urlsafe(24),
            origins=allowed_origins(host, port, url),
            one_at_a_time=not present,
        ).serve()
    except OSError as error:
        print(
            WORDS["cannot_listen"].format(host=host, port=port, reason=error.strerror or error),
            file=sys.stderr,
        )
        return 1
    finally:
        sessions.close()
    return 0


def has_process_groups() -> bool:
    """True where an app and everything it starts can be stopped together (not on Windows)."""
    return hasattr(os, "setsid") and hasattr(os, "killpg")


def allowed_origins(host: str, port: int, url: str) -> frozenset[str]:
    """The sites a served page may be from: its own address, and this computer's names for
    itself when it listens here (a browser may be pointed at localhost or 127.0.0.1)."""
    origins = {url.rstrip("/")}
    if host in LOOPBACK_NAMES or host in WILDCARD_HOSTS:
        origins |= {f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://[::1]:{port}"}
    if host not in WILDCARD_HOSTS:
        origins.add(f"http://{f'[{host}]' if ':' in host else host}:{port}")
    return frozenset(origins)


def _cannot_listen(host: str, port: int) -> str:
    """Why nothing can listen on ``host``:``port`` (such as a port in use), or "" if it can.

    Checked before serving so that a busy port is told before any "Serving at" line.
    """
    try:
        infos = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        return str(error.strerror or error)
    return ""


def _own_address() -> str:
    """This computer's address on its main network (no packet is sent), else its name."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: only picks the outgoing interface
            return str(probe.getsockname()[0])
        except OSError:
            return socket.gethostname()
