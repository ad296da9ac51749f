"""Exports never write through what is already at the target: a planted file or link is
replaced by a new private file (or the export stops), and the message names what was written.
A plan never replaces what is at its name unless told to (--force): it takes the next free
name, and the file or link there is left exactly as it was."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from iop_course.cli import main
from iop_course.store import ProgressStore
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

OTHER_USER_ID = 65534
SECRET = "I stop calling my sponsor"
HANDOUT_LESSON = "01-first-steps/03-signs"


def _learner_with_a_plan(tmp_path: Path) -> tuple[Path, Path]:
    root = worksheet_course(tmp_path)
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", SECRET)
    return root, data


def _export(kind: str, target: Path, root: Path, data: Path) -> int:
    if kind == "plan":
        arguments = ["export", "plan", "-o", str(target), "--data-dir", str(data), "--force"]
    else:
        arguments = ["export", "handout", HANDOUT_LESSON, "-o", str(target)]
    return main([*arguments, "--content", str(root)])


def _shared_folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    return shared


@pytest.mark.parametrize("kind", ["plan", "handout"])
def test_a_file_planted_at_the_target_is_replaced_never_written_into(tmp_path, capsys, kind):
    root, data = _learner_with_a_plan(tmp_path)
    shared = _shared_folder(tmp_path)
    target = shared / "my-recovery-plan.html"
    target.write_text("planted", "utf-8")
    target.chmod(0o666)
    if os.geteuid() == 0:
        os.chown(target, OTHER_USER_ID, OTHER_USER_ID)
    theirs = shared / "their-copy"
    os.link(target, theirs)  # the planter keeps a way to read what lands in their file
    assert _export(kind, target, root, data) == 0
    assert theirs.read_text("utf-8") == "planted"
    written = target.lstat()
    assert stat.S_ISREG(written.st_mode) and written.st_ino != theirs.lstat().st_ino
    assert stat.S_IMODE(written.st_mode) == 0o600 and written.st_uid == os.geteuid()
    assert "<html" in target.read_text("utf-8")
    assert (SECRET in target.read_text("utf-8")) == (kind == "plan")
    assert f"written to {target}" in capsys.readouterr().out
    assert sorted(path.name for path in shared.iterdir()) == [target.name, "their-copy"]


@pytest.mark.parametrize("kind", ["plan", "handout"])
def test_a_link_planted_at_the_target_never_overwrites_what_it_points_at(tmp_path, capsys, kind):
    root, data = _learner_with_a_plan(tmp_path)
    shared = _shared_folder(tmp_path)
    notes = tmp_path / "notes-of-mine.txt"
    notes.write_text("my own notes", "utf-8")
    notes.chmod(0o644)
    target = shared / "plan.html"
    target.symlink_to(notes)
    assert _export(kind, target, root, data) == 0
    assert notes.read_text("utf-8") == "my own notes"
    assert stat.S_IMODE(notes.stat().st_mode) == 0o644
    assert not target.is_symlink() and stat.S_IMODE(target.stat().st_mode) == 0o600
    out = capsys.readouterr().out
    assert f"written to {target}" in out and str(notes) not in out


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="cannot drop root's powers"
)
def test_another_users_file_in_a_sticky_folder_stops_the_export_and_says_why(tmp_path):
    """Where the learner may not replace the planted file, nothing is written anywhere."""
    root, data = _learner_with_a_plan(tmp_path)
    shared = _shared_folder(tmp_path)
    shared.chmod(0o1777)
    target = shared / "my-recovery-plan.html"
    target.write_text("planted", "utf-8")
    target.chmod(0o666)
    if os.geteuid() != 0:
        pytest.skip("a file of another user needs root to make")
    os.chown(target, OTHER_USER_ID, OTHER_USER_ID)
    os.chown(shared, OTHER_USER_ID - 1, OTHER_USER_ID - 1)  # a shared folder, nobody's own
    without_powers = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]
    command = [sys.executable, "-m", "iop_course", "export", "plan", "-o", str(target), "--force"]
    result = subprocess.run(
        [*without_powers, *command, "--data-dir", str(data), "--content", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"could not be written to {target}: Operation not permitted" in result.stderr
    assert target.read_text("utf-8") == "planted"
    assert sorted(path.name for path in shared.iterdir()) == [target.name]


def test_without_force_a_planted_file_is_left_as_it_is_and_the_next_name_is_taken(tmp_path, capsys):
    root, data = _learner_with_a_plan(tmp_path)
    shared = _shared_folder(tmp_path)
    target = shared / "my-recovery-plan.html"
    target.write_text("an earlier plan", "utf-8")
    arguments = ["export", "plan", "-o", str(target), "--data-dir", str(data)]
    assert main([*arguments, "--content", str(root)]) == 0
    assert target.read_text("utf-8") == "an earlier plan"
    second = shared / "my-recovery-plan-2.html"
    assert SECRET in second.read_text("utf-8")
    assert stat.S_IMODE(second.stat().st_mode) == 0o600
    out = capsys.readouterr().out
    assert f"{target} is there already and was left as it is (--force replaces it)." in out
    assert f"Your recovery plan was written to {second}\n" in out  # the path whole, on one line
    assert main([*arguments, "--content", str(root)]) == 0
    assert (shared / "my-recovery-plan-3.html").is_file()
    assert second.read_text("utf-8").count(SECRET) == 1


def test_without_force_a_planted_link_is_left_and_never_followed(tmp_path, capsys):
    root, data = _learner_with_a_plan(tmp_path)
    shared = _shared_folder(tmp_path)
    notes = tmp_path / "notes-of-mine.txt"
    notes.write_text("my own notes", "utf-8")
    target = shared / "plan.html"
    target.symlink_to(notes)
    broken = shared / "plan-2.html"
    broken.symlink_to(tmp_path / "nowhere")  # a broken link takes its name too
    arguments = ["export", "plan", "-o", str(target), "--data-dir", str(data)]
    assert main([*arguments, "--content", str(root)]) == 0
    assert notes.read_text("utf-8") == "my own notes" and target.is_symlink()
    assert broken.is_symlink() and not (tmp_path / "nowhere").exists()
    assert SECRET in (shared / "plan-3.html").read_text("utf-8")
    assert f"written to {shared / 'plan-3.html'}" in capsys.readouterr().out


def test_a_name_taken_at_the_last_moment_is_never_replaced(tmp_path, monkeypatch):
    """Another save may take the free name between the check and the write: the system's
    link refuses it, and the plan goes on to the next name."""
    from iop_course.export import plan as plan_module

    target = tmp_path / "my-recovery-plan.html"
    real_free_path = plan_module.free_path

    def racing_free_path(path: Path) -> Path:
        found = real_free_path(path)
        if found == target:
            found.write_text("saved a moment earlier", "utf-8")
        return found

    monkeypatch.setattr(plan_module, "free_path", racing_free_path)
    written = plan_module.write_plan_at_a_free_name(target, "<html>new</html>")
    assert target.read_text("utf-8") == "saved a moment earlier"
    assert written == tmp_path / "my-recovery-plan-2.html"
    assert written.read_text("utf-8") == "<html>new</html>"
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "my-recovery-plan-2.html",
        "my-recovery-plan.html",
    ]
