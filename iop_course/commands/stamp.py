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
from iop_course.i18n import _
from iop_course.safe_text import shown_path


def run_stamp(files: list[Path]) -> int:
    """Stamp each file, one line each; 1 when any could not be stamped."""
    failed = False
    for path in files:
        shown = shown_path(path)
        if not is_pair(path.name) or not path.is_file():
            print(
                _("{path}: not a translation file: give files whose names end in .es.md.").format(
                    path=shown
                ),
                file=sys.stderr,
            )
            failed = True
            continue
        if not english_path(path).is_file():
            print(
                _("{path}: there is no English file {english} beside it.").format(
                    path=shown, english=shown_path(english_path(path))
                ),
                file=sys.stderr,
            )
            failed = True
            continue
        try:
            before, now = stamp(path)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            print(
                _("{path}: not stamped ({error}).").format(path=shown, error=error), file=sys.stderr
            )
            failed = True
            continue
        if before == now:
            print(_("{path}: translates sha256:{now} (already)").format(path=shown, now=now))
        elif before is None:
            print(_("{path}: translates sha256:{now} (was missing)").format(path=shown, now=now))
        else:
            print(
                _("{path}: translates sha256:{now} (was {before})").format(
                    path=shown, now=now, before=before
                )
            )
    return 1 if failed else 0
