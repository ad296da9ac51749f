"""The recovery plan: gathered from two lessons, printed with only the chosen parts, escaped."""

from __future__ import annotations

import json
import stat
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from iop_course.cli import main
from iop_course.content.help_lines import HELP_LINES
from iop_course.content.loader import load_course
from iop_course.content.worksheet_model import ALL_PLAN_CHOICES, PlanExtra, PlanPart
from iop_course.export.plan import build_plan_html
from iop_course.export.recovery_plan import gather_plan, parse_choices
from iop_course.store import ProgressStore
from iop_course.store.worksheet_answers import WorksheetAnswer
from tests.ui.worksheet_course import PEOPLE_LESSON, SIGNS_LESSON, worksheet_course

STAMP = "2026-01-02T03:04:05+00:00"
HOSTILE = '<script>alert(1)</script> [bold]me[/] & "you"\n<img src="http://x/y.png">'


def _answers(**texts: str) -> list[WorksheetAnswer]:
    lessons = {
        "my-signs": SIGNS_LESSON,
        "my-reasons": SIGNS_LESSON,
        "my-steps": SIGNS_LESSON,
        "my-people": PEOPLE_LESSON,
        "my-safety": PEOPLE_LESSON,
        "my-slip": PEOPLE_LESSON,
        "night-signs": PEOPLE_LESSON,
        "night-people": PEOPLE_LESSON,
    }
    return [WorksheetAnswer(lessons[prompt], prompt, text, STAMP) for prompt, text in texts.items()]


