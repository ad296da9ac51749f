"""The quiz loop through the real UI: shuffled choices, no answer by accident, one
meaning per key, every choice readable, the verdict in view, a way back to the lesson, the score
kept, and a damaged saved quiz that starts over. Checked at 60x20 and 80x24.
"""

from __future__ import annotations

import re

import pytest

from iop_course.content.quiz_model import MAX_CHOICES
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.quiz import QuizScreen
from iop_course.ui.screens.quiz_result import QuizResultScreen
from iop_course.ui.widgets.choice_list import ChoiceList
from tests.ui.conftest import compact, screen_text
from tests.ui.quiz_helpers import choice_key, choice_rows, press_choices, shown_choices

LESSON_ID = "01-first-steps/01-noticing"
SIZES = [(60, 20), (80, 24)]

STORY = (
    "Dana is home alone after a hard day at work. It is late, the stores are still open, "
    "and a strong craving hits out of nowhere. She wants to get through the night."
)
LONG_RIGHT = (
    "Call or text someone on her support list, even if it is late, and tell them "
    "what is going on [right now]"
)
LONG_CHOICES = [
    (True, LONG_RIGHT),
    (
        True,
        "Go for a short walk around the block, drink a big glass of cold water, or take a "
        "warm shower to change how her body feels",
    ),
    (
        False,
        'Keep a little on hand "just in case", so that she does not have to go out to '
        "get it if the craving gets too strong",
    ),
    (
        False,
        "Stay up alone and try to fight the craving with willpower, without telling anyone "
        "about it [bold]at all[/bold]",
    ),
    (
        False,
        "Decide that one night of use does not matter much, since she has been doing so "
        "well for weeks now",
    ),
]
FEEDBACK = (
    "This is the feedback the author wrote for this choice, long enough to fill a few "
    "lines at sixty columns so that the verdict would scroll away if it were last."
)


def long_quiz() -> str:
    """A select-all question with five long choices, then a pick-one question, both with a story."""
    choices = "".join(
        f"- [{'x' if right else ' '}] {text}\n  > {FEEDBACK}\n" for right, text in LONG_CHOICES
    )
    return (
        f"## Select all that apply: which of these can help Dana tonight?\n\n{STORY}\n\n"
        f"{choices}\nCravings pass, and people and movement help them pass sooner.\n\n"
        f"## What could Dana do first?\n\n{STORY}\n\n"
        f"- [x] Call a friend\n  > {FEEDBACK}\n- [ ] Wait it out alone\n  > {FEEDBACK}\n"
        f"- [ ] Go to the store\n  > {FEEDBACK}\n\nReaching out helps.\n"
    )


