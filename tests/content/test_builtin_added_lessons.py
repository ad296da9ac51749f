"""The lessons added in the second clinical round keep the safety facts they were written for.

Each test reads a shipped lesson, so an edit that drops one of these facts fails here with the
lesson's name: MOUD in pregnancy and naloxone for a pregnant person, pain care on MOUD, the
overdose signs beside fake pills, 911 and the hotline beside a fight, and a group plan with
confidentiality's limits and the intoxicated-member step in each.
"""

from __future__ import annotations

import pytest

from iop_course.content.lesson_model import Box, BoxKind, StepCovers
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.locate import builtin_content_dir

COURSE = load_course(builtin_content_dir())
GROUP_ONLY = (BoxKind.FACILITATOR, BoxKind.NOTES, BoxKind.GROUP_PLAN)
ADDED = (
    "03-coping-skills/07-talking-it-through",
    "03-coping-skills/08-phones-apps-and-money",
    "04-family-support/08-pregnancy-parenting-and-recovery",
    "06-health-and-healing/08-my-safety-plan-for-hard-nights",
    "06-health-and-healing/09-pain-surgery-and-dental-care",
)


def _lesson(lesson_id: str):
    info = COURSE.lesson(lesson_id)
    assert info is not None, lesson_id
    lesson, _ = open_lesson(info)
    return lesson


def _learner_text(lesson_id: str) -> str:
    """What a learner at home reads: pages and their boxes, without the facilitator's."""
    lesson = _lesson(lesson_id)
    parts = []
    for page in lesson.pages:
        for block in page.blocks:
            if isinstance(block, Box) and block.kind in GROUP_ONLY:
                continue
            parts.append(getattr(block, "markdown", ""))
    return " ".join(" ".join(parts).split())


def test_the_course_has_at_least_44_lessons():
    assert len(COURSE.lessons()) >= 44


@pytest.mark.parametrize("lesson_id", ADDED)
def test_each_added_lesson_has_a_timed_plan_with_confidentialitys_limits(lesson_id):
    plan = _lesson(lesson_id).plan
    assert plan is not None and plan.minutes == 50
    assert plan.step_covering(StepCovers.SLIDES) and plan.step_covering(StepCovers.QUIZ)
    open_step = " ".join(plan.steps[0].markdown.split())
    sentence = open_step[open_step.index('"Staff keep') :]
    sentence = sentence[: sentence.index('"', 1)]
    for words in ("someone may be hurt", "a child is at risk", "the law requires us to report"):
        assert words in sentence, words
    note = " ".join(plan.note.split())
    for words in ("intoxicated or in withdrawal", "do not let them drive", "call 911 for slow"):
        assert words in note, words


def test_pregnancy_keeps_moud_and_naloxone():
    text = _learner_text("04-family-support/08-pregnancy-parenting-and-recovery")
    assert "Do not stop opioids, methadone or buprenorphine on your own" in text
    assert "**methadone or buprenorphine** is the recommended treatment" in text
    assert "pregnant or not, call 911 and give naloxone" in text
    assert "do not stop all at once on your own" in text  # daily drinking or benzos
    assert "on their back" in text and "1-800-222-1222" in text


def test_pain_care_keeps_moud_and_names_the_overdose_signs():
    text = _learner_text("06-health-and-healing/09-pain-surgery-and-dental-care")
    assert "most people can stay on them through surgery" in text
    assert "Naltrexone blocks opioid pain medicine" in text
    assert "gabapentin, pregabalin, muscle relaxers" in text
    assert "Wait at least one hour before you brush" in text
    assert "Call 911 if someone taking pain medicine" in text and "naloxone" in text


def test_fake_pills_come_with_the_overdose_steps():
    text = _learner_text("03-coping-skills/08-phones-apps-and-money")
    assert "fentanyl" in text and "call 911, give naloxone if you have it" in text


def test_a_fight_that_turns_violent_names_911_and_the_hotline():
    text = _learner_text("03-coping-skills/07-talking-it-through")
    assert "call 911" in text and "1-800-799-7233, or text START to 88788" in text


def test_the_safety_plan_names_988_with_spanish_and_veterans_and_911():
    text = _learner_text("06-health-and-healing/08-my-safety-plan-for-hard-nights")
    assert "call or text 988" in text and "text AYUDA to 988" in text
    assert "Veterans can call 988 and press 1" in text and "call 911" in text
