"""What a person sees when something goes wrong that the app did not expect.

The details go to a file in the data folder for whoever helps them; the screen gets plain words
and the crisis line, never a traceback.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from iop_course.store import ProgressStoreError
from iop_course.store.data_folder import create_private_folder, refuse_links_of_other_users
from iop_course.store.paths import resolve_data_dir

LOG_NAME = "error-log.txt"


def write_crash_log(error: BaseException, data_dir: Path | None) -> Path | None:
    """Append the error's details to the data folder's log; None when even that fails."""
    try:
        folder = resolve_data_dir(data_dir)
        refuse_links_of_other_users(folder)
        create_private_folder(folder)
        log = folder / LOG_NAME
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
        log.chmod(0o600)
        return log
    except (OSError, ProgressStoreError):
        return None


def crash_message(log: Path | None) -> str:
    """The words shown after an unexpected error; they promise nothing about progress, which
    may or may not have been saved, depending on what went wrong."""
    where = f" The details were saved in {log}." if log else ""
    return (
        "Sorry, IOP Course hit a problem it did not expect and had to close."
        f"{where}\n"
        "If you are in crisis, call or text 988. In an emergency, call 911."
    )


def report_crash(error: BaseException, data_dir: Path | None) -> int:
    """Save the details and tell the person in words; returns the exit code 1.

    The progress store's own errors already say what happened, where, and what to do, so
    they are shown as they are instead of as a surprise.
    """
    if isinstance(error, ProgressStoreError):
        print(error, file=sys.stderr)
        return 1
    print(crash_message(write_crash_log(error, data_dir)), file=sys.stderr)
    return 1
