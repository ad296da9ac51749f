"""The app's content problems match ``iop-course check``: one code path, run off the UI thread.

Before, the home screen said "2 problem(s)" while the checker found 9, the problems screen
listed only what start-up had read, and a lesson with an unclosed box showed learners raw
``::: facilitator`` text.
"""

from __future__ import annotations

import threading
from pathlib import Path

from iop_course.content import checker
from iop_course.content.checker import check_content
from iop_course.ui.dialogs.get_help import GetHelpDialog
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.problems import NO_PROBLEMS, ProblemsScreen
from tests.content.conftest import MODULE_TEXT, lesson_text, quiz_text
from tests.ui.conftest import compact, screen_text

GOOD = "---\ntitle: A good lesson\nsummary: Fine.\n---\nText.\n"
QUESTION = "## Q?\n\n- [ ] A\n  > No.\n- [x] B\n  > Yes.\n\nE.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    """Write a content folder from ``relative path: text``."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


async def wait_for_check(app, pilot) -> None:
    """Let the background check finish (it runs in a thread)."""
    for _ in range(200):
        if app.content_check.report is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause()
    assert app.content_check.report is not None


async def test_the_home_count_and_the_problems_screen_show_what_check_finds(open_app, tmp_path):
    root = write(
        tmp_path / "content",
        {
            "lessons/01-mod/module.md": "---\ntitle: A module\nsummary: S\n---\n",
            "lessons/01-mod/01-good.md": GOOD,
            "lessons/01-mod/02-box.md": GOOD.replace("Text.", "Text.\n\n::: nope\n[b]X[/b]\n:::\n"),
            "lessons/01-mod/03-no-title.md": "---\nsummary: S\n---\nText.\n",
            "quizzes/01-mod/01-good.md": QUESTION.replace("- [x] B", "- [ ] B"),
            "quizzes/01-mod/02-box.md": QUESTION.replace("  > Yes.\n", ""),
        },
    )
    report = check_content(root)
    assert len(report.errors) == 4 and len(report.warnings) > 4
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_check(app, pilot)
        text = screen_text(app)
        assert "The course files have 4 mistakes" in text and "x Content problems" in text
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert compact(str(report.problems[0])) in compact(screen_text(app))
        listing = str(app.screen.query_one("#problem-list").render())
        assert listing.split("\n\n") == [str(problem) for problem in report.problems]
        assert compact(report.summary()) in compact(
            str(app.screen.query_one("#problems-summary").render())
        )


async def test_with_no_problems_the_screen_says_only_that(open_app, tmp_path):
    root = write(
        tmp_path / "content",
        {
            "lessons/01-coping/module.md": MODULE_TEXT,
            "lessons/01-coping/01-cravings.md": lesson_text(),
            "quizzes/01-coping/01-cravings.md": quiz_text(),
        },
    )
    assert check_content(root).problems == []
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_check(app, pilot)
        assert "Content problems" not in screen_text(app)  # no key for nothing to see
        app.show_content_problems()
        await pilot.pause()
        body = str(app.screen.query_one("#problems-intro").render())
        assert body == NO_PROBLEMS
        assert not app.screen.query_one("#problem-list").display
        assert not app.screen.query_one("#problems-summary").display


async def test_the_check_runs_off_the_ui_thread_and_the_app_answers_meanwhile(
    open_app, tmp_path, monkeypatch
):
    release = threading.Event()
    real_check = checker.check_content

    def slow_check(root, **options):
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real_check(root, **options)

    monkeypatch.setattr(checker, "check_content", slow_check)
    root = write(
        tmp_path / "content",
        {
            "lessons/01-mod/module.md": "---\ntitle: A module\nsummary: S\n---\n",
            "lessons/01-mod/01-good.md": GOOD,
            "quizzes/01-mod/01-good.md": QUESTION.replace("- [x] B", "- [ ] B"),
        },
    )
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        app.show_content_problems()
        await pilot.pause()
        assert "Checking the course files" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog)  # the app answers while checking
        await pilot.press("escape")
        release.set()
        await wait_for_check(app, pilot)
        assert "no correct choice" in screen_text(app)


async def test_a_lesson_with_an_unclosed_box_never_shows_box_syntax(open_app, tmp_path):
    lesson = GOOD.replace(
        "Text.",
        "Opening words.\n\n::: facilitator\nGroup secret.\n\n## Second page\n\nMore words.\n",
    )
    root = write(
        tmp_path / "content",
        {
            "lessons/01-mod/module.md": "---\ntitle: A module\nsummary: S\n---\n",
            "lessons/01-mod/01-box.md": lesson,
        },
    )
    app = open_app(root, welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_lesson("01-mod/01-box", intro=False)
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        seen = screen_text(app)
        await pilot.press("right")
        await pilot.pause()
        seen += screen_text(app)
        assert "Page 2 of 2" in seen
        assert ":::" not in seen and "Group secret" not in seen
        assert "Opening words" in seen and "More words" in seen
