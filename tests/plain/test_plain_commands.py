"""Each command of plain mode, on the small fixture course, as a learner types it.

Enter reads on and b reads back; numbers answer (several for "select all", with spaces or commas);
h gives the hint; g or help gives every help number; l lists the lessons and a number opens one;
r starts today's review when one is ready; p reads My progress as sentences; m reads My recovery
plan; q quits and saves; anything else gets one line that says what works.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from iop_course.content.help_lines import HELP_LINES, WHERE
from iop_course.store import LessonStatus, ProgressStore
from iop_course.store.saved_plans import remember_saved_plan
from tests.plain.conversation import run_plain, script
from tests.ui.conftest import FIXTURE_COURSE
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

LESSON_ID = "01-first-steps/01-noticing"
FIRST = "which-comes-first-usually"
SELECT_ALL = "select-all-that-apply-which-help-ride-out-a-craving"
TO_FIRST_QUESTION = ("",) * 7  # the welcome, Continue, then the lesson's five parts
PROMPT = re.compile(r"^Type .*:\s*$", re.MULTILINE)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def flat(text: str) -> str:
    """Text with its wrapping undone, for words that may fall across two lines."""
    return " ".join(text.split())


def numbers_of(said: str, *texts: str) -> str:
    """The numbers shown beside these choices, in the last list of choices printed."""
    found = dict((text, number) for number, text in re.findall(r"^(\d+)\. (.*)$", said, re.M))
    return " ".join(found[text] for text in texts)


def learner(*steps):
    """An answer function from steps: a line to type, or a function of what was shown."""
    left = list(steps)

    def answer(shown: str) -> str | None:
        if not left:
            return None
        step = left.pop(0)
        return step(shown) if callable(step) else step

    return answer


def test_every_prompt_is_one_line_that_ends_with_a_colon(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script(*TO_FIRST_QUESTION, "q"))
    prompts = [line for line in said.splitlines() if line.startswith("Type ")]
    assert len(prompts) == 8
    assert all(line.rstrip().endswith(":") for line in prompts)
    assert all("g for help" in line and "q to quit" in line for line in prompts)


def test_b_reads_the_part_before(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script("", "", "", "", "b", "b", "b", "q"))
    assert said.count("Page 2 of 3: Second page") == 2
    assert said.count("A tip that is set apart.") == 1
    assert said.count("Page 1 of 3") == 3
    assert said.count("This is the start of the lesson.") == 1


def test_a_number_answers_and_the_verdict_comes_first(data: Path) -> None:
    answers = learner(*TO_FIRST_QUESTION[:-1], lambda s: "", lambda s: numbers_of(s, "Feelings"))
    _, said = run_plain(FIXTURE_COURSE, data, answers)
    after = said.split("Type a number from 1 to 2 to answer")[-1]
    lines = [line for line in after.splitlines()[1:] if line.strip()]
    assert lines[0] == "Right."
    assert lines[1].startswith("You picked: Feelings. Yes. Feelings often come first.")
    assert "Why it matters: Noticing feelings early gives you time to act." in after


def test_select_all_takes_several_numbers_with_spaces_or_commas(data: Path) -> None:
    for separator in (" ", ", "):

        def ticked(shown: str, separator: str = separator) -> str:
            return separator.join(numbers_of(shown, "Call a friend", "Take a walk").split())

        folder = data / separator.strip().replace(",", "comma") if separator.strip() else data
        answers = learner(
            *TO_FIRST_QUESTION,
            lambda s: numbers_of(s, "Using again"),
            "",
            ticked,
            "q",
        )
        _, said = run_plain(FIXTURE_COURSE, folder, answers)
        assert "Select all that apply: which help ride out a craving?" in said
        feedback = said.split("Type the numbers of all that apply")[-1]
        assert "Right." in feedback
        assert "Keep some on hand: not a right choice, and you rightly left it." in flat(feedback)
        with ProgressStore.open(folder) as store:
            record = {r.question_id: r for r in store.answers(LESSON_ID)}[SELECT_ALL]
            assert record.last_correct and sorted(record.last_picked) == ["a", "b"]


def test_a_whole_quiz_with_practice_then_the_score_and_done(data: Path) -> None:
    answers = learner(
        *TO_FIRST_QUESTION,
        lambda s: numbers_of(s, "Using again"),
        "",
        lambda s: numbers_of(s, "Call a friend", "Take a walk"),
        "",
        lambda s: numbers_of(s, "Feelings"),
        "",
        "q",
    )
    _, said = run_plain(FIXTURE_COURSE, data, answers)
    assert "Not quite." in said
    assert "Let's go over the questions you missed." in said
    assert "Practice, question 1 of 1." in said
    assert "Your score: 1 of 2 right the first time, 50%. 50% passes." in said
    assert "This lesson is done" in flat(said)
    with ProgressStore.open(data) as store:
        assert store.lesson_progress(LESSON_ID).status is LessonStatus.DONE


def test_h_gives_the_hint(data: Path) -> None:
    answers = learner(*TO_FIRST_QUESTION, lambda s: numbers_of(s, "Feelings"), "", "h", "q")
    _, said = run_plain(FIXTURE_COURSE, data, answers)
    assert "Hint: think of people and time." in said
    assert "h for a hint" in said


@pytest.mark.parametrize("word", ["g", "help", "G"])
def test_g_or_help_gives_every_help_number_in_full(data: Path, word: str) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script("", "", word, "q"))
    for need, what in HELP_LINES:
        assert " ".join(f"{need}: {what}".split()) in " ".join(said.split())
    assert WHERE in said
    assert said.count("Page 1 of 3") == 1  # the same place goes on after the help


def test_l_lists_the_lessons_and_a_number_opens_one(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script("", "l", "2", "q"))
    assert "Module 1: First steps. 0 of 2 done." in said
    assert "1. Noticing [early] signs, 6 minutes: not started." in said
    listed = "2. The next step, 5 minutes: not started."
    assert listed in said
    assert "Lesson: The next step." in said.split(listed)[1]
    assert "Lesson: Noticing" not in said


def test_a_number_out_of_range_is_told_in_one_line(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script("", "9", "q"))
    assert "Type a number from 1 to 2." in said
    answers = learner(*TO_FIRST_QUESTION, "5", "1 2", "q")
    _, said = run_plain(FIXTURE_COURSE, data / "quiz", answers)
    assert "Type a number from 1 to 2." in said
    assert "This question takes one answer: type one number from 1 to 2." in said


def test_an_unknown_word_says_what_works(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script("", "", "hello", "q"))
    told = [line for line in said.splitlines() if line.startswith("That did not work here.")]
    assert len(told) == 1
    assert "Enter to go on" in said.split("That did not work here.")[1]


def test_p_reads_my_progress_as_sentences(data: Path) -> None:
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        for percent in (0, 50, 100):
            store.record_quiz_score(LESSON_ID, percent, 50)
        store.mark_lesson_done(LESSON_ID)
    _, said = run_plain(FIXTURE_COURSE, data, script("p", "q"))
    assert "First steps: 1 of 2 lessons done." in said
    assert "Noticing [early] signs: quiz scores 0%, 50%, 100%." in said
    assert "To delete all your data, type delete." in said


def test_m_reads_my_recovery_plan_with_the_learners_words(tmp_path: Path, data: Path) -> None:
    course = worksheet_course(tmp_path)
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids, and my health.")
    _, said = run_plain(course, data, script("m", "q"))
    assert "My reasons:\nMy kids, and my health." in said
    assert "My warning signs:\nNothing written yet. You can write it in: My warning signs." in said
    assert "Help numbers:" in said and "988" in said.split("Help numbers:")[1]


def test_a_worksheet_shows_the_answer_and_a_typed_line_replaces_it(
    tmp_path: Path, data: Path
) -> None:
    course = worksheet_course(tmp_path)
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.save_worksheet_answer(SIGNS_LESSON, "my-signs", "I stop calling people.")
    _, said = run_plain(course, data, script("3", "", "", "I want to be there for my kids.", "q"))
    assert "Prompt 1 of 2: What do you notice when you start to slide?" in said
    assert "What you wrote: I stop calling people." in said
    assert "Prompt 2 of 2: Why does recovery matter to you?" in said
    assert "Nothing is written here yet." in said and "Saved." in said
    with ProgressStore.open(data) as store:
        answers = {a.prompt_id: a.text for a in store.worksheet_answers(SIGNS_LESSON)}
    assert answers == {
        "my-signs": "I stop calling people.",
        "my-reasons": "I want to be there for my kids.",
    }


def test_people_to_call_are_added_one_per_line(tmp_path: Path, data: Path) -> None:
    course = worksheet_course(tmp_path)
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
    steps = ("4", "", "Sam 555-0100", "Aunt Rosa, (555) 010-2000", "", "q")
    _, said = run_plain(course, data, script(*steps))
    assert "People you listed: Sam, 555-0100; Aunt Rosa, (555) 010-2000." in said
    _, said = run_plain(course, data, script("m", "q"))
    assert "People you listed: Sam, 555-0100; Aunt Rosa, (555) 010-2000." in said


def test_r_starts_todays_review_when_one_is_ready(data: Path) -> None:
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.record_answer(LESSON_ID, FIRST, ["a"], False, "first")
        store.record_quiz_score(LESSON_ID, 0, 50)
        store.mark_lesson_done(LESSON_ID)
    later = datetime.now(timezone.utc) + timedelta(days=3)
    answers = learner("r", lambda s: numbers_of(s, "Feelings"), "q")
    _, said = run_plain(FIXTURE_COURSE, data, answers, now=later)
    assert "A short review is ready: 1 question from lessons you have read" in said
    assert "Review, question 1 of 1. From the lesson: Noticing [early] signs." in said
    assert "Right." in said and "Done for today." in said
    _, said = run_plain(FIXTURE_COURSE, data, script("r", "q"), now=later)
    assert "There is no review today." in said


def test_q_quits_and_saves_from_a_question(data: Path) -> None:
    code, said = run_plain(FIXTURE_COURSE, data, script(*TO_FIRST_QUESTION, "q"))
    assert code == 0 and said.rstrip().endswith("Goodbye. Your place is saved.")
    with ProgressStore.open(data) as store:
        assert store.quiz_session(LESSON_ID) is not None


def test_delete_my_data_asks_for_delete_typed_and_starts_over(data: Path) -> None:
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        store.mark_lesson_done(LESSON_ID)
    _, said = run_plain(FIXTURE_COURSE, data, script("delete", "delete", "q"))
    assert "Nothing was deleted." in said
    _, said = run_plain(FIXTURE_COURSE, data, script("delete", "DELETE", "", "q"))
    assert "progress.json" in said.split("Delete my data.")[1]
    assert "The course starts over now, as for someone new." in said
    assert said.count("Welcome to IOP Course") == 1
    assert "0 of 2 lessons done." in said.split("starts over now")[1]


def test_the_question_is_read_again_after_progress_or_the_plan(data: Path) -> None:
    _, said = run_plain(FIXTURE_COURSE, data, script(*TO_FIRST_QUESTION, "p", "q"))
    after = said.split("My progress.")[1]
    assert "Which comes first [usually]?" in after
    assert "1. " in after and "2. " in after


def test_delete_names_the_plans_the_app_saved(tmp_path: Path, data: Path) -> None:
    plan = tmp_path / "my-recovery-plan.html"
    plan.write_text("<p>my words</p>", "utf-8")
    with ProgressStore.open(data) as store:
        store.set_setting("welcome_seen", True)
        remember_saved_plan(store, plan)
    _, said = run_plain(FIXTURE_COURSE, data, script("delete", "no", "q"))
    assert f"Delete it yourself if you want it gone: {plan}." in flat(said)
