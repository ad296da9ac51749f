"""``iop-course serve`` where there are no process groups (Windows): it says so and stops.

Runs everywhere: process groups are taken away here, as Windows has none.
"""

from __future__ import annotations

import os

from iop_course.cli import main
from iop_course.commands.serve import WORDS


def test_serve_without_process_groups_says_it_needs_linux_or_macos(monkeypatch, capsys):
    monkeypatch.delattr(os, "killpg", raising=False)
    monkeypatch.delattr(os, "setsid", raising=False)
    assert main(["serve"]) == 1
    said = capsys.readouterr()
    assert WORDS["needs_process_groups"] in said.err and "Linux and macOS" in said.err
    assert "Serving at" not in said.out + said.err  # it never started