class _Plan(HTMLParser):
    """Sections by id with their text, tags and attributes seen."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, str] = {}
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self._current: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)
        found = dict(attrs).get("id")
        if tag == "section" and found:
            self._current = found
            self.sections[found] = ""

    def handle_endtag(self, tag):
        if tag == "section":
            self._current = None

    def handle_data(self, data):
        self.text.append(data)
        if self._current:
            self.sections[self._current] += data


def _parse(html: str) -> _Plan:
    parsed = _Plan()
    parsed.feed(html)
    return parsed


@pytest.fixture
def course(tmp_path):
    return load_course(worksheet_course(tmp_path))


def test_the_plan_gathers_answers_from_two_lessons(course):
    plan = gather_plan(
        course,
        _answers(
            **{
                "my-signs": "I skip meals",
                "my-people": '[["Meena", "555-0100"]]',
                "my-safety": "In my work bag",
                "my-reasons": "   ",
            }
        ),
    )
    signs = plan.section(PlanPart.WARNING_SIGNS)
    assert [(e.place.lesson_id, e.text) for e in signs.entries] == [(SIGNS_LESSON, "I skip meals")]
    people = plan.section(PlanPart.PEOPLE)
    assert [(c.name, c.number) for e in people.entries for c in e.contacts] == [
        ("Meena", "555-0100")
    ]
    assert people.entries[0].place.lesson_id == PEOPLE_LESSON
    assert plan.section(PlanPart.REASONS).empty  # blank words are not an answer
    assert [p.lesson_id for p in plan.section(PlanPart.REASONS).places] == [SIGNS_LESSON]
    assert plan.section(PlanPart.INSTEAD).places[0].page == 1  # the page the prompt is on
    assert plan.section(PlanPart.SAFETY).places[0].prompt_id == "my-safety"
    assert plan.section(PlanPart.TRIGGERS).places == ()  # no lesson here asks for it


@pytest.mark.parametrize(
    "chosen",
    [
        ["reasons", "help"],
        ["people"],
        ["warning-signs", "safety", "instead"],
        [choice.value for choice in ALL_PLAN_CHOICES],
    ],
)
def test_the_html_has_every_chosen_part_and_nothing_else(course, chosen):
    plan = gather_plan(
        course,
        _answers(
            **{
                "my-signs": "SIGN-WORDS",
                "my-reasons": "REASON-WORDS",
                "my-steps": "STEP-WORDS",
                "my-people": '[["Meena", "555-0100"]]',
                "my-safety": "SAFETY-WORDS",
            }
        ),
    )
    html = build_plan_html(plan, parse_choices(chosen), made_on=date(2026, 11, 29))
    page = _parse(html)
    assert set(page.sections) == {f"part-{name}" for name in chosen}
    marks = {
        "warning-signs": "SIGN-WORDS",
        "reasons": "REASON-WORDS",
        "instead": "STEP-WORDS",
        "people": "555-0100",
        "safety": "SAFETY-WORDS",
        "help": HELP_LINES[0][0],
    }
    everything = " ".join(page.text)
    for name, mark in marks.items():
        assert (mark in everything) is (name in chosen), name
        if name in chosen:
            assert mark in page.sections[f"part-{name}"]
    assert "November 29, 2026" in everything


def test_an_empty_part_has_ruled_lines_to_write_on(course):
    html = build_plan_html(gather_plan(course, []), [PlanPart.REASONS, PlanPart.TRIGGERS])
    sections = _parse(html).sections
    assert sections["part-reasons"] == "My reasons"  # the heading, and lines for a pen
    assert html.count('<div class="lines"><div></div><div></div><div></div></div>') == 2
    assert "Not written yet" not in html and "From the lesson" not in html


def test_everything_the_learner_wrote_is_escaped_and_nothing_is_fetched(course):
    plan = gather_plan(
        course, _answers(**{"my-signs": HOSTILE, "my-people": json.dumps([[HOSTILE, "<b>1</b>"]])})
    )
    html = build_plan_html(plan)
    page = _parse(html)
    assert not {"script", "img", "b", "link"} & page.tags
    assert not any(name == "src" for name, _ in page.attributes)
    everything = "".join(page.text)
    assert '<script>alert(1)</script> [bold]me[/] & "you"' in everything
    assert "<b>1</b>" in everything
    assert "@media print" in html and "<link" not in html and "url(" not in html


def test_safety_always_reminds_of_naloxone_and_never_using_alone(course):
    html = build_plan_html(gather_plan(course, []), [PlanPart.SAFETY])
    text = _parse(html).sections["part-safety"]
    assert "naloxone" in text and "Never use alone" in text


def test_the_slip_plan_is_a_part_with_its_safety_facts(course):
    """The morning after a slip: who to call, and the seizure risk of stopping daily downers."""
    plan = gather_plan(course, _answers(**{"my-slip": "Call Meena, then my counselor"}))
    slip = plan.section(PlanPart.IF_I_SLIP)
    assert [entry.text for entry in slip.entries] == ["Call Meena, then my counselor"]
    text = _parse(build_plan_html(plan, [PlanPart.IF_I_SLIP])).sections["part-if-i-slip"]
    assert "If I slip" in text and "Call Meena, then my counselor" in text
    assert "seizures" in text and "prescriber" in text


def test_the_hard_nights_plan_shows_each_step_with_its_question_and_988(course):
    plan = gather_plan(
        course,
        _answers(**{"night-people": "My sister 555-0101", "night-signs": "I stop eating"}),
    )
    steps = plan.section(PlanPart.HARD_NIGHTS).entries
    assert [entry.prompt.id for entry in steps] == ["night-signs", "night-people"]  # step order
    text = _parse(build_plan_html(plan, [PlanPart.HARD_NIGHTS])).sections["part-hard-nights"]
    assert text.index("Step 1. My warning signs.") < text.index("I stop eating")
    assert text.index("I stop eating") < text.index("Step 4. People I can ask for help.")
    assert "Call or text 988" in text and "press 1" in text and "AYUDA" in text
    assert "call 911" in text


def test_the_plan_reads_from_reasons_to_the_hard_nights_plan():
    assert [choice.value for choice in ALL_PLAN_CHOICES] == [
        "reasons",
        "triggers",
        "warning-signs",
        "instead",
        "people",
        "if-i-slip",
        "safety",
        "hard-nights",
        "help",
    ]


def test_export_plan_command_writes_a_private_file_from_the_learners_data(tmp_path, capsys):
    root = worksheet_course(tmp_path)
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids")
        store.save_worksheet_answer(PEOPLE_LESSON, "my-safety", "Kitchen drawer")
    target = tmp_path / "plan.html"
    assert (
        main(
            [
                "export",
                "plan",
                "-o",
                str(target),
                "--parts",
                "reasons",
                "help",
                "--data-dir",
                str(data),
                "--content",
                str(root),
            ]
        )
        == 0
    )
    assert str(target) in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = _parse(target.read_text("utf-8"))
    assert set(page.sections) == {"part-reasons", "part-help"}
    assert "My kids" in page.sections["part-reasons"]
    assert "Kitchen drawer" not in "".join(page.text)


def test_export_plan_to_a_missing_folder_says_so(tmp_path, capsys):
    target = tmp_path / "missing" / "plan.html"
    assert main(["export", "plan", "-o", str(target), "--data-dir", str(tmp_path / "d")]) == 1
    assert "could not be written" in capsys.readouterr().err


def test_export_plan_refuses_an_unknown_part(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", "plan", "--parts", "hopes", "--data-dir", str(tmp_path / "d")])
    assert "hopes" in capsys.readouterr().err


def test_help_is_a_choice_beside_the_parts():
    assert parse_choices(["help", "Reasons"]) == (PlanPart.REASONS, PlanExtra.HELP)
    with pytest.raises(ValueError, match="'hopes' is not a part"):
        parse_choices(["hopes"])


def test_the_builtin_plan_lessons_feed_every_part():
    from iop_course.content.locate import builtin_content_dir

    plan = gather_plan(load_course(builtin_content_dir()), [])
    for section in plan.sections:
        assert section.places, f"no lesson of the course feeds {section.part.label}"
    titles = {place.lesson_title for section in plan.sections for place in section.places}
    assert {"My relapse prevention plan", "My continuing-care plan"} <= titles
    slip = plan.section(PlanPart.IF_I_SLIP).places
    assert ("02-relapse-prevention/06-my-relapse-prevention-plan", "if-i-slip") in {
        (place.lesson_id, place.prompt_id) for place in slip
    }


def test_the_builtin_staying_safe_prompt_asks_for_the_prescribers_number():
    from iop_course.content.locate import builtin_content_dir

    course = load_course(builtin_content_dir())
    lesson_id = "02-relapse-prevention/06-my-relapse-prevention-plan"
    from iop_course.content.loader import open_lesson

    lesson, _ = open_lesson(course.lesson(lesson_id))
    prompts = {prompt.id: prompt for _, prompt in lesson.worksheet_prompts()}
    assert prompts["staying-safe"].plan is PlanPart.SAFETY
    assert "prescriber's name and phone number" in prompts["staying-safe"].text
    assert prompts["if-i-slip"].plan is PlanPart.IF_I_SLIP


def test_the_builtin_hard_nights_plan_has_stanley_and_browns_six_steps_in_order():
    """Warning signs, coping alone, distraction, asking for help, professionals and 988, and a
    safer space: one lesson, in that order, each step a prompt of its own."""
    from iop_course.content.locate import builtin_content_dir

    plan = gather_plan(load_course(builtin_content_dir()), [])
    places = plan.section(PlanPart.HARD_NIGHTS).places
    assert len(places) == 1  # one lesson holds the whole plan
    from iop_course.content.loader import open_lesson

    course = load_course(builtin_content_dir())
    lesson, _ = open_lesson(course.lesson(places[0].lesson_id))
    steps = [
        p.text.lower() for _, p in lesson.worksheet_prompts() if p.plan is PlanPart.HARD_NIGHTS
    ]
    words = ["warning signs", "on my own", "take my mind off", "ask for help", "988", "safe"]
    assert len(steps) == 6
    for number, (step, word) in enumerate(zip(steps, words, strict=True), start=1):
        assert step.startswith(f"step {number}.") and word in step, step


def test_gathering_never_imports_textual(tmp_path: Path):
    import subprocess
    import sys

    script = (
        "import sys, iop_course.export.plan, iop_course.export.recovery_plan\n"
        "print([n for n in sys.modules if n.split('.')[0] == 'textual'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_export_plan_works_while_the_app_has_the_folder_open(tmp_path, capsys):
    """The learner may print from a second terminal: reading changes nothing on disk."""
    root = worksheet_course(tmp_path)
    data = tmp_path / "data"
    target = tmp_path / "plan.html"
    with ProgressStore.open(data) as store:
        store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids")
        store.flush()
        before = (data / "progress.json").read_bytes()
        assert (
            main(
                [
                    "export",
                    "plan",
                    "-o",
                    str(target),
                    "--data-dir",
                    str(data),
                    "--content",
                    str(root),
                ]
            )
            == 0
        )
        assert (data / "progress.json").read_bytes() == before
    assert "My kids" in _parse(target.read_text("utf-8")).sections["part-reasons"]


def test_export_plan_before_any_progress_prints_an_empty_plan(tmp_path):
    target = tmp_path / "plan.html"
    assert main(["export", "plan", "-o", str(target), "--data-dir", str(tmp_path / "new")]) == 0
    assert _parse(target.read_text("utf-8")).sections["part-reasons"] == "My reasons"  # lines
