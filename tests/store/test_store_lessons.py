"""Lesson progress: pages, quiz position, completion, and where "Continue" goes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from iop_course.store import LessonPlace, LessonProgress, LessonStatus, ProgressStore

StoreOpener = Callable[..., ProgressStore]


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
    """ "Continue" returns the learner to the lesson they touched last."""
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
