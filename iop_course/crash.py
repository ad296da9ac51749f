"""What a person sees when something goes wrong that the app did not expect.

The details go to a file in the data folder for whoever helps them; the screen gets plain words
and the crisis line, never a traceback.

The details never hold a learner's own words. An error's message can quote any value (a setting,
an answer typed into a worksheet, a line of the recovery plan), so the log keeps only what kind
of error it was and where in the code it happened: the file, line, function and code line of
every frame, with no local variables and no message. For a failed file operation the error's
code (such as ENOSPC) is kept too, since it names a condition and never quotes anything.
"""

from __future__ import annotations

import errno
import sys
import traceback
from datetime import datetime
from pathlib import Path

from iop_course.i18n import _

NO_MESSAGE = "(its message is left out: it could hold your own words)"


def write_crash_log(error: BaseException, data_dir: Path | None) -> Path | None:
    """Append the error's details to the data folder's log; None when even that fails.

    The data folder's helpers are imported here, after the crash: present mode and the
    headless commands never load the progress store for a crash that does not happen.
    """
    from iop_course.store import ProgressStoreError
    from iop_course.store.data_folder import create_private_folder, refuse_links_of_other_users
    from iop_course.store.paths import ERROR_LOG_FILE_NAME, resolve_data_dir

    try:
        folder = resolve_data_dir(data_dir)
        refuse_links_of_other_users(folder)
        create_private_folder(folder)
        log = folder / ERROR_LOG_FILE_NAME
        details = details_without_learner_text(error)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
        log.chmod(0o600)
        return log
    except (OSError, ProgressStoreError):
        return None


def details_without_learner_text(error: BaseException) -> str:
    """Where ``error`` happened and what kind it was, with its causes first, as Python shows a
    chain; no message and no values."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(_one_error(link) for link in reversed(chain))


def _one_error(error: BaseException, indent: str = "") -> str:
    lines = [f"{indent}Traceback (most recent call last):"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f'{indent}  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"{indent}    {frame.line}")
    kind = type(error)
    code = getattr(error, "errno", None)
    named = (
        f" [{errno.errorcode[code]}]" if isinstance(code, int) and code in errno.errorcode else ""
    )
    lines.append(f"{indent}{kind.__module__}.{kind.__qualname__}{named} {NO_MESSAGE}")
    for inner in getattr(error, "exceptions", ()):
        if isinstance(inner, BaseException):
            lines.append(_one_error(inner, indent + "  "))
    return "\n".join(lines)


def crash_message(log: Path | None) -> str:
    """The words shown after an unexpected error; they promise nothing about progress, which
    may or may not have been saved, depending on what went wrong."""
    sorry = _("Sorry, IOP Course hit a problem it did not expect and had to close.")
    where = " " + _("The details were saved in {path}.").format(path=log) if log else ""
    crisis = _("If you are in crisis, call or text 988. In an emergency, call 911.")
    return f"{sorry}{where}\n{crisis}"


def report_crash(error: BaseException, data_dir: Path | None) -> int:
    """Save the details and tell the person in words; returns the exit code 1.

    The progress store's own errors already say what happened, where, and what to do, so
    they are shown as they are instead of as a surprise.
    """
    from iop_course.store import ProgressStoreError

    if isinstance(error, ProgressStoreError):
        print(error, file=sys.stderr)
        return 1
    print(crash_message(write_crash_log(error, data_dir)), file=sys.stderr)
    return 1
