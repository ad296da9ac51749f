"""Privacy of the progress folder: private from the start, and never another user's link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from iop_course.store import ProgressStore, SavingImpossible, SavingProblem

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


@posix_only
def test_folders_created_are_private_even_under_umask_000(tmp_path: Path) -> None:
    """Every folder the store creates, parents included, is the learner's alone."""
    data_dir = tmp_path / "a" / "b" / "data"
    previous = os.umask(0)
    try:
        ProgressStore.open(data_dir).close()
    finally:
        os.umask(previous)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for path in data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@posix_only
@pytest.mark.skipif(
    os.name == "posix" and os.geteuid() != 0,
    reason="only root can make a link owned by another user",
)
def test_a_data_folder_through_another_users_link_is_refused(tmp_path: Path) -> None:
    """Whoever owns the link could point it anywhere or read what is saved there."""
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "shared-link"
    link.symlink_to(real)
    os.lchown(link, 65534, 65534)
    with pytest.raises(SavingImpossible) as caught:
        ProgressStore.open(link / "data")
    problem = caught.value
    assert problem.problem is SavingProblem.UNSAFE_LINK and problem.where == link
    assert not problem.can_open_without_saving
    assert f"reached through the link {link}, which belongs to another user" in str(problem)
    assert not (real / "data").exists()


@posix_only
def test_the_learners_own_link_is_fine(tmp_path: Path) -> None:
    """A link the learner made (say, to a USB stick) is theirs to use."""
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "my-link"
    link.symlink_to(real)
    with ProgressStore.open(link) as store:
        store.set_page("m/l", 1)
    assert (real / "progress.json").exists()
