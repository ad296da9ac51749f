"""Every module of the app stays under the guide's limit: small modules, split before 400 lines.

A module that grows past it is hard to read in one go and tends to mix jobs; this test names each
one that does, so it is split when it grows, not found long after.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "iop_course"
MOST_LINES = 400


def line_counts() -> dict[str, int]:
    """The number of lines of every Python module of the package, by path."""
    return {
        path.relative_to(PACKAGE.parent).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_every_module_of_the_package_is_counted() -> None:
    counts = line_counts()
    assert "iop_course/ui/app.py" in counts and "iop_course/store/progress_store.py" in counts
    assert len(counts) > 100


def test_no_module_is_over_400_lines() -> None:
    too_long = {path: lines for path, lines in line_counts().items() if lines > MOST_LINES}
    assert too_long == {}, f"split these modules (over {MOST_LINES} lines): {too_long}"
