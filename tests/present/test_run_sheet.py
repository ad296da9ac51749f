"""The group plan as a run sheet: the deck places the group in its slides and quiz steps, the
clock in the others, and each step says how far ahead or behind the group is."""

from __future__ import annotations

from iop_course.content.lesson_model import GroupPlan, PlanStep, StepCovers
from iop_course.present.run_sheet import run_sheet
from iop_course.present.state import SlideKind

PLAN = GroupPlan(
    (
        PlanStep("Open", 5, "Check in."),
        PlanStep("Teach", 10, "Slides.", StepCovers.SLIDES),
        PlanStep("Activity", 20, "Small groups."),
        PlanStep("Quiz", 5, "Hands.", StepCovers.QUIZ),
        PlanStep("Close", 10, "988."),
    )
)
START = 1_000.0


def minutes(m: float) -> float:
    return START + m * 60


def test_a_page_on_the_projector_is_the_slides_step_and_says_how_far_over():
    sheet = run_sheet(PLAN, SlideKind.PAGE, START, minutes(19))
    assert sheet.now.step.name == "Teach"
    assert sheet.line(sheet.current) == "Teach 0:05-0:15 ▶ 0:19, 4 min over"
    assert sheet.line(0) == "Open 0:00-0:05"


def test_a_question_is_the_quiz_step_even_before_its_time():
    sheet = run_sheet(PLAN, SlideKind.QUESTION, START, minutes(30))
    assert sheet.now.step.name == "Quiz"
    assert sheet.how_far() == "5 min ahead"


def test_the_title_and_end_slides_follow_the_clock_within_their_steps():
    assert run_sheet(PLAN, SlideKind.TITLE, START, minutes(2)).now.step.name == "Open"
    late = run_sheet(PLAN, SlideKind.TITLE, START, minutes(8))
    assert late.now.step.name == "Open" and late.how_far() == "3 min over"
    assert run_sheet(PLAN, SlideKind.END, START, minutes(41)).now.step.name == "Close"
    on_time = run_sheet(PLAN, SlideKind.END, START, minutes(42))
    assert on_time.how_far() == "on time, 8 min left"
