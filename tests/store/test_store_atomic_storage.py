"""AtomicJSONStorage: state in memory, saves in the background, atomically, newest data last."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from iop_course.files import durable_write
from iop_course.store.atomic_storage import AtomicJSONStorage

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@pytest.fixture
def progress_path(tmp_path: Path) -> Path:
    """Where the storage under test keeps its file; the folder exists, the file does not."""
    return tmp_path / "progress.json"


@pytest.fixture
def storage(progress_path: Path) -> Iterator[AtomicJSONStorage]:
    """A storage on a fresh path, closed after the test so its writer thread stops."""
    opened = AtomicJSONStorage(progress_path, {})
    yield opened
    opened.close()


@pytest.fixture
def held_fsync(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Make every fsync wait until the returned event is set, i.e. a very slow disk."""
    release = threading.Event()
    real_fsync = os.fsync

    def slow_fsync(descriptor: int) -> None:
        assert release.wait(timeout=10), "test never released the disk"
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    yield release
    release.set()


def test_opening_does_not_create_the_file(storage: AtomicJSONStorage) -> None:
    """Nothing is written until something changes."""
    assert storage.read() == {}
    assert not storage.path.exists()


def test_read_is_the_live_state_without_a_copy(storage: AtomicJSONStorage) -> None:
    """Reads cost nothing: TinyDB works on the state itself (under ``lock``), not on a copy
    decoded from JSON at every call as before."""
    storage.write({"lessons": {"1": {"page": 1}}})
    assert storage.read() is storage.read()


def test_read_does_not_touch_disk_after_open(storage: AtomicJSONStorage) -> None:
    """Reads come from memory, which is what keeps the UI fast."""
    storage.write({"t": {"1": {"v": 1}}})
    storage.flush()
    storage.path.write_text('{"t": {"1": {"v": "changed behind our back"}}}')
    assert storage.read() == {"t": {"1": {"v": 1}}}


@posix_only
def test_close_leaves_valid_private_json_and_no_temp_files(
    storage: AtomicJSONStorage, temp_files_in: Callable[[Path], list[Path]]
) -> None:
    """After close the data is on disk, complete, private, and without clutter."""
    storage.write({"lessons": {"1": {"lesson_id": "intro", "page": 3}}})
    storage.close()
    assert json.loads(storage.path.read_text("utf-8")) == {
        "lessons": {"1": {"lesson_id": "intro", "page": 3}}
    }
    assert temp_files_in(storage.path.parent) == []
    assert stat.S_IMODE(storage.path.stat().st_mode) == 0o600


def test_write_returns_before_disk_io_and_flush_waits(
    storage: AtomicJSONStorage, held_fsync: threading.Event
) -> None:
    """A slow disk must not freeze the caller, while flush still waits for the save."""
    storage.write({"t": {"1": {"v": 1}}})
    assert storage.read() == {"t": {"1": {"v": 1}}}
    assert not storage.path.exists(), "the save should still be waiting for the disk"

    flushed = threading.Event()
    flusher = threading.Thread(target=lambda: (storage.flush(), flushed.set()))
    flusher.start()
    assert not flushed.wait(timeout=0.1), "flush returned while the disk was still busy"
    held_fsync.set()
    flusher.join(timeout=10)
    assert flushed.is_set()
    assert json.loads(storage.path.read_text("utf-8")) == {"t": {"1": {"v": 1}}}


