"""A learner's answers never reach the terminal raw: escapes in the progress file or in a paste
are shown as visible pictures on the lesson page, in My recovery plan and in the exported plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

from iop_course.cli import main
from iop_course.safe_text import CONTROL, make_visible
from iop_course.store import ProgressStore
from iop_course.store.schema import SCHEMA_VERSION
from tests.ui.conftest import compact, terminal_output
from tests.ui.worksheet_course import PEOPLE_LESSON, SIGNS_LESSON, worksheet_course

STAMP = "2026-01-02T03:04:05+00:00"
ESCAPES = {
    "OSC 0 title": "\x1b]0;OWNED\x07",
    "OSC 52 clipboard": "\x1b]52;c;ZWNobyBoaQ==\x07",
    "OSC 8 link": "\x1b]8;;http://x.example/\x1b\\link\x1b]8;;\x1b\\",
    "CSI clear": "\x1b[2J",
    "C1 CSI": "\x9b2J",
    "direction override": "\u202e0010-555",
}
RAW = ("\x1b]", "\x1b[2J", "\x9b", "\u202e", "\x07", "\x1b\\")


def _answer(doc_id: int, lesson: str, prompt: str, text: str) -> tuple[str, dict]:
    document = {
        "learner": "me",
        "lesson_id": lesson,
        "prompt_id": prompt,
        "text": text,
        "updated_at": STAMP,
    }
    return str(doc_id), document


def _plant(data_dir: Path, escape: str) -> None:
    """A progress file written elsewhere, holding ``escape`` in a free answer and a contact."""
    data_dir.mkdir(parents=True)
    people = json.dumps([[f"Sam {escape}", f"555 {escape}"]])
    answers = dict(
        [
            _answer(1, SIGNS_LESSON, "my-signs", f"before {escape} after"),
            _answer(2, PEOPLE_LESSON, "my-people", people),
            _answer(3, SIGNS_LESSON, "my-reasons", f"reasons {escape} end"),
        ]
    )
    progress = {"meta": {"1": {"schema_version": SCHEMA_VERSION}}, "worksheet_answers": answers}
    (data_dir / "progress.json").write_text(json.dumps(progress), "utf-8")


def _assert_nothing_raw(output: str) -> None:
    leaked = [raw for raw in RAW if raw in output]
    assert leaked == []


@pytest.mark.parametrize("escape", list(ESCAPES.values()), ids=list(ESCAPES))
async def test_an_answer_with_escapes_is_drawn_visible_on_the_page_and_the_plan(
    open_app, data_dir, tmp_path, escape
):
    _plant(data_dir, escape)
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    assert app.store.recovery is None
    async with app.run_test(size=(100, 70)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        area = app.screen.query(TextArea).first()
        assert area.text.startswith("before ") and area.text.endswith(" after")
        output = terminal_output(app)
        _assert_nothing_raw(output)
        assert "before" in output and ("\u241b" in output or "\ufffd" in output)
        app.open_lesson(PEOPLE_LESSON)
        await pilot.pause()
        names = [field.value for field in app.screen.query(Input)]
        assert names[0].startswith("Sam ") and names[1].startswith("555 ")
        _assert_nothing_raw(terminal_output(app))
        app.show_recovery_plan()
        await pilot.pause()
        output = terminal_output(app)
        _assert_nothing_raw(output)
        assert "reasons" in output and "Sam" in output


async def test_a_pasted_escape_is_shown_and_saved_visible(open_app, tmp_path):
    """A paste keeps its bytes (a terminal that passes them, a clipboard tool): the field shows
    pictures at once, the cursor stays after the paste, and the store keeps the pictures."""
    app = open_app(worksheet_course(tmp_path), welcome_seen=True)
    async with app.run_test(size=(80, 30)) as pilot:
        app.open_lesson(SIGNS_LESSON)
        await pilot.pause()
        await pilot.press("tab")
        area = app.screen.focused
        assert isinstance(area, TextArea)
        app.post_message(events.Paste("pasted \x1b]52;c;eA==\x07 \x9b2J \u202e9 end"))
        await pilot.pause()
        await pilot.press("x")
        await pilot.press("escape")
        await pilot.pause()
        assert area.text == "pasted \u241b]52;c;eA==\u2407 \ufffd2J \ufffd9 endx"
        _assert_nothing_raw(terminal_output(app))
        (saved,) = app.store.worksheet_answers(SIGNS_LESSON)
        assert saved.text == area.text


def test_the_exported_plan_holds_no_raw_control_character(tmp_path, capsys):
    data = tmp_path / "data"
    _plant(data, "".join(ESCAPES.values()))
    with ProgressStore.open(data) as store:
        assert store.recovery is None
    target = tmp_path / "plan.html"
    arguments = ["export", "plan", "-o", str(target), "--data-dir", str(data)]
    assert main([*arguments, "--content", str(worksheet_course(tmp_path))]) == 0
    html = target.read_text("utf-8")
    assert compact("before") in compact(html) and "Sam" in html
    assert not any(raw in html for raw in RAW) and "\x1b" not in html
    assert "\u241b]0;OWNED\u2407" in html


@pytest.mark.parametrize("escape", list(ESCAPES.values()), ids=list(ESCAPES))
def test_plain_mode_reads_and_saves_answers_with_escapes_visible(tmp_path, data_dir, escape):
    """Plain mode prints straight to the terminal: the plan (m), a worksheet's answers and a
    typed line holding an escape all come out as pictures."""
    from tests.plain.conversation import run_plain, script

    _plant(data_dir, escape)
    with ProgressStore.open(data_dir) as store:
        store.set_setting("welcome_seen", True)
    course = worksheet_course(tmp_path)
    _, said = run_plain(course, data_dir, script("m", "3", "", f"typed {escape} end", "", "q"))
    assert f"before {make_visible(escape)} after" in said and "My reasons:" in said
    assert not CONTROL.search(said.replace("\n", "").replace("\t", ""))
    with ProgressStore.open(data_dir) as store:
        answers = {a.prompt_id: a.text for a in store.worksheet_answers(SIGNS_LESSON)}
    assert answers["my-signs"] == f"typed {make_visible(escape)} end"
