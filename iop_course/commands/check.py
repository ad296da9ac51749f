"""``iop-course check``: report every mistake in a content folder, one per line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from iop_course.content.checker import check_content
from iop_course.content.locate import builtin_content_dir
from iop_course.i18n import _
from iop_course.safe_text import shown_path


def run_check(folder: Path | None) -> int:
    """Print each problem as ``path:line: message`` and a summary; 1 when there is an error."""
    root = folder if folder is not None else builtin_content_dir()
    if root.is_file():
        print(
            _(
                "{path}: this is a file, not a folder: give the folder that holds lessons/ "
                "and quizzes/."
            ).format(path=shown_path(root)),
            file=sys.stderr,
        )
        return 1
    if not root.is_dir():
        print(_("{path}: there is no such folder.").format(path=shown_path(root)), file=sys.stderr)
        return 1
    report = check_content(root)
    try:
        for problem in report.problems:
            print(problem)
        print(report.summary())
        sys.stdout.flush()
    except BrokenPipeError:  # 'iop-course check | head': the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if report.errors else 0
