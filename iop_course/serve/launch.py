"""Starts one served app in a process group of its own and records it, so the server can end it.

textual-serve runs its command through a shell for every browser tab. The command it is given
is this module: it makes a new session (so the app and anything it starts share one process
group that no terminal signal reaches by accident), writes its process id into the server's
private list, and then becomes the app itself (``exec``, same process id). Usage:

    python -m iop_course.serve.launch LIST_FOLDER -- PROGRAM [ARGUMENTS...]
"""

from __future__ import annotations

import os
import sys


def launch(argv: list[str]) -> int:
    """Record this process in ``argv[0]`` and replace it with the command after ``--``."""
    if len(argv) < 3 or argv[1] != "--":
        print(
            "usage: python -m iop_course.serve.launch LIST_FOLDER -- PROGRAM [ARGS...]",
            file=sys.stderr,
        )
        return 2
    folder, command = argv[0], argv[2:]
    os.setsid()  # run_serve refuses to start where there are no process groups
    record = os.path.join(folder, str(os.getpid()))
    with open(record, "x", encoding="ascii"):
        pass
    os.execv(command[0], command)
    return 1  # not reached: execv replaces this process or raises


if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
