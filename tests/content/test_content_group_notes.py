"""The facilitator's formats: a ``::: notes`` box per page and a timed ``::: group-plan``.

Both are parsed by the content layer (no Textual), documented in docs/authoring.md and known to
the checker: notes are never a learner's or a room's, and a plan says its steps, their minutes,
and which step runs the slides and the quiz.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.content.checker import check_content
from iop_course.content.lesson_model import BoxKind, StepCovers
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.model import Severity
from tests.content.conftest import LESSON, assert_problems

PLAN = """::: group-plan
- **Open (5 min):** Check in, one word each.
- **Teach (15 min, slides):** Go through the slides.
  Ask each page's question.
- **Activity (20 min): Avoid, change, cope.** Small groups.
- **Quiz (5 min, quiz):** Count hands.
- **Close (5 min):** Remind the group of 988.

**Safety:** If someone talks about suicide, talk with them privately after group.
:::
"""


def lesson_with(body: str, author) -> str:
    """A clean lesson (enough words, sources, a facilitator box) with ``body`` added on page 1."""
    text = author.lesson()
    first_heading = text.index("## Part 2")
    return text[:first_heading] + body + "\n" + text[first_heading:]


def notes_on_every_page(text: str) -> str:
    return text.replace("\n## Part", "\n::: notes\nAsk: what helps?\n:::\n\n## Part") + (
        "\n::: notes\nListen for: shame.\n:::\n"
    )


def test_a_group_plan_is_read_into_timed_steps(make_content, clean_files, author):
    root = make_content({**clean_files, LESSON: lesson_with(PLAN, author)})
    lesson, _ = open_lesson(load_course(root).lesson("01-coping/01-cravings"))
    plan = lesson.plan
    assert plan is not None
    assert [(step.name, step.minutes, step.covers) for step in plan.steps] == [
        ("Open", 5, None),
        ("Teach", 15, StepCovers.SLIDES),
        ("Activity", 20, None),
        ("Quiz", 5, StepCovers.QUIZ),
        ("Close", 5, None),
    ]
    assert plan.minutes == 50
    assert plan.steps[1].markdown == "Go through the slides.\nAsk each page's question."
    assert plan.steps[2].markdown == "**Avoid, change, cope.** Small groups."
    assert plan.note.startswith("**Safety:** If someone talks about suicide")
    assert plan.step_covering(StepCovers.QUIZ).name == "Quiz"
    text = (root / LESSON).read_text()
    assert (
        plan.steps[0].line
        == text.split("\n").index("- **Open (5 min):** Check in, one word each.") + 1
    )


def test_notes_and_plans_never_reach_a_learner_or_the_word_count(make_content, clean_files, author):
    text = notes_on_every_page(lesson_with(PLAN, author))
    root = make_content({**clean_files, LESSON: text})
    lesson, _ = open_lesson(load_course(root).lesson("01-coping/01-cravings"))
    first = lesson.pages[0]
    assert first.boxes(BoxKind.NOTES) == ("Ask: what helps?",)
    assert first.boxes(BoxKind.GROUP_PLAN)
    shown = [
        getattr(block, "markdown", "") for page in lesson.pages for block in page.learner_blocks()
    ]
    assert not any("Ask: what helps" in words or "Count hands" in words for words in shown)
    report = check_content(root)
    plain = check_content(make_content(clean_files))
    words = {figures.lesson_id: figures.reading.words for figures in report.lessons}
    words_before = {figures.lesson_id: figures.reading.words for figures in plain.lessons}
    assert words == words_before


def test_a_complete_plan_with_notes_on_every_page_passes_with_no_warning(check_one, author):
    warnings, report = check_one(
        LESSON, notes_on_every_page(lesson_with(PLAN, author)), Severity.WARNING
    )
    assert warnings == []
    assert report.errors == []


def test_a_plan_with_no_quiz_step_is_a_warning_at_the_box(check_one, author):
    plan = PLAN.replace("(5 min, quiz)", "(5 min)")
    text = notes_on_every_page(lesson_with(plan, author))
    warnings, report = check_one(LESSON, text, Severity.WARNING)
    box_line = text.split("\n").index("::: group-plan") + 1
    assert_problems(warnings, [(box_line, "this group plan has no quiz step")])
    assert report.errors == []


def test_plan_steps_the_run_sheet_cannot_use_are_warnings_with_their_lines(check_one, author):
    plan = (
        "::: group-plan\n"
        "- **Open (5 min):** Check in.\n"
        "- Teach: go through the slides.\n"
        "- **Teach (10 min, slide):** Slides.\n"
        "- **Quiz (5 min, quiz):** Hands.\n"
        "- **Quiz again (5 min, quiz):** More hands.\n"
        ":::\n"
    )
    text = notes_on_every_page(lesson_with(plan, author) + "\n" + PLAN)
    lines = text.split("\n")
    box = lines.index("::: group-plan") + 1
    warnings, _ = check_one(LESSON, text, Severity.WARNING)
    assert_problems(
        warnings,
        [
            (box + 2, "this step of the group plan has no time"),
            (box + 3, "unknown step kind 'slide'"),
            (box + 5, "the group plan has two 'quiz' steps (see line"),
            (box, "this group plan has no slides step"),
            (
                lines.index("::: group-plan", box) + 1,
                "a lesson has one group plan, and this is the second",
            ),
        ],
    )


def test_once_a_lesson_has_notes_each_page_without_notes_is_a_warning(check_one, author):
    text = lesson_with("::: notes\nAsk: what helps you wait?\n:::\n", author)
    warnings, report = check_one(LESSON, text, Severity.WARNING)
    lines = text.split("\n")
    assert_problems(
        warnings,
        [
            (lines.index("## Part 2") + 1, "the page 'Part 2' has no '::: notes' box"),
            (lines.index("## Part 3") + 1, "the page 'Part 3' has no '::: notes' box"),
        ],
    )
    assert report.errors == []


def test_a_lesson_written_before_notes_existed_gets_no_notes_warnings(check_one, author):
    warnings, _ = check_one(LESSON, author.lesson(), Severity.WARNING)
    assert warnings == []


def test_the_built_in_course_still_checks_clean(run_cli):
    result = run_cli("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_authoring_guide_documents_both_formats():
    guide = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text("utf-8")
    for words in (
        "::: notes",
        "::: group-plan",
        "(15 min, slides)",
        "(5 min, quiz)",
        "this group plan has no quiz step",
        "has no '::: notes' box",
    ):
        assert words in guide


def test_the_guides_examples_pass_the_checker(check_one, author):
    guide = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text("utf-8")
    plan = guide.split("```markdown\n::: group-plan\n", 1)[1].split("```", 1)[0]
    overdose_page = guide.split("```markdown\n## How an overdose looks\n", 1)[1].split("```", 1)[0]
    text = notes_on_every_page(lesson_with("::: group-plan\n" + plan, author))
    text += "\n## How an overdose looks\n" + overdose_page
    warnings, report = check_one(LESSON, text, Severity.WARNING)
    assert warnings == []
    assert (
        author.errors(report.problems, report.problems[0].path if report.problems else None) == []
    )
