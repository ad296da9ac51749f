"""The store stands alone: no Textual import, and pending saves survive a plain exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXIT_WITHOUT_CLOSE_SCRIPT = """
import sys
from iop_course.store import ProgressStore
store = ProgressStore.open(sys.argv[1])
store.set_page("left-open", 6)
"""


def test_importing_store_does_not_import_textual() -> None:
    """The store is pure Python; pulling in Textual would tie it to the UI."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import iop_course.store, sys; "
            "assert not any(m.startswith('textual') for m in sys.modules)",
        ],
        check=True,
        timeout=60,
    )


def test_pending_save_reaches_disk_when_app_exits_without_close(tmp_path: Path) -> None:
    """An app that exits without close still saves what was queued."""
    data_dir = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-c", EXIT_WITHOUT_CLOSE_SCRIPT, str(data_dir)], check=True, timeout=60
    )
    on_disk = json.loads((data_dir / "progress.json").read_text("utf-8"))
    pages = {doc["lesson_id"]: doc["page"] for doc in on_disk["lessons"].values()}
    assert pages == {"left-open": 6}
