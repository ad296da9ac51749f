"""The built wheel carries the course: installed in a clean venv, ``iop-course check`` passes.

This is the check that the built-in lessons and quizzes really ship inside the package, and that
the installed command finds them without the source tree around: it runs from ``tmp_path``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None):
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _module_count() -> int:
    lessons = PROJECT / "lessons"
    return sum(1 for module in lessons.iterdir() if module.is_dir() and any(module.glob("*.md")))


@pytest.mark.slow
def test_the_installed_wheel_checks_the_built_in_course_from_outside_the_source_tree(tmp_path):
    dist = tmp_path / "dist"
    _run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(PROJECT)], cwd=PROJECT
    )
    wheel = next(dist.glob("iop_course-*.whl"))

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    # This interpreter's pip installs into the new venv (and fetches its dependencies): quicker
    # than bootstrapping a pip inside it.
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--disable-pip-version-check",
            "--quiet",
            str(wheel),
        ],
        cwd=tmp_path,
    )

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    command = str(scripts / "iop-course")
    checked = _run([command, "check"], cwd=tmp_path, env=env)
    summary = checked.stdout.splitlines()[-1]
    assert re.match(
        rf"Checked {_module_count()} modules, \d+ lessons and \d+ quiz questions"
        r"(?:, and \d+ translated files)?: "
        r"0 mistakes, \d+ warnings?\.$",
        summary,
    ), checked.stdout

    paths = _run([command, "paths", "--data-dir", str(tmp_path / "data")], cwd=tmp_path, env=env)
    site_packages = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            cwd=tmp_path,
            env=env,
        ).stdout.strip()
    )
    content = next(
        line.split(":", 1)[1].strip()
        for line in paths.stdout.splitlines()
        if line.startswith("Course content:")
    )
    assert Path(content).resolve().is_relative_to(site_packages.resolve()), paths.stdout
    assert (Path(content) / "lessons").is_dir() and (Path(content) / "quizzes").is_dir()
    assert not Path(content).resolve().is_relative_to(PROJECT)
    # The compiled Spanish catalog ships in the wheel: the installed command speaks Spanish.
    spanish = _run(
        [command, "paths", "--lang", "es", "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path,
        env=env,
    )
    assert "Archivo de progreso:" in spanish.stdout, spanish.stdout
