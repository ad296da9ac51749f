"""Benchmarks time the course as a learner runs it: installed, with its bytecode compiled.

``pipx install`` compiles every module to bytecode, and the bare apps' only code (Textual's) is
compiled in site-packages. A source checkout run with PYTHONDONTWRITEBYTECODE set (as on some
machines) would instead recompile the course's ~60 modules on every launch, which no installed
copy does, and the comparison would not be fair.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import iop_course


def compile_like_an_install() -> None:
    """Write the course's bytecode once, as pip does at install time."""
    compileall.compile_dir(Path(iop_course.__file__).parent, quiet=1)