@pytest.fixture
def long_course(tmp_path):
    """A one-lesson course whose quiz has long choices, brackets and long feedback."""
    root = tmp_path / "content"
    (root / "lessons" / "01-m").mkdir(parents=True)
    (root / "quizzes" / "01-m").mkdir(parents=True)
    (root / "lessons" / "01-m" / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
    (root / "lessons" / "01-m" / "01-l.md").write_text(
        "---\ntitle: Cravings\nsummary: S\n---\nPage one.\n\n## Two\n\nPage two.\n"
    )
    (root / "quizzes" / "01-m" / "01-l.md").write_text(long_quiz())
    return root


async def open_quiz(app, pilot, lesson_id: str = LESSON_ID) -> QuizScreen:
    await pilot.pause()
    app.open_lesson(lesson_id, quiz=True)
    await pilot.pause()
    assert isinstance(app.screen, QuizScreen)
    return app.screen


# --- 4. shuffled choices -------------------------------------------------------------------


async def test_the_order_of_choices_is_kept_across_quit_and_reopen(open_app):
    orders = []
    for _ in range(2):
        app = open_app(welcome_seen=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_quiz(app, pilot)
            orders.append(shown_choices(app))
            await pilot.press("q")
        app.store.close()
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == ["Feelings", "Using again"]


async def test_a_retake_and_each_review_round_show_a_new_order(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot)
        first = shown_choices(app)
        await press_choices(pilot, "Using again")  # wrong: it comes back for review
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()
        assert "Practice the ones you missed" in screen_text(app)
        review = shown_choices(app)
        assert review != first and sorted(review) == sorted(first)
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizResultScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert "Question 1 of 2" in screen_text(app)
        assert shown_choices(app) != review


async def test_true_or_false_questions_show_true_first(open_app, tmp_path):
    root = tmp_path / "content"
    (root / "lessons" / "01-m").mkdir(parents=True)
    (root / "quizzes" / "01-m").mkdir(parents=True)
    (root / "lessons" / "01-m" / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
    (root / "lessons" / "01-m" / "01-l.md").write_text("---\ntitle: L\nsummary: S\n---\nText.\n")
    (root / "quizzes" / "01-m" / "01-l.md").write_text(
        "## True or false: cravings pass.\n\n- [ ] False\n  > No.\n- [x] True\n  > Yes.\n\nW.\n"
    )
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot, "01-m/01-l")
        assert shown_choices(app) == ["True", "False"]
        assert app.screen.session.orders == {}


# --- 5. no answer by accident ---------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_nothing_is_marked_and_enter_twice_after_feedback_answers_nothing(open_app, size):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await open_quiz(app, pilot)
        assert app.screen.query_one(ChoiceList).highlighted is None
        assert "▸" not in screen_text(app)
        await press_choices(pilot, "Feelings")
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert "Question 1 of 2" in screen_text(app)  # Enter does not move on
        await pilot.press("n", "enter", "enter", "space", "n")
        await pilot.pause()
        assert "Question 2 of 2" in screen_text(app)
        assert not app.screen.session.answered
        assert app.screen.query_one(ChoiceList).ticked == set()
        assert len(app.store.answers(LESSON_ID)) == 1


# --- 6. one key, one meaning ----------------------------------------------------------------


def enabled_by_key(screen) -> dict[str, list[str]]:
    """Every key of the screen's own bindings and the actions it would run right now."""
    found: dict[str, list[str]] = {}
    for key, binding in screen._bindings:
        action = binding.action.partition("(")[0]
        if screen.check_action(action, ()) is not False:
            found.setdefault(key, []).append(binding.action)
    return found


async def test_no_key_means_two_things_and_n_n_never_skips_the_score(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_quiz(app, pilot)
        states = []
        for texts, check in ((["Feelings"], False), (["Call a friend", "Take a walk"], True)):
            states.append(enabled_by_key(screen))
            await press_choices(pilot, *texts)
            if check:
                await pilot.press("c")
                await pilot.pause()
            states.append(enabled_by_key(screen))
            if not check:
                await pilot.press("n")
                await pilot.pause()
        for state in states:
            assert all(len(actions) == 1 for actions in state.values()), state
        assert "see_result" in states[-1]["n"]
        await pilot.press("n", "n", "n")
        await pilot.pause()
        assert isinstance(app.screen, QuizResultScreen)
        result = enabled_by_key(app.screen)
        assert all(len(actions) == 1 for actions in result.values())
        assert "n" not in result and "enter" not in result
        assert "You got 2 of 2 right" in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_get_help_stays_first_in_the_footer_on_every_quiz_screen(open_app, size):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await open_quiz(app, pilot)
        footers = [screen_text(app).splitlines()[-1]]
        await press_choices(pilot, "Feelings")
        footers.append(screen_text(app).splitlines()[-1])
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()
        footers.append(screen_text(app).splitlines()[-1])
        for footer in footers:
            assert footer.strip().startswith("g Get help now"), footer


# --- 7. every choice can be read ------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_long_choices_wrap_with_a_hanging_indent_and_boxes_differ_without_colour(
    open_app, long_course, size
):
    app = open_app(long_course, welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await open_quiz(app, pilot, "01-m/01-l")
        await press_choices(pilot, LONG_RIGHT)
        rows = choice_rows(app)
        for text, lines in rows.items():
            indent = re.match(r"^[▸✓✗ ] +\d+\. (\[[x ]\] )?", lines[0]).end()
            assert len(lines) >= 2, "a long choice wraps onto more lines"
            assert all(line[:indent].strip() == "" for line in lines[1:]), "a hanging indent"
            words = " ".join(line[indent:].strip() for line in lines)
            assert words == text, "every word is shown, nothing cut"
        marks = [lines[0] for lines in rows.values()]
        assert sum("[x]" in mark for mark in marks) == 1
        assert sum("[ ]" in mark for mark in marks) == 4
        assert rows[LONG_CHOICES[3][1]][-1].endswith("[bold]at all[/bold]")
        choices = app.screen.query_one(ChoiceList)
        choices.scroll_visible(animate=False, top=True)
        await pilot.pause()
        text = screen_text(app)
        assert "…" not in text
        first = choices.lines(choices.content_size.width)[0].plain.rstrip()
        assert first in text, "the list draws the lines it laid out"


@pytest.mark.parametrize("size", SIZES)
async def test_after_an_answer_each_choice_says_in_words_and_symbols_what_it_was(
    open_app, long_course, size
):
    app = open_app(long_course, welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await open_quiz(app, pilot, "01-m/01-l")
        await press_choices(pilot, LONG_RIGHT, LONG_CHOICES[2][1])
        await pilot.press("c")
        await pilot.pause()
        rows = choice_rows(app)
        said = {
            text: (lines[0], " ".join(line.strip() for line in lines))
            for text, lines in rows.items()
        }
        assert said[LONG_RIGHT][0].startswith("✓") and "[x]" in said[LONG_RIGHT][0]
        assert said[LONG_RIGHT][1].endswith("(ticked, right)")
        assert said[LONG_CHOICES[1][1]][0].startswith("✓")
        assert said[LONG_CHOICES[1][1]][1].endswith("(not ticked, but right)")
        assert said[LONG_CHOICES[2][1]][0].startswith("✗")
        assert said[LONG_CHOICES[2][1]][1].endswith("(ticked, not right)")
        assert said[LONG_CHOICES[3][1]][0].startswith(" ") and "[ ]" in said[LONG_CHOICES[3][1]][0]


# --- 8. the verdict and the story are in view -----------------------------------------------


@pytest.mark.parametrize("size", SIZES)
async def test_the_story_is_in_view_when_a_question_appears_and_the_verdict_after_an_answer(
    open_app, long_course, size
):
    app = open_app(long_course, welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        await open_quiz(app, pilot, "01-m/01-l")
        assert compact("Dana is home alone after a hard day") in compact(screen_text(app))
        await press_choices(pilot, LONG_RIGHT)
        await pilot.press("c")
        await pilot.pause()
        await pilot.pause()
        text = screen_text(app)
        body = "\n".join(text.splitlines()[1:-2])  # the scrolled part, not the status line
        assert "✗ Not quite." in body
        await pilot.press("n")
        await pilot.pause()
        assert compact("Dana is home alone after a hard day") in compact(screen_text(app))
        await press_choices(pilot, "Call a friend")
        await pilot.pause()
        body = "\n".join(screen_text(app).splitlines()[1:-2])
        assert "✓ Right!" in body


# --- 3. a way back to the lesson --------------------------------------------------------------


async def test_read_the_lesson_opens_page_1_and_its_last_page_comes_back_to_the_question(open_app):
    app = open_app(welcome_seen=True)
    app.store.set_page(LESSON_ID, 2)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot)
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert "Page 1 of 3" in screen_text(app)
        app.screen.page_index = 2
        await app.screen._show_page()
        app.screen.action_finish_reading()
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert "Question 2 of 2" in screen_text(app)


async def test_the_result_screen_reads_the_lesson_from_page_1(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot)
        await press_choices(pilot, "Feelings")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c", "n")
        await pilot.pause()
        assert isinstance(app.screen, QuizResultScreen)
        assert "l Read the lesson" in screen_text(app)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert "Page 1 of 3" in screen_text(app)


# --- the score is kept; a damaged saved quiz starts over ------------------------------------


async def test_the_first_pass_score_is_kept_before_the_review_round(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot)
        await press_choices(pilot, "Using again")
        await pilot.press("n")
        await press_choices(pilot, "Call a friend", "Take a walk")
        await pilot.press("c")
        await pilot.pause()
        assert app.store.quiz_scores(LESSON_ID) == []
        await pilot.press("n")
        await pilot.pause()
        assert "Practice the ones you missed" in screen_text(app)
    scores = app.store.quiz_scores(LESSON_ID)
    assert [(score.percent, score.pass_percent) for score in scores] == [(50, 50)]


@pytest.mark.parametrize(
    "saved",
    [
        {"phase": "review", "round": ["x"], "position": "0"},
        {"quiz_questions": 7},
        {"position": 1.5, "current_pick": "a"},
    ],
)
async def test_a_damaged_saved_quiz_starts_over_at_the_first_question(open_app, saved):
    app = open_app(welcome_seen=True)
    app.store.save_quiz_session(LESSON_ID, saved)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_quiz(app, pilot)
        assert "Question 1 of 2" in screen_text(app)
        assert choice_key(app, "Feelings") in ("1", "2")


# --- 12. quick steps: widgets filled in place, the footer never rebuilt ---------------------


def footer_says(app) -> list[str]:
    """The keys the footer shows, as a learner reads them (key and words)."""
    from textual.widgets._footer import FooterKey

    return [
        f"{key.key_display} {key.description}" for key in app.screen.query(FooterKey) if key.display
    ]


def footer_should_say(app) -> list[str]:
    """What Textual's own Footer would show for the screen's working keys right now, with the
    number keys named for the question's own count (1-2, not 1-7)."""
    shown, seen = [], set()
    named = getattr(app.screen, "footer_key_displays", {})
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if binding.show and binding.action not in seen:
            seen.add(binding.action)
            key = named.get(binding.action) or app.get_key_display(binding)
            shown.append(f"{key} {binding.description}")
    return [*shown, "^p palette"]


async def test_each_step_fills_the_same_widgets_and_the_footer_tells_the_truth(open_app):
    """Wide enough for every key (narrower footers leave keys out: test_footers_fit)."""
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(160, 24)) as pilot:
        screen = await open_quiz(app, pilot)
        widgets = set(screen.query("*"))
        assert footer_says(app) == footer_should_say(app)
        await press_choices(pilot, "Feelings")
        assert footer_says(app) == footer_should_say(app)
        assert "n Next question" in footer_says(app) and "1-9 Pick" not in footer_says(app)
        await pilot.press("n")
        await pilot.pause()
        assert footer_says(app) == footer_should_say(app)
        await press_choices(pilot, "Call a friend")
        await pilot.press("h")
        await pilot.pause()
        assert footer_says(app) == footer_should_say(app)
        assert "h Hint" not in footer_says(app)
        assert set(screen.query("*")) == widgets, "nothing was taken down or built again"


# --- the choice limit ----------------------------------------------------------------------


@pytest.fixture
def most_choices_course(tmp_path):
    """A one-lesson course whose one question has as many choices as a question may have."""
    root = tmp_path / "content"
    (root / "lessons" / "01-m").mkdir(parents=True)
    (root / "quizzes" / "01-m").mkdir(parents=True)
    (root / "lessons" / "01-m" / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
    (root / "lessons" / "01-m" / "01-l.md").write_text(
        "---\ntitle: Ways\nsummary: S\n---\nPage one.\n"
    )
    choices = "".join(
        f"- [{'x' if number == 1 else ' '}] Way {number}\n  > Feedback {number}.\n"
        for number in range(1, MAX_CHOICES + 1)
    )
    (root / "quizzes" / "01-m" / "01-l.md").write_text(
        f"## Which way helps?\n\n{choices}\nThe first way helps.\n"
    )
    return root


@pytest.mark.parametrize("size", SIZES)
async def test_every_choice_up_to_the_limit_is_shown_and_has_its_number_key(
    open_app, most_choices_course, size
):
    app = open_app(most_choices_course, welcome_seen=True)
    async with app.run_test(size=size) as pilot:
        screen = await open_quiz(app, pilot, "01-m/01-l")
        rows = choice_rows(app)
        assert len(rows) == MAX_CHOICES
        assert sorted(int(row[0].split(".")[0][1:]) for row in rows.values()) == list(
            range(1, MAX_CHOICES + 1)
        )
        assert f"1-{MAX_CHOICES} Pick" in footer_says(app)
        last = shown_choices(app)[-1]
        await pilot.press(str(MAX_CHOICES))
        await pilot.pause()
        assert screen.session is not None and screen.session.answered
        text = screen_text(app)
        assert f"Feedback {last.split()[-1]}." in text
        assert last == "Way 1" or f"You picked: {last}" in text  # the right one says it is
