"""``iop-course stamp``: record in each given translation which English text it translates.

A translator runs it after bringing a translation up to date with its English: it writes
``translates: sha256:<12 hex>`` (the English file's hash now) as the last field of the
translation's front matter, so ``iop-course check`` stops warning that the English changed.
Run on a translation that is still behind, it would silence that warning: stamp only what you
have brought up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from iop_course.content.languages import english_path, is_pair
from iop_course.content.translates import stamp
from iop_course.safe_text import shown_path


def run_stamp(files: list[Path]) -> int:
    """Stamp each file, one line each; 1 when any could not be stamped."""
    failed = False
    for path in files:
        shown = shown_path(path)
        if not is_pair(path.name) or not path.is_file():
            print(
                f"{shown}: not a translation file: give files whose names end in .es.md.",
                file=sys.stderr,
            )
            failed = True
            continue
        if not english_path(path).is_file():
            print(
                f"{shown}: there is no English file {shown_path(english_path(path))} beside it.",
                file=sys.stderr,
            )
            failed = True
            continue
        try:
            before, now = stamp(path)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            print(f"{shown}: not stamped ({error}).", file=sys.stderr)
            failed = True
            continue
        if before == now:
            print(f"{shown}: translates sha256:{now} (already)")
        else:
            print(f"{shown}: translates sha256:{now} (was {before or 'missing'})")
    return 1 if failed else 0
