"""ProgressStore behaviour as the app sees it: lessons, quizzes, settings, privacy, persistence."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from iop_course.store import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    ProgressStore,
    QuizAnswer,
    QuizPhase,
)

StoreOpener = Callable[..., ProgressStore]
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


def test_unseen_lesson_is_not_started_on_page_zero(open_store: StoreOpener) -> None:
    """Screens can ask about any lesson without special-casing unseen ones."""
    progress = open_store().lesson_progress("never-opened")
    assert progress == LessonProgress(lesson_id="never-opened")
    assert progress.status is LessonStatus.NOT_STARTED
    assert progress.page == 0
    assert progress.updated_at is None


def test_set_page_starts_lesson(open_store: StoreOpener) -> None:
    """Turning a page is what marks a lesson as started."""
    store = open_store()
    store.set_page("lesson-1", 2)
    progress = store.lesson_progress("lesson-1")
    assert (progress.status, progress.page, progress.where) == (
        LessonStatus.IN_PROGRESS,
        2,
        LessonPlace.LESSON,
    )
    assert progress.status == "in_progress", "statuses compare equal to their stored strings"
    assert progress.updated_at is not None and progress.updated_at.endswith("+00:00")


def test_quiz_then_back_to_lesson(open_store: StoreOpener) -> None:
    """Where the learner is (lesson or quiz) follows their latest move."""
    store = open_store()
    store.set_page("lesson-1", 5)
    store.set_in_quiz("lesson-1")
    in_quiz = store.lesson_progress("lesson-1")
    assert (in_quiz.where, in_quiz.page, in_quiz.status) == ("quiz", 5, "in_progress")
    store.set_page("lesson-1", 1)
    assert store.lesson_progress("lesson-1").where is LessonPlace.LESSON


def test_done_stays_done(open_store: StoreOpener) -> None:
    """Re-reading a finished lesson must never take its completion away."""
    store = open_store()
    store.set_page("lesson-1", 3)
    store.mark_lesson_done("lesson-1")
    store.set_page("lesson-1", 0)
    store.set_in_quiz("lesson-1")
    progress = store.lesson_progress("lesson-1")
    assert progress.status is LessonStatus.DONE
    assert (progress.page, progress.where) == (0, LessonPlace.QUIZ)


def test_mark_done_on_unopened_lesson(open_store: StoreOpener) -> None:
    """A lesson can be completed even if no page was recorded first."""
    store = open_store()
    store.mark_lesson_done("lesson-9")
    assert store.lesson_progress("lesson-9").status is LessonStatus.DONE


@pytest.mark.parametrize("bad_page", [-1, 1.5, "2", True, None])
def test_bad_page_is_refused(open_store: StoreOpener, bad_page: object) -> None:
    """Only whole page numbers from 0 may be stored, so resuming cannot break."""
    store = open_store()
    with pytest.raises(ValueError):
        store.set_page("lesson-1", bad_page)  # type: ignore[arg-type]
    assert store.lesson_progress("lesson-1").status is LessonStatus.NOT_STARTED


def test_all_lesson_progress(open_store: StoreOpener) -> None:
    """The lesson list shows every lesson's state from one call."""
    store = open_store()
    store.set_page("a", 1)
    store.mark_lesson_done("b")
    everything = store.all_lesson_progress()
    assert set(everything) == {"a", "b"}
    assert everything["a"].page == 1
    assert everything["b"].status is LessonStatus.DONE


def test_last_location_is_most_recently_touched_lesson(open_store: StoreOpener) -> None:
    """"Continue" returns the learner to the lesson they touched last."""
    store = open_store()
    assert store.last_location() is None
    store.set_page("a", 1)
    store.set_page("b", 2)
    store.set_page("c", 3)
    store.set_in_quiz("a")
    location = store.last_location()
    assert location is not None
    assert (location.lesson_id, location.where, location.page) == ("a", LessonPlace.QUIZ, 1)
    store.mark_lesson_done("b")
    assert store.last_location() == store.lesson_progress("b")


def test_timestamps_never_repeat_or_go_back(open_store: StoreOpener) -> None:
    """Fast changes in one clock tick must still order correctly for "Continue"."""
    store = open_store()
    for page in range(30):
        store.set_page(f"lesson-{page % 3}", page)
    stamps = sorted(progress.updated_at or "" for progress in store.all_lesson_progress().values())
    assert len(set(stamps)) == 3
    assert store.last_location() == store.lesson_progress("lesson-2")


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


def test_answers_kept_in_order(open_store: StoreOpener) -> None:
    """Reviews and summaries need every answer, per lesson, in the order given."""
    store = open_store()
    store.record_answer("lesson-1", "q2", ["b"], False, "first")
    store.record_answer("lesson-1", "q1", ["a", "c"], True, QuizPhase.FIRST)
    store.record_answer("lesson-2", "q1", ["d"], True, "first")
    store.record_answer("lesson-1", "q2", ["a"], True, "review")
    answers = store.answers("lesson-1")
    assert [(a.question_id, a.picked, a.correct, a.phase) for a in answers] == [
        ("q2", ("b",), False, QuizPhase.FIRST),
        ("q1", ("a", "c"), True, QuizPhase.FIRST),
        ("q2", ("a",), True, QuizPhase.REVIEW),
    ]
    assert all(isinstance(answer, QuizAnswer) for answer in answers)
    assert [a.at for a in answers] == sorted(a.at for a in answers)
    assert store.answers("never") == []


def test_unknown_quiz_phase_is_refused(open_store: StoreOpener) -> None:
    """Only known phases are stored, so later readers can trust them."""
    store = open_store()
    with pytest.raises(ValueError):
        store.record_answer("lesson-1", "q1", ["a"], True, "third")
    assert store.answers("lesson-1") == []


def test_quiz_session_save_resume_clear(open_store: StoreOpener) -> None:
    """A quiz in progress resumes where it was, and copies never leak changes."""
    store = open_store()
    assert store.quiz_session("lesson-1") is None
    state = {"question_index": 2, "order": ["q3", "q1", "q2"], "missed": []}
    saved = {"question_index": 2, "order": ["q3", "q1", "q2"], "missed": []}
    store.save_quiz_session("lesson-1", state)
    state["question_index"] = 99
    resumed = store.quiz_session("lesson-1")
    assert resumed == saved
    assert resumed is not None
    resumed["question_index"] = 42
    assert store.quiz_session("lesson-1") == saved
    store.save_quiz_session("lesson-1", {"question_index": 3})
    assert store.quiz_session("lesson-1") == {"question_index": 3}
    store.clear_quiz_session("lesson-1")
    store.clear_quiz_session("lesson-1")
    assert store.quiz_session("lesson-1") is None


def test_quiz_session_must_be_json(open_store: StoreOpener) -> None:
    """A quiz state that cannot be saved is refused, not silently dropped."""
    store = open_store()
    with pytest.raises(TypeError):
        store.save_quiz_session("lesson-1", {"picked": {"a", "b"}})
    with pytest.raises(TypeError):
        store.save_quiz_session("lesson-1", ["not", "a", "dict"])  # type: ignore[arg-type]
    assert store.quiz_session("lesson-1") is None


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
def test_folder_and_files_are_private(data_dir: Path, open_store: StoreOpener) -> None:
    """Progress is personal: only the owner may read the folder and its files."""
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    open_store().close()
    store = open_store()
    store.set_page("a", 1)
    store.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
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
