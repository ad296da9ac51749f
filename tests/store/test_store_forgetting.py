"""Delete my data: every file the course keeps goes, nothing else does, and nothing comes back."""

from __future__ import annotations

import fnmatch
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.store import ProgressStore, SavingImpossible, SavingProblem, StoreLocked
from iop_course.store.forgetting import (
    ForgettingImpossible,
    delete_kept_files,
    forget_learner,
)
from iop_course.store.kept_files import KEPT_FILES, files_found

KNOWN_NAMES = ("progress.json", "progress.backup.json", "progress.lock", "error-log.txt")


def use_the_course(store: ProgressStore) -> None:
    store.set_setting("welcome_seen", True)
    store.set_setting("my words", "I call Sam when a craving starts")
    store.set_page("m/lesson", 2)
    store.mark_lesson_done("m/lesson")
    store.record_quiz_score("m/lesson", 60, 80)


def test_everything_the_course_keeps_goes_and_the_next_open_is_a_new_learner(open_store, data_dir):
    store = open_store()
    use_the_course(store)
    store.close()
    store = open_store()  # the second open writes the backup
    store.flush()
    (data_dir / "error-log.txt").write_text("--- a crash\n")
    (data_dir / "progress.damaged-20261129-101010.json").write_text("{")
    (data_dir / "progress.backup.damaged-20261129-101010-1.json").write_text("{")
    (data_dir / ".iop-course-abc123.tmp").write_text("{}")
    (data_dir / "my-plan.html").write_text("<p>my own export</p>")
    (data_dir / "notes").mkdir()
    assert (data_dir / "progress.backup.json").exists()

    forgotten = forget_learner(store)

    assert forgotten.complete and forgotten.data_dir == data_dir
    assert {path.name for path in forgotten.removed} == {
        "progress.json",
        "progress.backup.json",
        "progress.lock",
        "error-log.txt",
        "progress.damaged-20261129-101010.json",
        "progress.backup.damaged-20261129-101010-1.json",
        ".iop-course-abc123.tmp",
    }
    assert sorted(path.name for path in data_dir.iterdir()) == ["my-plan.html", "notes"]
    again = open_store()
    assert again.recovery is None  # no backup was left to restore the progress from
    assert again.get_setting("welcome_seen") is None and again.get_setting("my words") is None
    assert again.all_lesson_progress() == {} and again.quiz_scores("m/lesson") == []


def test_the_progress_file_goes_last_so_a_stop_half_way_keeps_it_whole(
    open_store, data_dir, monkeypatch
):
    """If deleting stops before the end, the progress is whole and no backup remains."""
    store = open_store()
    use_the_course(store)
    store.close()
    store = open_store()
    store.flush()
    real_unlink = os.unlink
    order: list[str] = []

    def unlink(path: os.PathLike[str] | str, *args: object, **kwargs: object) -> None:
        order.append(Path(path).name)
        if Path(path).name == "progress.json":
            raise PermissionError(13, "Permission denied")
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    forgotten = forget_learner(store)
    monkeypatch.setattr(os, "unlink", real_unlink)

    assert order.index("progress.json") > order.index("progress.backup.json")
    assert not forgotten.complete
    assert forgotten.left == ((data_dir / "progress.json", "Permission denied"),)
    kept = open_store()
    assert kept.lesson_progress("m/lesson").status.value == "done"


def test_nothing_is_deleted_while_another_window_has_the_folder(open_store, data_dir):
    store = open_store()
    use_the_course(store)
    store.close()
    other_window = open_store()
    with pytest.raises(StoreLocked):
        delete_kept_files(data_dir)
    assert other_window.lesson_progress("m/lesson").status.value == "done"


def test_without_saving_nothing_is_deleted_and_the_reason_is_said(open_store, data_dir):
    store = open_store()
    use_the_course(store)
    store.close()
    problem = SavingImpossible(
        SavingProblem.READ_ONLY, data_dir, data_dir, can_open_without_saving=True
    )
    with ProgressStore.open_without_saving(problem) as reading:
        with pytest.raises(ForgettingImpossible) as caught:
            forget_learner(reading)
        assert "opened without saving" in str(caught.value)
        assert "(the progress folder is read-only)" in str(caught.value)
        assert reading.lesson_progress("m/lesson").status.value == "done"  # still open
    assert (data_dir / "progress.json").exists()


def test_a_folder_that_does_not_exist_holds_nothing_to_delete(tmp_path):
    assert delete_kept_files(tmp_path / "never-made").removed == ()


def test_a_link_named_like_a_kept_file_is_not_followed(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the course's")
    (folder / "error-log.txt").symlink_to(outside)
    delete_kept_files(folder)
    assert outside.read_text() == "not the course's"


KEPT_NAME = st.one_of(
    st.sampled_from(KNOWN_NAMES),
    st.builds("progress.damaged-{}.json".format, st.integers(0, 10**14)),
    st.builds("progress.backup.damaged-{}.json".format, st.integers(0, 10**14)),
    st.builds(
        ".iop-course-{}.tmp".format, st.text(string.ascii_letters + "_", min_size=1, max_size=8)
    ),
)
OTHER_NAME = st.text(string.ascii_letters + string.digits + "._- ", min_size=1, max_size=20).filter(
    lambda name: (
        name not in (".", "..")
        and not any(fnmatch.fnmatchcase(name, kept.pattern) for kept in KEPT_FILES)
    )
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kept=st.sets(KEPT_NAME, max_size=8), others=st.sets(OTHER_NAME, max_size=6))
def test_any_layout_loses_exactly_the_kept_files(tmp_path_factory, kept, others):
    folder = tmp_path_factory.mktemp("layout")
    for name in kept | others:
        (folder / name).write_text(name)
    listed = {found.path.name for found in files_found(folder)}
    assert listed == kept

    forgotten = delete_kept_files(folder)

    # The lock forgetting takes itself is removed, but counted only when it was there before.
    assert {path.name for path in forgotten.removed} == kept
    assert {path.name for path in folder.iterdir()} == others
    assert all((folder / name).read_text() == name for name in others)
