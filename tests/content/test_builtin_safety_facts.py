"""Safety facts of the built-in course that must never come back wrong.

Each test reads the shipped lessons and quizzes, so an edit that drops a limit of
confidentiality, a line of a group plan's safety note or a safety fact fails here with the
lesson's name. The group-plan tests cover the modules whose plans carry the new wording; a
module joins ``PLAN_MODULES`` once its plans do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iop_course.content.lesson_model import Box, BoxKind
from iop_course.content.lesson_parser import parse_lesson
from iop_course.content.loader import load_course, read_source
from iop_course.content.locate import builtin_content_dir

PLAN_MODULES = ("01-", "02-", "03-", "04-", "05-", "06-")
# Modules whose plans are timed ::: group-plan boxes and whose pages each have ::: notes.
TIMED_MODULES = ("01-", "02-", "03-", "04-", "05-", "06-")
COURSE = load_course(builtin_content_dir())


def _group_plan(lesson_id: str) -> str:
    """The text of the lesson's group plan: its ::: group-plan box, or the facilitator box that
    held it before that format existed."""
    info = next(info for info in COURSE.lessons() if info.id == lesson_id)
    source = read_source(info.path, front_matter_required=True)
    lesson, _problems = parse_lesson(info, source)
    plans = [
        block.markdown
        for page in lesson.pages
        for block in page.blocks
        if isinstance(block, Box)
        and (
            block.kind is BoxKind.GROUP_PLAN
            or (block.kind is BoxKind.FACILITATOR and "Group plan" in block.markdown)
        )
    ]
    assert len(plans) == 1, f"{lesson_id}: {len(plans)} group plans"
    return " ".join(plans[0].split())


PLANNED = [info.id for info in COURSE.lessons() if info.id.startswith(PLAN_MODULES)]
TIMED = [info.id for info in COURSE.lessons() if info.id.startswith(TIMED_MODULES)]


def _step(plan: str, name: str) -> str:
    match = re.search(rf"\*\*{name}[^*]*\*\*(.*?)(?= - \*\*|\*\*Safety|$)", plan)
    assert match, f"no {name} step"
    return match.group(1)


def test_the_group_plan_modules_are_all_there():
    assert len(PLANNED) >= 19


@pytest.mark.parametrize("lesson_id", TIMED)
def test_each_plan_budgets_the_slides_and_the_quiz_and_each_page_has_notes(lesson_id):
    plan = _group_plan(lesson_id)
    assert re.search(r"\*\*Teach \(\d+ min, slides\):\*\*", plan), plan[:200]
    assert re.search(r"\*\*Quiz \(\d+ min, quiz\):\*\*", plan), plan[:200]
    minutes = sum(int(m) for m in re.findall(r"- \*\*[A-Z][a-z]+ \((\d+) min", plan))
    assert 45 <= minutes <= 60, minutes
    info = next(info for info in COURSE.lessons() if info.id == lesson_id)
    lesson, _problems = parse_lesson(info, read_source(info.path, front_matter_required=True))
    for page in lesson.pages:
        notes = [b for b in page.blocks if isinstance(b, Box) and b.kind is BoxKind.NOTES]
        assert len(notes) == 1 and notes[0].markdown.startswith("Ask:"), page.title


@pytest.mark.parametrize("lesson_id", PLANNED)
def test_the_open_step_gives_confidentialitys_limits_with_the_promise(lesson_id):
    open_step = _step(_group_plan(lesson_id), "Open")
    promise = re.search(r'"Staff keep what you say here private, with limits[^"]*"', open_step)
    assert promise, open_step
    sentence = promise.group(0)
    for limit in ("someone may be hurt", "a child is at risk", "the law requires us to report"):
        assert limit in sentence, (limit, sentence)
    assert "we cannot promise what others do" in sentence
    assert "stays here" not in open_step


@pytest.mark.parametrize("lesson_id", PLANNED)
def test_the_safety_note_says_what_to_do_when_a_member_arrives_intoxicated(lesson_id):
    safety = _group_plan(lesson_id).split("**Safety:**", 1)[1]
    for step in (
        "intoxicated or in withdrawal",
        "check with them privately",
        "do not let them drive",
        "medical protocol",
        "call 911 for slow breathing, a seizure or confusion",
    ):
        assert step in safety, step


@pytest.mark.parametrize(
    "lesson_id",
    ["06-health-and-healing/03-trauma-and-grounding", "06-health-and-healing/04-grief-and-loss"],
)
def test_trauma_and_grief_plans_close_with_grounding_and_plan_for_an_overwhelmed_member(lesson_id):
    plan = _group_plan(lesson_id)
    assert "5-4-3-2-1" in _step(plan, "Close")
    safety = plan.split("**Safety:**", 1)[1]
    assert "co-facilitator" in safety and "flooded" in safety


def _all_text(folder: str) -> list[tuple[Path, str]]:
    root = builtin_content_dir() / folder
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.md"))]


def test_naloxone_is_never_held_back_until_opioids_are_known():
    """A bystander who thinks "it was only sleeping pills" must still give naloxone (N4)."""
    for path, text in _all_text("lessons") + _all_text("quizzes"):
        flat = " ".join(text.split())
        assert not re.search(r"naloxone if opioids (might|may|could)", flat, re.I), path
        assert not re.search(r"if opioids (might|may|could) be involved", flat, re.I), path


def test_no_lesson_says_a_high_shelf_keeps_medicine_or_nicotine_safe():
    for path, text in _all_text("lessons") + _all_text("quizzes"):
        assert "high out of reach" not in " ".join(text.split()), path


def test_a_childs_possible_buprenorphine_exposure_goes_to_the_er():
    """Signs can start hours later, so the story and the warning model the safe path (N6)."""
    text = " ".join(
        (builtin_content_dir() / "lessons/04-family-support/07-medication-and-safe-storage.md")
        .read_text(encoding="utf-8")
        .split()
    )
    assert "Signs can start hours later" in text
    assert "take Kalani to the ER" in text


def test_the_family_module_warns_against_forcing_a_sudden_stop_of_alcohol_or_benzos():
    for name in ("02-helping-versus-enabling", "05-when-a-loved-one-slips"):
        text = " ".join(
            (builtin_content_dir() / f"lessons/04-family-support/{name}.md")
            .read_text(encoding="utf-8")
            .split()
        )
        assert "seizures" in text and "pour out" in text, name


def test_every_never_mix_list_in_modules_4_to_6_names_gabapentin_and_pregabalin():
    for name in (
        "04-family-support/07-medication-and-safe-storage",
        "06-health-and-healing/02-sleep",
    ):
        text = " ".join(
            (builtin_content_dir() / f"lessons/{name}.md").read_text(encoding="utf-8").split()
        )
        assert "gabapentin or pregabalin" in text, name
