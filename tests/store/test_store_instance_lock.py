"""Only one window at a time may open a progress folder, across threads and processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.store import ProgressStore, StoreLocked
from iop_course.store.instance_lock import InstanceLock

StoreOpener = Callable[..., ProgressStore]

FRIENDLY_MESSAGE = (
    "IOP Course is already open in another window. Close it there first, then try again."
)

HOLD_STORE_SCRIPT = """
import sys
from iop_course.store import ProgressStore
with ProgressStore.open(sys.argv[1]) as store:
    store.set_page("opened-by-child", 4)
    print("ready", flush=True)
    sys.stdin.readline()
"""


def test_second_store_in_same_process_is_refused_until_first_closes(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """Two stores on one folder would overwrite each other; the second gets a friendly refusal."""
    first = open_store()
    with pytest.raises(StoreLocked) as caught:
        ProgressStore.open(data_dir)
    assert str(caught.value) == FRIENDLY_MESSAGE
    assert caught.value.data_dir == data_dir
    first.close()
    second = open_store()
    assert second.lesson_progress("anything").page == 0


def test_instance_lock_as_context_manager(tmp_path: Path) -> None:
    """The lock can be held with ``with`` and released more than once without error."""
    with InstanceLock(tmp_path) as held:
        assert held.is_held
        with pytest.raises(StoreLocked):
            InstanceLock(tmp_path).acquire()
    assert not held.is_held
    again = InstanceLock(tmp_path)
    again.acquire()
    again.release()
    again.release()


def _start_child_holding_store(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE_SCRIPT, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_store_held_by_another_process_is_refused(data_dir: Path, open_store: StoreOpener) -> None:
    """A second app window (another process) is refused until the first closes."""
    child = _start_child_holding_store(data_dir)
    try:
        with pytest.raises(StoreLocked, match="already open in another window"):
            ProgressStore.open(data_dir)
        child.communicate(input="close\n", timeout=15)
    finally:
        child.kill()
        child.wait(timeout=15)
    assert child.returncode == 0
    store = open_store()
    assert store.lesson_progress("opened-by-child").page == 4


def test_lock_of_a_crashed_process_does_not_keep_learner_out(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """A crashed window must never lock the learner out of their progress."""
    child = _start_child_holding_store(data_dir)
    child.kill()
    child.communicate(timeout=15)
    store = open_store()
    assert store.lesson_progress("opened-by-child").page in (0, 4)


def test_deleting_the_lock_file_lets_no_second_copy_in(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """A second copy used to create a new progress.lock, lock it and get in; the last writer
    then won. The folder itself is locked too, and it cannot be swapped while in use."""
    open_store()
    (data_dir / "progress.lock").unlink()
    with pytest.raises(StoreLocked):
        ProgressStore.open(data_dir)


def test_deleting_the_lock_file_lets_no_other_process_in(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """The same across processes, as two windows would be."""
    child = _start_child_holding_store(data_dir)
    try:
        (data_dir / "progress.lock").unlink()
        with pytest.raises(StoreLocked):
            ProgressStore.open(data_dir)
        child.communicate(input="close\n", timeout=15)
    finally:
        child.kill()
        child.wait(timeout=15)
    assert open_store().lesson_progress("opened-by-child").page == 4
