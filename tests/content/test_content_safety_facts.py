"""Safety facts in the built-in course that must never regress.

The clinical reviews found each of these missing or wrong once: a phone number with a typo, an
overdose lesson without a step, a "never mix" list without gabapentin, prescribed medicine read
as a drug to stop. (The group plans' confidentiality limits and intoxicated-member step are
checked in test_builtin_safety_facts.py, for every module.)
These tests read the shipped lessons and quizzes, so a later edit cannot drop them unnoticed.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from iop_course.content.help_lines import HELP_LINES
from iop_course.content.lesson_model import Box, BoxKind, Lesson, StepCovers
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir

# Every phone number the course may show, each checked at its public source (help_lines.py says
# where). A new number joins this list only after it was checked there.
KNOWN_NUMBERS = {
    "1-800-662-4357": "SAMHSA National Helpline",
    "1-800-662-HELP": "SAMHSA National Helpline, in letters",
    "1-800-487-4889": "SAMHSA National Helpline, TTY",
    "1-800-799-7233": "National Domestic Violence Hotline",
    "1-800-222-1222": "Poison Control",
    "1-800-422-4453": "Childhelp National Child Abuse Hotline",
    "1-800-656-4673": "National Sexual Assault Hotline",
    "1-800-784-8669": "1-800-QUIT-NOW tobacco quitline",
    "1-855-335-3569": "1-855-DÉJELO-YA Spanish tobacco quitline",
}
PHONE_NUMBER = re.compile(r"\b1-8\d\d-[0-9A-Z]{3}-[0-9A-Z]{4}\b")


@cache
def _lessons() -> tuple[Lesson, ...]:
    course = load_course(builtin_content_dir())
    return tuple(open_lesson(info)[0] for info in course.lessons())


def _lesson(lesson_id: str) -> Lesson:
    return next(lesson for lesson in _lessons() if lesson.info.id == lesson_id)


def _text(lesson: Lesson) -> str:
    """All of a lesson's Markdown, learner text and boxes alike, on one line per paragraph."""
    parts = []
    for page in lesson.pages:
        for block in page.blocks:
            parts.append(getattr(block, "markdown", None) or str(block))
    return " ".join(" ".join(parts).split())


def _shipped_texts() -> list[tuple[str, str]]:
    root = builtin_content_dir()
    files = sorted([*root.glob("lessons/*/*.md"), *root.glob("quizzes/*/*.md")])
    texts = [(str(path.relative_to(root)), path.read_text(encoding="utf-8")) for path in files]
    texts += [(f"help_lines: {heading}", text) for heading, text in HELP_LINES]
    return texts


def test_every_phone_number_in_the_course_is_a_checked_one():
    seen = set()
    for where, text in _shipped_texts():
        for number in PHONE_NUMBER.findall(text):
            assert number in KNOWN_NUMBERS, f"{where}: unknown or mistyped number {number}"
            seen.add(number)
    assert {"1-800-662-4357", "1-800-222-1222", "1-800-799-7233"} <= seen


def test_988_is_never_written_as_another_number():
    for where, text in _shipped_texts():
        for match in re.finditer(r"\b9\d8\b|\b98\d\b", text):
            assert match.group() == "988", f"{where}: {match.group()} where 988 was meant?"


def test_the_overdose_lesson_keeps_every_naloxone_step():
    text = _text(_lesson("02-relapse-prevention/05b-responding-to-an-overdose"))
    for step in (
        "1. **Call 911.**",
        "2. **Give naloxone.**",
        "3. **Help them breathe.**",
        "Keep giving a dose every 2 to 3 minutes while their breathing stays poor",
        "roll them onto their side",
        "6. **Stay with them.** Naloxone can wear off before the opioid does",
        "If you are alone with the person, give naloxone first. Then call 911",
        "Give naloxone to anyone who is overdosing, even if they are pregnant.",
        "Naloxone will not harm someone who has not taken opioids.",
        "cool them with wet cloths",
    ):
        assert step in text, f"the overdose lesson lost: {step}"


@pytest.mark.parametrize(
    "lesson_id",
    [
        "01-getting-started/06-medications-for-recovery",
        "02-relapse-prevention/04-a-lapse-is-not-a-relapse",
        "02-relapse-prevention/05-tolerance-overdose-and-naloxone",
        "02-relapse-prevention/06-my-relapse-prevention-plan",
    ],
)
def test_every_never_mix_list_names_gabapentinoids_and_muscle_relaxers(lesson_id):
    text = _text(_lesson(lesson_id))
    for drug in ("alcohol", "benzos", "sleep pills", "gabapentin", "pregabalin", "muscle relax"):
        assert drug in text, f"{lesson_id}: the never-mix list lacks {drug}"


@pytest.mark.parametrize(
    ("lesson_id", "needed"),
    [
        ("01-getting-started/01-how-iop-works", "Never stop a prescribed medicine on your own."),
        (
            "01-getting-started/02b-stages-of-recovery",
            "Never stop a prescribed medicine on your own.",
        ),
        ("01-getting-started/02-your-brain-and-body", "If you are pregnant or might be"),
        ("01-getting-started/06-medications-for-recovery", "If you are pregnant or might be"),
        (
            "02-relapse-prevention/04-a-lapse-is-not-a-relapse",
            "call your care team before you stop",
        ),
        (
            "03-coping-skills/06-boredom-self-care-and-balance",
            "give naloxone (Narcan) if you have it",
        ),
    ],
)
def test_the_safety_lines_the_review_asked_for_stay(lesson_id, needed):
    assert needed in _text(_lesson(lesson_id))


def _questions():
    course = load_course(builtin_content_dir())
    for info in course.lessons():
        quiz = open_quiz(info)
        if quiz is not None:
            for question in quiz[0].questions:
                yield info.id, question


def test_no_quiz_question_appears_twice_in_the_course():
    seen: dict[str, str] = {}
    for lesson_id, question in _questions():
        words = " ".join(question.prompt.lower().split())
        assert words not in seen, f"{lesson_id} repeats a question of {seen[words]}"
        seen[words] = lesson_id


def test_a_right_choice_never_repeats_the_questions_words():
    for lesson_id, question in _questions():
        for choice in question.choices:
            words = " ".join(choice.text.lower().split())
            if choice.correct and len(words.split()) > 1:
                assert words not in question.prompt.lower(), f"{lesson_id}: {question.prompt}"


@pytest.mark.parametrize(
    "lesson_id",
    [
        "02-relapse-prevention/05-tolerance-overdose-and-naloxone",
        "02-relapse-prevention/05b-responding-to-an-overdose",
    ],
)
def test_the_overdose_pages_give_the_facilitator_a_safety_step(lesson_id):
    lesson = _lesson(lesson_id)
    for page in lesson.pages[:4]:
        notes = [b.markdown for b in page.blocks if isinstance(b, Box) and b.kind is BoxKind.NOTES]
        assert len(notes) == 1 and "Safety:" in notes[0], f"{lesson_id}: {page.title}"


def test_every_group_plan_in_modules_1_to_3_times_the_slides_and_the_quiz_in_50_minutes():
    for lesson in _lessons():
        if lesson.info.module_id[:2] in ("01", "02", "03"):
            plan = lesson.plan
            assert plan is not None, lesson.info.id
            assert plan.minutes == 50, lesson.info.id
            for covers in (StepCovers.SLIDES, StepCovers.QUIZ):
                assert plan.step_covering(covers) is not None, (lesson.info.id, covers)
