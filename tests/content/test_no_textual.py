"""The headless layers (content, store, export, present, review, progress) and the checker never
import Textual.

``iop-course check`` must stay quick and must work where no terminal UI can run, so this runs in
a fresh interpreter: a test process that already imported Textual would prove nothing. The
check goes through ``iop_course.cli.main``, the same path as the ``iop-course check`` command.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import contextlib, io, json, pkgutil, sys
import importlib
HEADLESS = ("iop_course.content", "iop_course.store", "iop_course.export", "iop_course.present",
            "iop_course.review", "iop_course.progress", "iop_course.learning", "iop_course.plain")
for package in map(importlib.import_module, HEADLESS):
    for module in pkgutil.iter_modules(package.__path__):
        __import__(f"{package.__name__}.{module.name}")
from iop_course.cli import main
from iop_course.content.checker import check_content
from iop_course.content.locate import builtin_content_dir
report = check_content(builtin_content_dir())
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["check"])
print(json.dumps({
    "textual": sorted(name for name in sys.modules if name.split(".")[0] == "textual"),
    "content": sorted(name for name in sys.modules if name.startswith("iop_course.content.")),
    "store": sorted(name for name in sys.modules if name.startswith("iop_course.store.")),
    "present": sorted(name for name in sys.modules if name.startswith("iop_course.present.")),
    "review": sorted(name for name in sys.modules if name.startswith("iop_course.review.")),
    "progress": sorted(name for name in sys.modules if name.startswith("iop_course.progress.")),
    "lessons": len(report.lessons),
    "code": code,
}))
"""


def test_content_store_and_checker_leave_textual_unimported(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["textual"] == []
    assert "iop_course.content.checker" in found["content"]
    assert "iop_course.content.quiz_session" in found["content"]
    assert "iop_course.store.progress_store" in found["store"]
    assert "iop_course.present.beacon" in found["present"]
    assert "iop_course.review.deck" in found["review"]
    assert "iop_course.progress.summary" in found["progress"]
    assert found["lessons"] > 0 and found["code"] == 0
