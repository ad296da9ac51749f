"""No course file can write to the terminal: control characters are made visible and reported.

The payloads are the kinds of terminal commands a file could hide: setting the window title
(OSC 0), writing the clipboard (OSC 52), clearing the screen (CSI), the one-byte C1 forms,
plain BEL, backspace and NUL, and the direction overrides that make a line read backwards.
Each is put in every place a learner or an author sees text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.content.checker import check_content
from iop_course.content.loader import load_course, open_lesson, open_quiz, read_source
from iop_course.content.model import Problem, Severity
from iop_course.safe_text import CONTROL, make_visible, shown_path

PAYLOADS = {
    "osc-title": "\x1b]0;pwned\x07",
    "osc-52-clipboard": "\x1b]52;c;cm0gLXJmIH4K\x07",
    "csi-clear": "\x1b[2J\x1b[H",
    "csi-colour": "\x1b[31mred\x1b[0m",
    "c1-csi": "\x9b2J",
    "c1-osc": "\x9d0;pwned\x9c",
    "dcs": "\x1bPq#0\x1b\\",
    "reset": "\x1bc",
    "bell-backspace-nul": "\x07\x08\x00",
    "delete": "\x7f",
    "vertical-tab-form-feed": "\x0b\x0c",
    "right-to-left-override": "0100-555-\u202e",
    "direction-isolate": "\u2067call\u2069 \u202bme\u202c",
}
LESSON = "lessons/01-coping/01-cravings.md"
QUIZ = "quizzes/01-coping/01-cravings.md"
MODULE = "lessons/01-coping/module.md"


def everything_shown(root: Path) -> list[str]:
    """Every text the app or the checker could show from a content folder."""
    course = load_course(root)
    texts = [str(problem) for problem in check_content(root).problems]
    for module in course.modules:
        texts += [module.title, module.summary, module.intro]
    for info in course.lessons():
        texts += [info.title, info.summary, *info.objectives, *info.sources]
        lesson, problems = open_lesson(info)
        texts += [str(problem) for problem in problems]
        for page in lesson.pages:
            texts.append(page.title)
            texts += [block.markdown for block in page.blocks]
        opened = open_quiz(info)
        if opened is not None:
            quiz, problems = opened
            texts += [str(problem) for problem in problems]
            for question in quiz.questions:
                texts += [
                    question.prompt,
                    question.scenario,
                    question.hint,
                    question.explanation,
                    question.facilitator_prompt,
                ]
                for choice in question.choices:
                    texts += [choice.text, choice.feedback]
    return texts


def places(author, payload: str) -> dict[str, tuple[str, str, int]]:
    """Where a payload can hide: (file, its text with the payload, the line to report)."""
    quiz = author.quiz()
    lesson = author.lesson()
    return {
        "title": (LESSON, author.lesson(title=f"Cravings {payload} end"), 2),
        "summary": (LESSON, author.lesson(summary=f"Sum {payload}"), 3),
        "objective": (
            LESSON,
            author.lesson(extra_front=f'objectives:\n  - Aim {payload}\nsources:\n  - "S."\n'),
            5,
        ),
        "body": (
            LESSON,
            lesson.replace("## Part 2", f"## Part 2 {payload}"),
            lesson.split("\n").index("## Part 2") + 1,
        ),
        "box": (
            LESSON,
            lesson.replace("Ask the group", f"Ask {payload} the group"),
            lesson.split("\n").index("Ask the group: what helps you wait?") + 1,
        ),
        "quiz-prompt": (QUIZ, quiz.replace("which helps?", f"which {payload}?", 1), 1),
        "quiz-choice": (QUIZ, quiz.replace("Call a friend", f"Call {payload}", 1), 5),
        "quiz-feedback": (QUIZ, quiz.replace("Talking it", f"Talk {payload}", 1), 6),
        "quiz-explanation": (QUIZ, quiz.replace("Reaching out", f"Reach {payload}", 1), 8),
        "module-title": (MODULE, author.module.replace("Coping skills", f"Coping {payload}"), 2),
    }


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
@pytest.mark.parametrize(
    "place",
    [
        "title",
        "summary",
        "objective",
        "body",
        "box",
        "quiz-prompt",
        "quiz-choice",
        "quiz-feedback",
        "quiz-explanation",
        "module-title",
    ],
)
def test_a_control_character_anywhere_is_shown_harmless_and_reported_at_its_line(
    make_content, clean_files, author, payload, place
):
    relative, text, line = places(author, payload)[place]
    root = make_content({**clean_files, relative: text})
    report = check_content(root)
    reported = [p for p in report.errors if p.path == root / relative]
    assert [(p.line, "control character" in p.message) for p in reported] == [(line, True)]
    shown = everything_shown(root)
    assert not [text for text in shown if CONTROL.search(text)]
    assert any(make_visible(payload) in text for text in shown)


@pytest.mark.parametrize(
    "escape", ["\\e]0;pwned\\a", "\\x9b2J", "\\u001b[2J", "\\x1b]52;c;eA==\\a", "\\u202e"]
)
def test_yaml_escapes_that_make_control_characters_are_caught_too(
    make_content, clean_files, author, escape
):
    root = make_content({**clean_files, LESSON: author.lesson(title=f'"Cravings {escape}"')})
    report = check_content(root)
    reported = [p for p in report.errors if p.path == root / LESSON]
    assert [(p.line, "control character" in p.message) for p in reported] == [(2, True)]
    assert not CONTROL.search(load_course(root).lessons()[0].title)


def test_the_checker_prints_no_control_character(run_cli, make_content, clean_files, author):
    root = make_content({**clean_files, LESSON: author.lesson(title="A \x1b]0;pwned\x07 b")})
    result = run_cli("check", str(root))
    assert result.returncode == 1
    assert not CONTROL.search(result.stdout + result.stderr)
    assert "control characters (U+001B, U+0007)" in result.stdout


def test_the_checker_prints_a_direction_override_as_a_visible_mark(
    run_cli, make_content, clean_files, author
):
    root = make_content({**clean_files, LESSON: author.lesson(title="Call 555-\u202e0100")})
    result = run_cli("check", str(root))
    assert "\u202e" not in result.stdout + result.stderr
    assert "a control character (U+202E)" in result.stdout and "read backwards" in result.stdout


def test_a_problem_with_a_control_character_in_its_path_prints_it_visible():
    problem = Problem(Path("/tmp/a\x1b]0;x\x07b/c\udcff.md"), 3, "bad \x9b")
    assert str(problem) == "/tmp/a\u241b]0;x\u2407b/c\ufffd.md:3: bad \ufffd"
    assert shown_path(Path("plain/path.md")) == "plain/path.md"


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200), st.sampled_from(["front", "body"])
)
def test_no_text_at_all_gets_a_control_character_through_the_reader(text, where):
    head = "---\ntitle: T\nsummary: S\n"
    content = (
        head + f"objectives:\n  - {text}\n---\nBody.\n"
        if where == "front"
        else head + f"---\n{text}\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_bytes(content.encode("utf-8", "surrogatepass"))
        source = read_source(path, front_matter_required=True)
        if isinstance(source, Problem):
            return
        assert not CONTROL.search(source.body)
        values = [v for v in source.front_matter.values() if isinstance(v, str)]
        values += [
            item
            for v in source.front_matter.values()
            if isinstance(v, list)
            for item in v
            if isinstance(item, str)
        ]
        assert not [value for value in values if CONTROL.search(value)]
        assert all(p.severity is Severity.ERROR for p in source.control_characters)
        lines = content.replace("\r\n", "\n").replace("\r", "\n")
        assert bool(source.control_characters) == bool(CONTROL.search(lines))


@SETTINGS
@given(st.binary(max_size=300), st.binary(max_size=300))
def test_any_bytes_in_a_lesson_and_its_quiz_are_checked_and_opened_without_a_crash(
    lesson_bytes, quiz_bytes
):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "lessons" / "01-m").mkdir(parents=True)
        (root / "quizzes" / "01-m").mkdir(parents=True)
        (root / "lessons" / "01-m" / "module.md").write_text("---\ntitle: M\nsummary: S\n---\n")
        (root / "lessons" / "01-m" / "01-a.md").write_bytes(b"---\ntitle: T\n" + lesson_bytes)
        (root / "quizzes" / "01-m" / "01-a.md").write_bytes(quiz_bytes)
        report = check_content(root)
        assert not [str(p) for p in report.problems if CONTROL.search(str(p))]
        assert not [text for text in everything_shown(root) if CONTROL.search(text)]
