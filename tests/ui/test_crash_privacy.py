"""The error log never holds a learner's own words, even when a crash happens right beside them.

An error's message can quote any value, and a traceback with locals shows every variable, so a
crash while a worksheet answer or a setting is in memory could copy it into error-log.txt. The
log keeps only the kind of error and where it happened.
"""

from __future__ import annotations

import builtins
import errno

import pytest

from iop_course.crash import details_without_learner_text, write_crash_log
from iop_course.ui.screens.home import HomeScreen

SECRET = "I drink when I pass the bar on Fifth Street"
PLAN = "Call my sponsor Dana at 555-0142"


def fail_with_the_learners_words(answer: str) -> None:
    words_in_a_local = answer.upper()
    raise ValueError(f"could not keep {words_in_a_local!r} from {answer}")


def test_no_message_no_values_but_the_kind_and_the_place(tmp_path):
    try:
        try:
            fail_with_the_learners_words(SECRET)
        except ValueError as inner:
            raise KeyError(PLAN) from inner
    except KeyError as error:
        log = write_crash_log(error, tmp_path)
    text = log.read_text()
    assert SECRET not in text and SECRET.upper() not in text and PLAN not in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "in fail_with_the_learners_words" in text
    assert text.index("ValueError") < text.index("KeyError")  # the cause first, as Python does


def exception_group(message: str, members: list[Exception]) -> Exception:
    """A group of errors: Python's own from 3.11; on 3.10 (which has none) one of the same shape,
    as the exceptiongroup backport that libraries raise there: ``exceptions`` holds the members."""
    own = getattr(builtins, "ExceptionGroup", None)
    if own is not None:
        return own(message, members)
    group = Exception(message)
    group.exceptions = tuple(members)  # type: ignore[attr-defined]
    return group


def test_a_file_error_keeps_its_code_and_a_group_its_members():
    disk_full = OSError(errno.ENOSPC, "No space left", f"/home/me/{SECRET}.html")
    group = exception_group("several", [disk_full, ValueError(PLAN)])
    text = details_without_learner_text(group)
    assert "builtins.OSError [ENOSPC]" in text and "builtins.ValueError" in text
    assert SECRET not in text and PLAN not in text


async def test_a_crash_in_the_app_while_the_learners_words_are_in_memory(
    open_app, data_dir, monkeypatch
):
    app = open_app(welcome_seen=True)
    app.store.set_setting("plan", {"people": [PLAN], "reasons": SECRET})

    def broken(self: HomeScreen) -> None:
        held = app.store.get_setting("plan")
        raise RuntimeError(f"unexpected state {held!r}")

    monkeypatch.setattr(HomeScreen, "action_continue_course", broken)
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            await pilot.press("c")
            await pilot.pause()
    text = (data_dir / "error-log.txt").read_text()
    assert "builtins.RuntimeError" in text and "in broken" in text
    assert PLAN not in text and SECRET not in text and "555-0142" not in text