def test_pending_writes_coalesce_and_newest_wins(
    storage: AtomicJSONStorage, held_fsync: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes queued behind a busy disk collapse, so only the newest snapshot is saved next."""
    saved: list[bytes] = []
    real_write = durable_write.write_file_atomically

    def counting_write(path: Path, data: bytes) -> None:
        saved.append(data)
        real_write(path, data)

    monkeypatch.setattr("iop_course.store.atomic_storage.write_file_atomically", counting_write)
    for value in range(50):
        storage.write({"t": {"1": {"v": value}}})
    held_fsync.set()
    storage.flush()
    assert json.loads(storage.path.read_text("utf-8")) == {"t": {"1": {"v": 49}}}
    assert 1 <= len(saved) <= 2, "writes queued behind a busy disk should collapse into one"
    assert json.loads(saved[-1]) == {"t": {"1": {"v": 49}}}


def test_many_quick_writes_end_with_newest_on_disk(storage: AtomicJSONStorage) -> None:
    """However fast the writes come, the last one is what ends up on disk."""
    for value in range(200):
        rows = {str(row): {"v": row} for row in range(value % 7 + 1)}
        storage.write({"rows": rows, "last": {"1": {"v": value}}})
    storage.close()
    on_disk = json.loads(storage.path.read_text("utf-8"))
    assert on_disk["last"] == {"1": {"v": 199}}
    assert len(on_disk["rows"]) == 199 % 7 + 1


@pytest.mark.parametrize("failing_call", ["replace", "fsync"])
def test_failed_save_keeps_old_file_and_reports_error(
    progress_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    temp_files_in: Callable[[Path], list[Path]],
    failing_call: str,
) -> None:
    """A crash mid-save keeps the old file, leaves no temp file, and is reported, not lost."""
    progress_path.write_text('{"t": {"1": {"v": "old"}}}', "utf-8")
    old_bytes = progress_path.read_bytes()
    reported: list[BaseException] = []
    opened = AtomicJSONStorage(progress_path, json.loads(old_bytes), reported.append)

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing_call, crash)
    opened.write({"t": {"1": {"v": "new"}}})
    opened.flush()

    assert isinstance(opened.last_write_error, OSError)
    assert reported == [opened.last_write_error]
    assert progress_path.read_bytes() == old_bytes
    assert temp_files_in(progress_path.parent) == []
    assert opened.read() == {"t": {"1": {"v": "new"}}}, "memory keeps the change for a retry"

    monkeypatch.undo()
    opened.write({"t": {"1": {"v": "newer"}}})
    opened.flush()
    assert opened.last_write_error is None
    assert json.loads(progress_path.read_text("utf-8")) == {"t": {"1": {"v": "newer"}}}
    opened.close()


def test_close_retries_a_failed_save(progress_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing writes after close, so close gives a failed save one more try."""
    opened = AtomicJSONStorage(progress_path, {})
    failures = iter([OSError("disk briefly unavailable")])
    real_replace = os.replace

    def fail_once(source: str, target: str) -> None:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", fail_once)
    opened.write({"t": {"1": {"v": 1}}})
    opened.flush()
    assert opened.last_write_error is not None
    opened.close()
    assert opened.last_write_error is None
    assert json.loads(progress_path.read_text("utf-8")) == {"t": {"1": {"v": 1}}}


def test_broken_error_callback_does_not_stop_saving(
    progress_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the app's error callback must not stop later saves."""

    def broken_callback(error: BaseException) -> None:
        raise RuntimeError("callback bug")

    def refuse_rename(*args: object) -> None:
        raise OSError("rename refused")

    opened = AtomicJSONStorage(progress_path, {}, on_write_error=broken_callback)
    monkeypatch.setattr(os, "replace", refuse_rename)
    opened.write({"t": {}})
    opened.flush()
    monkeypatch.undo()
    opened.write({"t": {"1": {"v": 2}}})
    opened.close()
    assert json.loads(progress_path.read_text("utf-8")) == {"t": {"1": {"v": 2}}}


def test_a_state_that_cannot_be_encoded_is_a_reported_write_error(
    progress_path: Path,
) -> None:
    """Encoding happens on the writer thread; if it fails, the learner hears of it like any
    failed save, and the old file stays."""
    reported: list[BaseException] = []
    opened = AtomicJSONStorage(progress_path, {}, on_write_error=reported.append)
    opened.write({"t": {"1": {"v": {1, 2}}}})
    opened.flush()
    assert isinstance(opened.last_write_error, TypeError)
    assert reported == [opened.last_write_error]
    assert not progress_path.exists()
    opened.write({"t": {}})
    opened.close()
    assert json.loads(progress_path.read_text("utf-8")) == {"t": {}}


def test_without_saving_nothing_is_ever_written(progress_path: Path) -> None:
    """A learner who chose to go on without saving keeps changes in memory only."""
    opened = AtomicJSONStorage(progress_path, {}, saving=False)
    opened.write({"t": {"1": {"v": 1}}})
    opened.flush()
    opened.close()
    assert opened.read() == {"t": {"1": {"v": 1}}}
    assert not progress_path.exists()
    assert (opened.changes_made, opened.changes_saved) == (1, 0)


def test_write_after_close_is_refused(storage: AtomicJSONStorage) -> None:
    """Writing after close would silently lose data, so it must fail loudly."""
    storage.close()
    with pytest.raises(RuntimeError):
        storage.write({})
