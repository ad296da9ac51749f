"""``iop-course forget`` and ``iop-course paths`` agree: what paths lists is what forget deletes,
only after DELETE is typed, and nothing the learner made themselves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from iop_course.commands import open_course
from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR, course_index_folder
from iop_course.store import ProgressStore

TEMP_FILE = ".iop-course-x1y2.tmp"


def forget(data: Path, *args: str, typed: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "iop_course", "forget", "--data-dir", str(data), *args],
        input=typed,
        capture_output=True,
        text=True,
        timeout=60,
    )


def paths(data: Path) -> str:
    return subprocess.run(
        [sys.executable, "-m", "iop_course", "paths", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


def learner_folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.set_setting("reasons", "my kids")
    ProgressStore.open(data).close()  # writes the backup
    (data / "error-log.txt").write_text("--- a crash\n")
    (data / TEMP_FILE).write_text("{}")
    (data / "my-plan.html").write_text("mine")
    return data


def test_paths_lists_a_save_cut_short_too(tmp_path):
    data = learner_folder(tmp_path)
    assert f"  {TEMP_FILE} " in paths(data)


def test_typing_delete_removes_exactly_what_paths_lists(tmp_path):
    data = learner_folder(tmp_path)
    listed = paths(data)
    result = forget(data, typed="DELETE\n")
    assert result.returncode == 0, result.stderr
    for name in (
        "progress.json",
        "progress.backup.json",
        "progress.lock",
        "error-log.txt",
        TEMP_FILE,
    ):
        assert f"  {name} " in listed and f"  {name} " in result.stdout
    assert "These stay: files you exported yourself" in result.stdout
    assert f"Deleted 5 of your files from {data}." in result.stdout
    assert sorted(path.name for path in data.iterdir()) == ["my-plan.html"]
    after = paths(data)
    assert after.count("(none yet)") == 4 and TEMP_FILE not in after


def test_anything_but_delete_keeps_everything(tmp_path):
    data = learner_folder(tmp_path)
    before = {path.name: path.read_bytes() for path in data.iterdir()}
    for typed in ("no\n", "delet\n", "delete\n", "Delete\n", None):  # DELETE exactly
        result = forget(data, typed=typed)
        assert result.returncode == 1 and "Nothing was deleted." in result.stdout
        assert {path.name: path.read_bytes() for path in data.iterdir()} == before


def test_yes_deletes_without_asking_but_never_while_the_course_is_open(tmp_path):
    data = learner_folder(tmp_path)
    with ProgressStore.open(data):
        result = forget(data, "--yes")
        assert result.returncode == 1
        assert "already open in another window" in result.stderr
        assert "Nothing was deleted." in result.stderr
    assert (data / "progress.json").exists()
    result = forget(data, "--yes")
    assert result.returncode == 0 and sorted(p.name for p in data.iterdir()) == ["my-plan.html"]
    again = forget(data, "--yes")
    assert again.returncode == 0 and "nothing to delete" in again.stdout


def test_a_folder_left_empty_is_removed_too(tmp_path):
    """Its name alone ("iop-course") would say the course was used on this computer."""
    data = tmp_path / "iop-course"
    ProgressStore.open(data).close()
    result = forget(data, typed="DELETE\n")
    assert result.returncode == 0 and "the folder was removed too" in result.stdout
    assert not data.exists() and tmp_path.exists()


def test_the_fresh_store_after_delete_my_data_is_closed_when_the_app_ends(tmp_path, monkeypatch):
    """The app swaps in a new store after "Delete my data"; quitting must close that one too."""
    from iop_course.ui.app import CourseApp

    data = tmp_path / "data"

    def run_and_start_over(self: CourseApp) -> None:
        self.store.close()
        self.store = ProgressStore.open(data)
        self.store.set_setting("welcome_seen", True)

    monkeypatch.setattr(CourseApp, "run", run_and_start_over)
    content = Path(__file__).resolve().parent.parent / "fixtures" / "course"
    assert open_course.open_course(content, data) == 0
    with ProgressStore.open(data) as reopened:  # the lock was released
        assert reopened.get_setting("welcome_seen") is True  # and its last change saved


def test_an_open_course_is_told_before_anything_is_asked(tmp_path):
    data = learner_folder(tmp_path)
    with ProgressStore.open(data):
        result = forget(data, typed="DELETE\n")
    assert result.returncode == 1
    assert "already open in another window" in result.stderr
    assert "Type DELETE" not in result.stdout  # it never asked
    assert (data / "progress.json").exists()


def test_the_count_is_of_the_files_it_listed(tmp_path):
    """With no lock file there, the lock forget takes itself is not counted as the learner's."""
    data = learner_folder(tmp_path)
    (data / "progress.lock").unlink()
    result = forget(data, typed="DELETE\n")
    listed = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(listed) == 4
    assert f"Deleted 4 of your files from {data}." in result.stdout


def course_index_made(tmp_path: Path, monkeypatch) -> Path:
    """Open the built-in course once with a cache folder of the test's own: its index file."""
    import threading

    from iop_course.content import course_index
    from iop_course.content.loader import load_course
    from iop_course.content.locate import builtin_content_dir

    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "cache"))
    monkeypatch.setattr(course_index, "_open", {})
    load_course(builtin_content_dir())
    for thread in threading.enumerate():
        if thread.name == "iop-course-index":
            thread.join()
    (index,) = course_index_folder().iterdir()
    return index


def test_paths_names_the_course_index_and_forget_deletes_it_with_the_rest(tmp_path, monkeypatch):
    index = course_index_made(tmp_path, monkeypatch)
    data = learner_folder(tmp_path)
    (line,) = [line for line in paths(data).splitlines() if line.startswith("Course index:")]
    assert line.split() == ["Course", "index:", str(index)]
    result = forget(data, typed="DELETE\n")
    assert result.returncode == 0, result.stderr
    assert f"The course index in {index.parent} goes too" in result.stdout
    assert f"Deleted 5 of your files from {data}." in result.stdout
    assert not index.parent.exists()


def test_forget_deletes_a_course_index_left_alone_only_when_asked(tmp_path, monkeypatch):
    index = course_index_made(tmp_path, monkeypatch)
    data = tmp_path / "never-saved"
    assert forget(data, typed="no\n").returncode == 1 and index.exists()
    result = forget(data, typed="DELETE\n")
    assert result.returncode == 0 and "The course index in" in result.stdout
    assert "Deleted" not in result.stdout and not index.exists()
    assert "The course index was deleted." in result.stdout
