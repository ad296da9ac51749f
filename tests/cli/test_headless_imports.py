"""The headless layers and every headless command leave Textual and rich unloaded.

``iop-course check``, ``paths``, ``export``, ``forget`` and ``present --list`` must work where no
terminal UI can run, and stay quick, so each runs here in a fresh interpreter (a test process that
already imported Textual would prove nothing), through ``iop_course.cli.main`` as the command
does. ``--version`` and ``--help`` load nothing of the course, and ``present --list`` nothing of
the progress store: a facilitator's machine never reads a learner's file to list lessons.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iop_course.present.beacon import PRESENT_DIR_VARIABLE
from iop_course.present.settings import CONFIG_DIR_VARIABLE
from iop_course.store.paths import DATA_DIR_ENV_VAR

UI_PACKAGES = ("textual", "rich")
HEADLESS = (
    "iop_course.content",
    "iop_course.store",
    "iop_course.export",
    "iop_course.present",
    "iop_course.review",
    "iop_course.progress",
    "iop_course.learning",
    "iop_course.plain",
    "iop_course.files",
    "iop_course.i18n",
    "iop_course.crash",
    "iop_course.cli",
)
LESSON = "01-getting-started/01-how-iop-works"
# What holds or shows the course: --help and --version need none of it.
COURSE_PACKAGES = ("content", "store", "export", "present", "review", "progress", "ui", "serve")

IMPORT_EVERY_MODULE = """
import importlib, json, pkgutil, sys
for name in json.loads(sys.argv[1]):
    module = importlib.import_module(name)
    for found in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        importlib.import_module(found.name)
print(json.dumps({"modules": sorted(sys.modules)}))
"""

RUN_COMMAND = """
import contextlib, io, json, sys
from iop_course.cli import main
shown = io.StringIO()
with contextlib.redirect_stdout(shown), contextlib.redirect_stderr(shown):
    try:
        code = main(json.loads(sys.argv[1]))
    except SystemExit as done:
        code = done.code
print(json.dumps({"code": code, "shown": shown.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_fresh(script: str, argument: object, folder: Path) -> dict:
    """Run ``script`` in a new interpreter with its own folders; what it printed last, parsed."""
    env = {
        **os.environ,
        DATA_DIR_ENV_VAR: str(folder / "data"),
        PRESENT_DIR_VARIABLE: str(folder / "beacon"),
        CONFIG_DIR_VARIABLE: str(folder / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(argument)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def of_packages(modules: list[str], *packages: str) -> list[str]:
    """The modules loaded from any of ``packages`` (the packages themselves or below them)."""
    return [name for name in modules if name.split(".")[0] in packages or name in packages]


def test_every_module_of_the_headless_layers_leaves_textual_and_rich_unloaded(tmp_path):
    found = run_fresh(IMPORT_EVERY_MODULE, HEADLESS, tmp_path)
    assert of_packages(found["modules"], *UI_PACKAGES) == []
    walked = found["modules"]
    assert "iop_course.content.checker" in walked and "iop_course.store.progress_store" in walked
    assert "iop_course.files.durable_write" in walked and "iop_course.present.beacon" in walked


COMMANDS = {
    "check": ["check"],
    "paths": ["paths"],
    "export handout": ["export", "handout", LESSON, "-o", "handout.html", "--facilitator"],
    "export plan": ["export", "plan", "-o", "plan.html"],
    "forget": ["forget", "--yes"],
    "present --list": ["present", "--list"],
    "--version": ["--version"],
    "--help": ["--help"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_headless_command_leaves_textual_and_rich_unloaded(command, tmp_path):
    found = run_fresh(RUN_COMMAND, command, tmp_path)
    assert found["code"] == 0, found["shown"]
    assert of_packages(found["modules"], *UI_PACKAGES) == []


def test_present_list_loads_nothing_of_the_progress_store(tmp_path):
    found = run_fresh(RUN_COMMAND, ["present", "--list"], tmp_path)
    assert found["code"] == 0 and LESSON in found["shown"]
    assert [name for name in found["modules"] if name.startswith("iop_course.store")] == []
    assert of_packages(found["modules"], "tinydb") == []


@pytest.mark.parametrize("command", [["--version"], ["--help"], ["export", "plan", "--help"]])
def test_version_and_help_load_nothing_of_the_course(command, tmp_path):
    found = run_fresh(RUN_COMMAND, command, tmp_path)
    assert found["code"] == 0 and "iop-course" in found["shown"]
    course = [name for name in found["modules"] if name.split(".")[:2][-1] in COURSE_PACKAGES]
    assert course == [], course
