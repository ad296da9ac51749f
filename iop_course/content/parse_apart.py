"""Parsing a long lesson in a process of its own, so the app's own thread never shares its time.

The app opens a long lesson in a thread worker, but Python runs one thread at a time: while a
page of 50,000 list items was parsed beside it, everything the app drew took twice as long, Get
help now included (benchmarks/long_pages.py). A child Python process parses the body instead and
sends its pages back, pickled; the parent only ever unpickles what its own child wrote. If the
child cannot run (no interpreter to start, or it fails), the body is parsed here, as before.
``stopped`` is asked while the child works: when it says so (the learner went back, the app is
closing), the child is ended at once.
"""

from __future__ import annotations

import os
import pickle
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from iop_course.content import lesson_parser
from iop_course.content.lesson_parser import ParsedBody
from iop_course.content.source import SourceFile
from iop_course.i18n import active_language, set_language

POLL_SECONDS = 0.1  # how often ``stopped`` is asked while the child parses


class ParseStopped(Exception):
    """``stopped`` said so while the child was parsing: it was ended, nothing was parsed."""


def parse_body_apart(
    source: SourceFile, first_page_title: str, stopped: Callable[[], bool] = lambda: False
) -> ParsedBody:
    """``lesson_parser``'s parse of the body, done in a child process."""
    package_parent = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
    }
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", __name__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            # ``-m`` puts the child's current folder first on its path: started in the package's
            # own folder, the child cannot import another ``iop_course`` (or any module) from
            # wherever the learner started the app.
            cwd=package_parent,
        )
    except OSError:
        return lesson_parser._parse_body(source, first_page_title)
    assert child.stdin is not None and child.stdout is not None
    try:
        # One write, waited for outside the interpreter's lock (Popen.communicate would feed it
        # in 4 KB pieces from Python, taking turns with the app's own thread hundreds of times).
        child.stdin.write(pickle.dumps((source, first_page_title, active_language())))
        child.stdin.close()
        while not select.select([child.stdout], [], [], POLL_SECONDS)[0]:
            if stopped():
                raise ParseStopped
        output = child.stdout.read()
    except ParseStopped:
        child.kill()
        child.wait()
        raise
    except OSError:
        child.kill()
        output = b""
    child.wait()
    if child.returncode != 0 or not output:
        return lesson_parser._parse_body(source, first_page_title)
    try:
        parsed: ParsedBody = pickle.loads(output)  # written by our own child, of our own objects
    except Exception:  # one of them not rebuilt as pickled: the learner still gets the lesson
        return lesson_parser._parse_body(source, first_page_title)
    return parsed


def _parse_here() -> None:
    """The child's work: the body from stdin, its parse to stdout."""
    source, first_page_title, language = pickle.load(sys.stdin.buffer)
    set_language(language)
    sys.stdout.buffer.write(pickle.dumps(lesson_parser._parse_body(source, first_page_title)))


if __name__ == "__main__":
    _parse_here()
