"""ProgressStore as a whole: settings, learners, persistence, privacy, crashes and threads."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.store import ProgressStore

StoreOpener = Callable[..., ProgressStore]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


def test_settings(open_store: StoreOpener) -> None:
    """Settings such as theme and welcome_seen are remembered and overwritten."""
    store = open_store()
    assert store.get_setting("theme") is None
    assert store.get_setting("theme", "light") == "light"
    store.set_setting("theme", "dark")
    store.set_setting("welcome_seen", True)
    store.set_setting("theme", "high-contrast")
    assert store.get_setting("theme") == "high-contrast"
    assert store.get_setting("welcome_seen") is True


def test_setting_that_is_not_json_is_refused_without_change(open_store: StoreOpener) -> None:
    """A value that cannot be saved fails at once and keeps the old one."""
    store = open_store()
    store.set_setting("theme", "dark")
    with pytest.raises(TypeError):
        store.set_setting("theme", {"not", "json"})
    assert store.get_setting("theme") == "dark"


def test_everything_persists_after_reopen(open_store: StoreOpener) -> None:
    """Closing and reopening the app gives back exactly the same progress."""
    store = open_store()
    store.set_page("a", 4)
    store.mark_lesson_done("b")
    store.set_in_quiz("c")
    store.set_setting("theme", "dark")
    store.record_answer("c", "q1", ["x"], False, "first")
    store.save_quiz_session("c", {"question_index": 1})
    before = (
        store.all_lesson_progress(),
        store.last_location(),
        store.answers("c"),
        store.quiz_session("c"),
        store.get_setting("theme"),
    )
    store.close()

    reopened = open_store()
    after = (
        reopened.all_lesson_progress(),
        reopened.last_location(),
        reopened.answers("c"),
        reopened.quiz_session("c"),
        reopened.get_setting("theme"),
    )
    assert after == before
    reopened.set_page("d", 1)
    assert reopened.last_location() == reopened.lesson_progress("d")


def test_learners_are_kept_apart(open_store: StoreOpener) -> None:
    """Each learner sees only their own records, and every record names its learner."""
    me = open_store()
    me.set_page("a", 4)
    me.set_setting("theme", "dark")
    me.record_answer("a", "q1", ["x"], True, "first")
    me.save_quiz_session("a", {"i": 1})
    me.close()

    sam = open_store(learner="sam")
    assert sam.learner == "sam"
    assert sam.all_lesson_progress() == {}
    assert sam.last_location() is None
    assert sam.get_setting("theme") is None
    assert sam.answers("a") == []
    assert sam.quiz_session("a") is None
    sam.set_page("a", 9)
    sam.close()

    me_again = open_store()
    assert me_again.lesson_progress("a").page == 4
    on_disk = json.loads(me_again.path.read_text("utf-8"))
    every_record = [doc for table in on_disk.values() for doc in table.values()]
    assert all("learner" in doc for doc in every_record if "schema_version" not in doc)


def test_empty_learner_name_is_refused(data_dir: Path) -> None:
    """An empty name would mix records up, so it is refused."""
    with pytest.raises(ValueError):
        ProgressStore.open(data_dir, learner="")


def test_store_properties(data_dir: Path, open_store: StoreOpener) -> None:
    """The app shows these paths to learners and helpers, so they must be right."""
    store = open_store(str(data_dir))
    assert store.data_dir == data_dir
    assert store.path == data_dir / "progress.json"
    assert store.recovery is None
    assert store.last_write_error is None


def test_closed_store_refuses_use_and_closes_twice(open_store: StoreOpener) -> None:
    """Using a closed store must fail loudly; closing twice must be harmless."""
    store = open_store()
    store.close()
    store.close()
    with pytest.raises(RuntimeError):
        store.set_page("a", 1)
    with pytest.raises(RuntimeError):
        store.lesson_progress("a")


def test_context_manager_saves_and_releases(data_dir: Path) -> None:
    """``with`` saves the changes and frees the folder for the next open."""
    with ProgressStore.open(data_dir) as store:
        store.set_page("a", 7)
    with ProgressStore.open(data_dir) as store:
        assert store.lesson_progress("a").page == 7


@posix_only
def test_files_are_private_in_a_folder_the_learner_chose(
    data_dir: Path, open_store: StoreOpener
) -> None:
    """Progress is personal: only the owner may read its files. A folder that already existed
    (perhaps one the learner chose) keeps the mode they gave it."""
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    open_store().close()
    store = open_store()
    store.set_page("a", 1)
    store.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o755
    names = sorted(path.name for path in data_dir.iterdir())
    assert names == ["progress.backup.json", "progress.json", "progress.lock"]
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


@pytest.mark.parametrize("failing_call", ["replace", "fsync"])
def test_crash_during_save_keeps_old_progress(
    data_dir: Path,
    open_store: StoreOpener,
    monkeypatch: pytest.MonkeyPatch,
    temp_files_in: Callable[[Path], list[Path]],
    failing_call: str,
) -> None:
    """A save that crashes keeps the old progress readable and tells the app."""
    first = open_store()
    first.set_page("lesson-1", 2)
    first.close()
    old_bytes = (data_dir / "progress.json").read_bytes()

    reported: list[BaseException] = []
    store = open_store(on_write_error=reported.append)

    def crash(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, failing_call, crash)
    store.set_page("lesson-1", 8)
    store.flush()
    assert isinstance(store.last_write_error, OSError)
    assert reported and reported[0] is store.last_write_error
    assert (data_dir / "progress.json").read_bytes() == old_bytes
    assert temp_files_in(data_dir) == []
    assert store.lesson_progress("lesson-1").page == 8
    store.close()
    monkeypatch.undo()

    assert temp_files_in(data_dir) == []
    reopened = open_store()
    assert reopened.recovery is None
    assert reopened.lesson_progress("lesson-1").page == 2


def test_threads_can_share_a_store(open_store: StoreOpener) -> None:
    """Workers and the UI thread may use one store at once without losing records."""
    store = open_store()

    def answer_many(thread_number: int) -> None:
        for question in range(25):
            store.record_answer("lesson-1", f"t{thread_number}-q{question}", ["a"], True, "first")
            store.set_page(f"lesson-{thread_number}", question)

    threads = [threading.Thread(target=answer_many, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(store.answers("lesson-1")) == 100
    assert {store.lesson_progress(f"lesson-{n}").page for n in range(4)} == {24}
    store.close()
    assert len(open_store().answers("lesson-1")) == 100
