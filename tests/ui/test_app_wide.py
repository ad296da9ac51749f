"""What works on every screen: get help now, how to use, the theme, problems and notices."""

from __future__ import annotations

import pytest
from textual.widgets import Markdown

from iop_course.ui.dialogs.get_help import GetHelpDialog
from iop_course.ui.dialogs.how_to_use import HowToUseDialog
from iop_course.ui.saving_watch import SAVE_CHECK_SECONDS
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.lesson import LessonScreen
from iop_course.ui.screens.problems import ProblemsScreen
from iop_course.ui.widgets.page_view import PageView
from tests.ui.conftest import compact, palette_offers, screen_text, wait_until

LESSON_ID = "01-first-steps/01-noticing"


async def _open(app, pilot, where: str) -> None:
    if where == "lesson":
        app.open_lesson(LESSON_ID, intro=False)
    elif where == "quiz":
        app.open_lesson(LESSON_ID, quiz=True)
    elif where == "help":
        app.action_how_to_use()
    await pilot.pause()


@pytest.mark.parametrize("where", ["home", "lesson", "quiz", "help"])
async def test_get_help_now_is_one_key_away_everywhere_and_shown_in_the_footer(open_app, where):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await _open(app, pilot, where)
        assert "g Get help now" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GetHelpDialog)
        text = screen_text(app)
        for fact in (
            "988",
            "911",
            "1-800-662-4357",
            "TTY: 1-800-487-4889",
            "FindTreatment.gov",
            "English and Spanish",
            "Numbers checked",
        ):
            assert compact(fact) in compact(text), fact
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, GetHelpDialog)


async def test_f1_and_question_mark_show_how_to_use(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HowToUseDialog)
        assert "Keys that work here" in screen_text(app)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HowToUseDialog)


async def test_the_chosen_theme_is_remembered(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
    app.store.close()
    reopened = open_app()
    async with reopened.run_test() as pilot:
        await pilot.pause()
        assert reopened.theme == "textual-light"


async def test_theme_can_be_changed_from_the_command_palette(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await wait_until(pilot, palette_offers("theme"))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"light")
        await wait_until(pilot, palette_offers("light"))
        await pilot.press("enter")
        await wait_until(pilot, lambda app: "light" in app.theme)
    assert app.store.get_setting("theme") == app.theme


async def test_a_link_in_a_lesson_shows_its_address_and_does_not_crash(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        app.open_lesson(LESSON_ID, intro=False)
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        markdown = app.screen.query_one(PageView).query(Markdown).first()
        markdown.post_message(Markdown.LinkClicked(markdown, "https://www.samhsa.gov"))
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        assert "https://www.samhsa.gov" in screen_text(app)


async def test_content_with_mistakes_still_opens_and_lists_the_problems(open_app, tmp_path):
    content = tmp_path / "content"
    module = content / "lessons" / "01-mod"
    module.mkdir(parents=True)
    (module / "module.md").write_text("---\ntitle: A module\nsummary: S\n---\n")
    (module / "01-good.md").write_text("---\ntitle: A good lesson\nsummary: Fine.\n---\nText.\n")
    (module / "02-bad.md").write_text("---\nsummary: no title here\n---\nText.\n")
    (module / "03-latin1.md").write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    app = open_app(content, welcome_seen=True)
    # Tall enough for every problem even when the temporary folder's path is long (pytest-xdist).
    async with app.run_test(size=(100, 45)) as pilot:
        await wait_until(pilot, lambda app: app.content_check.report is not None)  # a thread
        await pilot.pause()
        text = screen_text(app)
        assert "A good lesson" in text
        assert "The course files have 2 mistakes" in text and "x Content problems" in text
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = compact(screen_text(app))
        assert compact(f"{module / '02-bad.md'}:1: the title is missing") in text
        assert compact(f"{module / '03-latin1.md'}:2: this file is not saved as UTF-8") in text


async def test_a_damaged_progress_file_is_kept_aside_and_the_learner_is_told(open_app, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "progress.json").write_text("{ this is not json")
    app = open_app(welcome_seen=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        kept = list(data_dir.glob("progress.damaged-*.json"))
        assert len(kept) == 1 and kept[0].read_text() == "{ this is not json"
        text = compact(screen_text(app))
        assert compact("Your progress file could not be read") in text
        assert compact(str(kept[0])) in text
        await pilot.press("enter")
        await pilot.pause()
        assert "Welcome" in screen_text(app)


async def test_the_home_screen_marks_the_next_lesson(open_app):
    app = open_app(welcome_seen=True)
    app.store.mark_lesson_done(LESSON_ID)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "1 of 2 lessons done" in text
        assert "The next step" in text and "◀ next" in text
        assert "Start: The next step" in text
        assert isinstance(app.screen, HomeScreen)


async def test_a_failed_save_is_told_to_the_learner(open_app, monkeypatch):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        monkeypatch.setattr(
            type(app.store),
            "last_write_error",
            property(lambda store: OSError("No space left on device")),
        )
        await pilot.pause(SAVE_CHECK_SECONDS + 0.5)  # the app checks on a timer
        assert "could not be saved" in screen_text(app)


async def test_get_help_shows_every_number_without_scrolling_at_80x24(open_app):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        text = screen_text(app)
        for fact in (
            "These are U.S. numbers",
            "Call or text 988",
            "llame al 988 y marque 2",
            "envíe AYUDA al 988",
            "Call 988, then press 1, or text 838255",
            "Call 911",
            "1-800-662-4357",
            "FindTreatment.gov",
            "1-800-799-7233",
            "text START to 88788",
            "National Sexual Assault Hotline: 1-800-656-4673",
            "Childhelp National Child Abuse Hotline: call or text 1-800-422-4453",
            "Poison Control: 1-800-222-1222",
            "give naloxone (Narcan) if you have it",
            "Numbers checked December 7, 2026",
        ):
            assert compact(fact) in compact(text)


@pytest.mark.parametrize("where", ["home", "lesson", "quiz"])
async def test_get_help_is_never_cut_from_the_footer_at_80_columns(open_app, where):
    app = open_app(welcome_seen=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _open(app, pilot, where)
        assert "g Get help now" in screen_text(app).splitlines()[-1]


async def test_an_empty_content_folder_says_so_and_offers_no_continue(open_app, tmp_path):
    content = tmp_path / "empty"
    (content / "lessons").mkdir(parents=True)
    app = open_app(content, welcome_seen=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert compact(f"There are no lessons in {content} yet.") in compact(text)
        assert "c Continue" not in text
