"""My progress: lessons done per module and every quiz's scores over time, with words and numbers
beside each bar and chart, from the home key and the command palette."""

from __future__ import annotations

from iop_course.ui.dialogs.delete_my_data import DeleteMyDataDialog
from iop_course.ui.dialogs.how_to_use import HowToUseDialog
from iop_course.ui.screens.home import HomeScreen
from iop_course.ui.screens.progress import ProgressScreen
from tests.ui.conftest import compact, screen_text
from tests.ui.progress_helpers import TWO_MODULES, fill_with_progress


def progress_app(open_app, filled: bool = True):
    app = open_app(content=TWO_MODULES, welcome_seen=True)
    if filled:
        fill_with_progress(app.store)
    return app


async def test_each_module_and_each_quiz_with_its_numbers(open_app):
    app = progress_app(open_app)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        lines = [line.strip() for line in screen_text(app).splitlines()]
        assert "2 of 5 lessons done in the whole course." in lines
        assert "First steps" in lines and "Staying well" in lines
        assert "██████████░░░░░░░░░░  1 of 2 lessons done" in lines
        assert "███████░░░░░░░░░░░░░  1 of 3 lessons done" in lines
        assert "Noticing [early] signs" in lines and "Sleep and [rest]" in lines
        assert "▄▅█▇█▂▆▇██▅▅  last 60%, best 100%, 12 tries" in lines
        assert "▅  last 50%, best 50%, 1 try" in lines
        assert "▆▇  last 90%, best 90%, 2 tries" in lines
        text = screen_text(app)
        assert compact("oldest on the left: a taller mark is a higher score") in compact(text)
        assert compact("Every try counts, and you can take any quiz again") in compact(text)
        for unkind in ("fail", "Fail", "wrong", "bad"):
            assert unkind not in text


async def test_a_new_learner_sees_kind_words_and_no_empty_charts(open_app):
    app = progress_app(open_app, filled=False)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_show_progress()
        await pilot.pause()
        text = screen_text(app)
        assert "0 of 5 lessons done in the whole course." in text
        assert text.count("No quiz taken in this module yet.") == 2
        assert "last " not in text


async def test_the_palette_offers_my_progress_and_delete_my_data(open_app):
    app = progress_app(open_app)
    async with app.run_test(size=(80, 24)) as pilot:
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        commands["My progress"].callback()
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        commands["Delete my data"].callback()
        await pilot.pause()
        assert isinstance(app.screen, DeleteMyDataDialog)


async def test_the_keys_are_in_the_footer_with_get_help_first_and_esc_goes_back(open_app):
    app = progress_app(open_app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        home_footer = screen_text(app).splitlines()[-1]
        assert "p My progress" in home_footer
        await pilot.press("p")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert footer.strip().startswith("g Get help now")
        assert "Esc Lessons" in footer and "d Delete my data" in footer
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HowToUseDialog)
        assert compact("Delete my data: Remove everything the course keeps about you") in compact(
            screen_text(app)
        )
        await pilot.press("escape")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DeleteMyDataDialog)
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_at_60_columns_each_chart_keeps_its_words_on_its_line(open_app):
    app = progress_app(open_app)
    for percent in range(18):  # 30 scores kept: more than fit beside the words at 60 columns
        app.store.record_quiz_score("01-first-steps/01-noticing", percent * 5, 80)
    async with app.run_test(size=(60, 20)) as pilot:
        app.action_show_progress()
        await pilot.pause()
        narrow = [line.split() for line in screen_text(app).splitlines() if "last 85%" in line]
        assert len(narrow) == 1 and narrow[0][1:] == [
            "last",
            "85%,",
            "best",
            "100%,",
            "30",
            "tries",
        ]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        wide = [line.split() for line in screen_text(app).splitlines() if "last 85%" in line]
        assert len(wide[0][0]) == 30 > len(narrow[0][0]) >= 12  # every kept score, at 80
        assert wide[0][0].endswith(narrow[0][0])  # the newest, on the right
