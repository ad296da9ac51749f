"""``iop-course check`` run as a person runs it: every mistake as path:line: message, no traceback.

Also the quality warnings of the checker (reading grade, length, pages, sources, facilitator box,
quiz size), which never fail the check on their own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iop_course.content.checker import (
    MAX_PAGES,
    MAX_WORDS,
    MIN_QUESTIONS,
    MIN_WORDS,
    check_content,
)

# A problem with a whole file or folder has no line: 'path: message'.
LINE = re.compile(r"^(?P<path>.+?)(?::(?P<line>[0-9]+))?: (?P<message>\S.*)$")
SUMMARY = re.compile(
    r"^Checked \d+ modules?, \d+ lessons? and \d+ quiz questions?"
    r"(?:, and \d+ translated files?)?: "
    r"(?P<mistakes>\d+) mistakes?, (?P<warnings>\d+) warnings?\.$"
)


def problem_lines(stdout: str) -> tuple[list[re.Match[str]], re.Match[str]]:
    """Every problem line of the output, parsed, and the summary line; fails on anything else."""
    lines = stdout.splitlines()
    assert lines, "the checker printed nothing"
    summary = SUMMARY.match(lines[-1])
    assert summary, lines[-1]
    parsed = [LINE.match(line) for line in lines[:-1]]
    assert all(parsed), [line for line, match in zip(lines[:-1], parsed, strict=True) if not match]
    return parsed, summary


def assert_no_traceback(result) -> None:
    """Nothing a person sees looks like a crash."""
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr


def test_a_folder_full_of_mistakes_lists_every_one_and_exits_1(
    run_cli, make_content, clean_files, author
):
    root = make_content(
        {
            **clean_files,
            "lessons/01-coping/01-cravings.md": author.lesson(
                body="Opening.\n\n::: note\nX.\n:::\n"
            ),
            "lessons/01-coping/02-saying-no.md": author.lesson(title=""),
            "lessons/01-coping/03-bad-bytes.md": b"---\ntitle: T\nsummary: \xff\n---\n",
            "lessons/01-coping/04-no-front.md": "Just text.\n",
            "lessons/02-no-module-md/01-a.md": author.lesson(),
            "quizzes/01-coping/01-cravings.md": (
                "## Q?\n\n- [ ] A\n  > No.\n- [ ] B\n  > No.\n\nE.\n\n"
                "## R?\n\n- [ ] A\n  > No.\n- [x] B\n\nE.\n"
            ),
            "quizzes/01-coping/09-ghost.md": author.quiz(),
        }
    )
    result = run_cli("check", str(root))
    assert_no_traceback(result)
    assert result.returncode == 1
    parsed, summary = problem_lines(result.stdout)
    errors = sorted(
        (Path(m["path"]).relative_to(root).as_posix(), int(m["line"] or 0), m["message"])
        for m in parsed
        if not m["message"].startswith("warning: ")
    )
    body_line = author.lesson().split("\n").index("---", 1) + 2
    expected = [
        ("lessons/01-coping/01-cravings.md", body_line + 2, "unknown box kind 'note'"),
        ("lessons/01-coping/02-saying-no.md", 1, "the title is missing"),
        ("lessons/01-coping/03-bad-bytes.md", 3, "not saved as UTF-8"),
        ("lessons/01-coping/04-no-front.md", 1, "must start with front matter"),
        ("lessons/02-no-module-md", 0, "has no module.md"),
        ("quizzes/01-coping/01-cravings.md", 1, "no correct choice"),
        ("quizzes/01-coping/01-cravings.md", 14, "this choice has no feedback"),
        ("quizzes/01-coping/09-ghost.md", 1, "this quiz has no lesson"),
    ]
    assert [place[:2] for place in errors] == [place[:2] for place in expected]
    for (_, _, message), (_, _, words) in zip(errors, expected, strict=True):
        assert words in message
    assert int(summary["mistakes"]) == len(expected)
    assert result.stderr == ""


def test_problems_are_sorted_by_file_and_line(run_cli, make_content, clean_files):
    quiz = (
        "## Q?\n\n- [ ] A\n  > No.\n- [x] B\n\nE.\n\n"
        "## R?\n\n- [ ] A\n- [x] B\n  > Yes.\n\nE.\n\n"
        "## S?\n\n- [x] A\n  > Yes.\n\nE.\n"
    )
    root = make_content({**clean_files, "quizzes/01-coping/01-cravings.md": quiz})
    result = run_cli("check", str(root))
    parsed, _ = problem_lines(result.stdout)
    places = [(m["path"], int(m["line"] or 0)) for m in parsed]
    assert places == sorted(places)
    quiz_path = str(root / "quizzes/01-coping/01-cravings.md")
    assert [line for path, line in places if path == quiz_path] == [5, 11, 17]
    assert result.returncode == 1


def test_a_clean_folder_exits_0_with_no_problem_lines(run_cli, make_content, clean_files):
    result = run_cli("check", str(make_content(clean_files)))
    assert_no_traceback(result)
    assert result.returncode == 0
    assert result.stdout == (
        "Checked 1 module, 2 lessons and 8 quiz questions: 0 mistakes, 0 warnings.\n"
    )


def test_the_built_in_course_is_clean(run_cli, tmp_path):
    result = run_cli("check", cwd=tmp_path)
    assert_no_traceback(result)
    problems = result.stdout.splitlines()[:-1]
    assert problems == [], "the shipped course has problems:\n" + "\n".join(problems)
    assert result.returncode == 0
    _, summary = problem_lines(result.stdout)
    assert (summary["mistakes"], summary["warnings"]) == ("0", "0")


@pytest.mark.parametrize("where", ["/no/such/dir", "file"])
def test_checking_a_folder_that_is_not_there_exits_1_without_a_traceback(run_cli, tmp_path, where):
    target = tmp_path / "a-file.md" if where == "file" else Path(where)
    if where == "file":
        target.write_text("---\ntitle: T\n---\n", encoding="utf-8")
    result = run_cli("check", str(target))
    assert_no_traceback(result)
    assert result.returncode == 1
    assert result.stdout == ""
    wanted = "this is a file, not a folder" if where == "file" else "there is no such folder"
    assert result.stderr.startswith(f"{target}: {wanted}")


def test_an_empty_folder_is_one_mistake_that_says_it_is_empty(run_cli, tmp_path):
    (tmp_path / "empty_content").mkdir()
    result = run_cli("check", "empty_content", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "empty_content: this folder is empty: a content folder holds 'lessons/' and "
        "'quizzes/'. See the authoring guide to start one."
    )


def test_a_folder_with_something_else_in_it_says_lessons_is_missing(run_cli, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = run_cli("check", str(tmp_path))
    parsed, _ = problem_lines(result.stdout)
    assert [(m["path"], m["line"]) for m in parsed] == [(str(tmp_path), None)]
    assert "there is no 'lessons' folder here" in parsed[0]["message"]


@pytest.mark.parametrize("given", ["course", "./course", "course/", "../here/course"])
def test_paths_are_printed_as_given_relative_stays_relative(
    run_cli, tmp_path, clean_files, author, given
):
    from tests.content.conftest import write_files

    here = tmp_path / "here"
    write_files(
        here / "course",
        {**clean_files, "lessons/01-coping/02-saying-no.md": author.lesson(title="")},
    )
    result = run_cli("check", given, cwd=here)
    parsed, _ = problem_lines(result.stdout)
    prefix = given.rstrip("/").removeprefix("./")
    assert [m["path"] for m in parsed] == [f"{prefix}/lessons/01-coping/02-saying-no.md"]


def test_paths_shows_the_progress_file_in_the_data_dir(run_cli, tmp_path):
    data = tmp_path / "my data"
    result = run_cli("paths", "--data-dir", str(data))
    assert_no_traceback(result)
    assert result.returncode == 0
    assert f"Progress file:  {data / 'progress.json'}" in result.stdout.splitlines()


# --- warnings: quality, never a failure on their own --------------------------------------------

LESSON = "lessons/01-coping/01-cravings.md"


@pytest.fixture
def warnings_for(make_content, clean_files, author):
    """Check the clean folder with one file replaced; there must be no error.

    Returns the warnings about the lesson as ``(line, message)``.
    """

    def run(relative: str, content: str):
        root = make_content({**clean_files, relative: content})
        report = check_content(root)
        assert report.errors == []
        return [(p.line, p.message) for p in author.warnings(report.problems, root / LESSON)]

    return run


def test_a_lesson_above_grade_8_is_a_warning(warnings_for, author):
    warnings = warnings_for(LESSON, author.lesson(sentences=author.hard))
    assert len(warnings) == 1
    message = warnings[0][1]
    assert "reads at about grade" in message and "aim for grade 6 to 8" in message
    assert float(re.search(r"grade ([0-9.]+);", message)[1]) > 8


@pytest.mark.parametrize(("words", "warned"), [(MIN_WORDS - 2, True), (MIN_WORDS + 1, False)])
def test_a_lesson_shorter_than_500_words_is_a_warning(warnings_for, author, words, warned):
    text = author.lesson(words=words)
    warnings = warnings_for(LESSON, text)
    body_line = text.split("\n").index("---", 1) + 2
    if warned:
        assert warnings == [
            (
                body_line,
                f"the lesson has {words} words; aim for 500 to 1400 (5 to 12 minutes of reading).",
            )
        ]
    else:
        assert warnings == []


def test_a_lesson_longer_than_1400_words_is_a_warning(warnings_for, author):
    warnings = warnings_for(LESSON, author.lesson(words=MAX_WORDS + 1))
    assert [message for _, message in warnings] == [
        f"the lesson has {MAX_WORDS + 1} words; aim for 500 to 1400 (5 to 12 minutes of reading)."
    ]


def test_a_lesson_with_more_than_6_pages_is_a_warning(warnings_for, author):
    warnings = warnings_for(LESSON, author.lesson(pages=MAX_PAGES + 1, words=700))
    assert len(warnings) == 1
    assert "the lesson has 7 pages; aim for 3 to 6" in warnings[0][1]
    assert not warnings_for(LESSON, author.lesson(pages=MAX_PAGES, words=700))


def test_a_lesson_with_no_sources_is_a_warning_at_its_title(warnings_for, author):
    warnings = warnings_for(LESSON, author.lesson(extra_front="minutes: 5\n"))
    assert len(warnings) == 1
    assert warnings[0][0] == 2
    assert "names no sources" in warnings[0][1]


def test_a_lesson_with_no_facilitator_box_is_a_warning(warnings_for, author):
    body = author.lesson().split("::: facilitator")[0].split("---\n", 2)[2]
    warnings = warnings_for(LESSON, author.lesson(body=body))
    assert len(warnings) == 1
    assert "no '::: facilitator' box" in warnings[0][1]


@pytest.mark.parametrize(
    ("questions", "warned"), [(MIN_QUESTIONS - 1, True), (MIN_QUESTIONS, False)]
)
def test_a_quiz_with_fewer_than_4_questions_is_a_warning(warnings_for, author, questions, warned):
    warnings = warnings_for("quizzes/01-coping/01-cravings.md", author.quiz(questions))
    if warned:
        assert warnings == [(1, "this lesson's quiz has 3 working questions; aim for at least 4.")]
    else:
        assert warnings == []


def test_a_lesson_without_a_quiz_is_a_warning(make_content, clean_files, author):
    files = dict(clean_files)
    del files["quizzes/01-coping/01-cravings.md"]
    root = make_content(files)
    report = check_content(root)
    assert [(p.line, p.message) for p in report.problems] == [
        (1, "this lesson has no quiz: add one at the same path under quizzes/.")
    ]


def test_only_warnings_still_exit_0(run_cli, make_content, clean_files, author):
    root = make_content(
        {
            **clean_files,
            LESSON: author.lesson(extra_front="", words=120, sentences=author.hard, pages=8),
            "quizzes/01-coping/01-cravings.md": author.quiz(2),
        }
    )
    result = run_cli("check", str(root))
    assert_no_traceback(result)
    assert result.returncode == 0
    parsed, summary = problem_lines(result.stdout)
    assert all(m["message"].startswith("warning: ") for m in parsed)
    messages = " | ".join(m["message"] for m in parsed)
    for words in (
        "words; aim for",
        "pages; aim for",
        "reads at about grade",
        "names no sources",
        "2 working questions",
    ):
        assert words in messages
    assert (summary["mistakes"], int(summary["warnings"])) == ("0", len(parsed))


@pytest.mark.parametrize(
    "message",
    [
        "this value could not be read: it looks like a date",
        "this line has a control character (U+001B)",
        "this file's name has letters that are not UTF-8 text",
        "this folder is empty: a content folder holds",
        "this is a file, not a folder",
        "a box inside a list, a quote or another box is not shown as a box",
        "this ::: line closes no box",
        "this ::: line is read as text, not as the start of a box",
    ],
)
def test_the_authoring_guide_explains_each_new_message(message):
    guide = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text("utf-8")
    assert message in guide


def test_one_of_a_kind_is_said_in_the_singular(warnings_for, author):
    """Found in a QA pass: a one-page lesson was told it 'has 1 pages'."""
    warnings = warnings_for(LESSON, author.lesson(pages=1, words=700))
    assert any("the lesson has 1 page; aim for 3 to 6" in message for _, message in warnings)
    assert not any("1 pages" in message for _, message in warnings)
    quiz = warnings_for("quizzes/01-coping/01-cravings.md", author.quiz(1))
    assert quiz == [(1, "this lesson's quiz has 1 working question; aim for at least 4.")]
