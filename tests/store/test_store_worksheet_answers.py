"""Worksheet answers: kept by (lesson, prompt), whole after a kill, checked like every table."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.safe_text import CONTROL, make_visible
from iop_course.store import ProgressStore
from iop_course.store.schema import SCHEMA_VERSION
from iop_course.store.worksheet_answers import (
    LARGEST_ANSWER,
    Contact,
    contacts_from_text,
    contacts_to_text,
    visible_answer,
)

StoreOpener = Callable[..., ProgressStore]
STAMP = "2026-01-02T03:04:05+00:00"
ANSWER = {
    "learner": "me",
    "lesson_id": "m/l",
    "prompt_id": "my-reasons",
    "text": "My kids.",
    "updated_at": STAMP,
}


def test_an_answer_comes_back_after_reopening_and_can_be_changed(
    data_dir: Path, open_store: StoreOpener
) -> None:
    store = open_store()
    store.save_worksheet_answer("m/l", "my-reasons", "My kids.")
    store.save_worksheet_answer("m/l", "my-signs", "I stop calling people.")
    store.save_worksheet_answer("other/l", "my-reasons", "Elsewhere.")
    store.close()
    store = open_store()
    assert [(a.prompt_id, a.text) for a in store.worksheet_answers("m/l")] == [
        ("my-reasons", "My kids."),
        ("my-signs", "I stop calling people."),
    ]
    store.save_worksheet_answer("m/l", "my-reasons", "My kids and my health.")
    assert store.worksheet_answers("m/l")[0].text == "My kids and my health."
    assert {a.lesson_id for a in store.worksheet_answers()} == {"m/l", "other/l"}


def test_saving_the_same_text_or_a_first_empty_text_writes_nothing(open_store: StoreOpener) -> None:
    """Saving on every pause and every blur must not churn the file."""
    store = open_store()
    store.save_worksheet_answer("m/l", "a", "")
    assert store.worksheet_answers() == []
    store.save_worksheet_answer("m/l", "a", "Text")
    first = store.worksheet_answers()[0].updated_at
    store.flush()
    before = store.path.read_bytes()
    store.save_worksheet_answer("m/l", "a", "Text")
    store.flush()
    assert store.path.read_bytes() == before
    assert store.worksheet_answers()[0].updated_at == first


def test_an_answer_too_long_or_not_text_is_refused_without_quoting_it(
    open_store: StoreOpener,
) -> None:
    """Errors reach crash logs: they must never hold what the learner wrote."""
    store = open_store()
    secret = "my secret " * (LARGEST_ANSWER // 10 + 1)
    with pytest.raises(ValueError) as caught:
        store.save_worksheet_answer("m/l", "a", secret)
    assert "secret" not in str(caught.value)
    with pytest.raises(TypeError):
        store.save_worksheet_answer("m/l", "a", 7)  # type: ignore[arg-type]
    with pytest.raises(ValueError) as surrogate:
        store.save_worksheet_answer("m/l", "a", "secret \ud800")
    assert "secret" not in str(surrogate.value)
    assert store.worksheet_answers() == []


def test_unsaved_answers_are_named_by_lesson() -> None:
    from iop_course.store.unsaved_changes import ChangeKind, ChangeLog

    log = ChangeLog()
    log.record(1, ChangeKind.WORKSHEET, "m/l", 0)
    log.record(2, ChangeKind.WORKSHEET, "m/l", 0)
    unsaved = log.unsaved(0)
    assert unsaved and unsaved.worksheets == ("m/l",)
    assert unsaved.describe(lambda lesson: "My plan") == "what you wrote in My plan"


answer_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300
) | st.text(alphabet="[]{}<>\\\"'/\n\r\t\x00\x1b\x7f\x9b &;", max_size=80)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=answer_texts,
    prompt=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
)
def test_any_answer_comes_back_the_same_after_reopening(
    tmp_path: Path, text: str, prompt: str
) -> None:
    """Brackets, quotes, markup: what was typed is what comes back; a control character comes
    back as its visible picture, as it is kept."""
    folder = tmp_path / f"round-{abs(hash((text, prompt)))}"
    with ProgressStore.open(folder) as store:
        store.save_worksheet_answer("m/l", prompt, text)
    with ProgressStore.open(folder) as store:
        assert store.recovery is None
        kept = {answer.prompt_id: answer.text for answer in store.worksheet_answers("m/l")}
    shown = visible_answer(text)
    assert kept == ({prompt: shown} if shown else {})
    assert not CONTROL.search("".join(kept.values()).replace("\n", "").replace("\t", ""))
    if not CONTROL.search(text) and "\r" not in text:
        assert shown == text


ESCAPES = {
    "OSC 0 title": "\x1b]0;owned\x07",
    "OSC 52 clipboard": "\x1b]52;c;ZWNobyBoaQ==\x07",
    "OSC 8 link": "\x1b]8;;http://x.example/\x1b\\link\x1b]8;;\x1b\\",
    "CSI clear": "\x1b[2J\x1b[31m",
    "C1 CSI": "\x9b2J",
    "direction override": "\u202e0010-555",
}


@pytest.mark.parametrize("escape", list(ESCAPES.values()), ids=list(ESCAPES))
def test_an_answer_holding_an_escape_in_the_file_is_read_and_saved_visible(
    data_dir: Path, escape: str
) -> None:
    """A progress file from elsewhere can hold anything: the answer is read with its control
    characters as pictures, people to call too, and a save never writes one back."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    people = json.dumps([[f"Sam{escape}", f"555{escape}"]])
    two = {"1": {**ANSWER, "text": f"Mine {escape} end"}}
    two["2"] = {**ANSWER, "prompt_id": "people", "text": people}
    progress.write_text(
        json.dumps({"meta": {"1": {"schema_version": 3}}, "worksheet_answers": two}), "utf-8"
    )
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
        text, contacts = (answer.text for answer in store.worksheet_answers("m/l"))
        store.save_worksheet_answer("m/l", "my-reasons", text + " more")
        store.save_worksheet_answer("m/l", "new", f"typed {escape}")
    assert text == f"Mine {make_visible(escape)} end" and not CONTROL.search(text)
    (person,) = contacts_from_text(contacts)
    assert person == Contact(f"Sam{make_visible(escape)}", f"555{make_visible(escape)}")
    saved = json.loads(progress.read_text("utf-8"))["worksheet_answers"]
    assert not any(CONTROL.search(doc["text"]) for key, doc in saved.items() if key != "2")


@given(rows=st.lists(st.tuples(st.text(max_size=20), st.text(max_size=15)), max_size=6))
def test_people_to_call_round_trip(rows: list[tuple[str, str]]) -> None:
    contacts = [Contact(name, number) for name, number in rows]
    kept = [
        Contact(visible_answer(c.name), visible_answer(c.number))
        for c in contacts
        if c.name.strip() or c.number.strip()
    ]
    assert list(contacts_from_text(contacts_to_text(contacts))) == kept


def test_free_text_in_a_people_prompt_is_shown_not_lost() -> None:
    assert contacts_from_text("Call Meena [555-0100]") == (Contact("Call Meena [555-0100]", ""),)
    assert contacts_from_text('[["a"]]') == (Contact('[["a"]]', ""),)


# --- the file: schema 3, damage, crashes ----------------------------------------------------------


def _version_3_file(answer: dict) -> str:
    return json.dumps({"meta": {"1": {"schema_version": 3}}, "worksheet_answers": {"1": answer}})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", 7),
        ("text", None),
        ("text", "x" * (LARGEST_ANSWER + 1)),
        ("prompt_id", ["a"]),
        ("updated_at", "yesterday"),
        ("lesson_id", None),
    ],
)
def test_a_damaged_answer_counts_as_damage(data_dir: Path, field: str, value: object) -> None:
    """A damaged answer is damage like any other record: kept aside, the backup used."""
    data_dir.mkdir()
    progress = data_dir / "progress.json"
    progress.write_text(_version_3_file(ANSWER), "utf-8")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None
        assert store.worksheet_answers()[0].text == "My kids."
    progress.write_text(_version_3_file({**ANSWER, field: value}), "utf-8")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is not None and store.recovery.restored_from_backup
        assert store.worksheet_answers()[0].text == "My kids."


def test_an_answer_with_a_missing_field_counts_as_damage(data_dir: Path) -> None:
    data_dir.mkdir()
    answer = {key: value for key, value in ANSWER.items() if key != "updated_at"}
    (data_dir / "progress.json").write_text(_version_3_file(answer), "utf-8")
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is not None


def test_a_version_2_file_opens_and_is_saved_as_version_3(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "progress.json").write_text(
        json.dumps(
            {
                "meta": {"1": {"schema_version": 2}},
                "lessons": {
                    "1": {
                        "learner": "me",
                        "lesson_id": "m/l",
                        "status": "done",
                        "page": 1,
                        "where": "lesson",
                        "updated_at": STAMP,
                    }
                },
            }
        ),
        "utf-8",
    )
    with ProgressStore.open(data_dir) as store:
        assert store.recovery is None and store.worksheet_answers() == []
        store.save_worksheet_answer("m/l", "a", "Now I write.")
    saved = json.loads((data_dir / "progress.json").read_text("utf-8"))
    assert saved["meta"]["1"]["schema_version"] == SCHEMA_VERSION == 3
    assert [doc["text"] for doc in saved["worksheet_answers"].values()] == ["Now I write."]


TYPIST = """
import sys
from iop_course.safe_text import CONTROL, make_visible
from iop_course.store import ProgressStore
store = ProgressStore.open(sys.argv[1])
print("ready", flush=True)
text = ""
for number in range(1_000_000):
    text += "line %d of what I wrote [ok]\\n" % number
    store.save_worksheet_answer("m/l", "my-reasons", text[-4000:])
"""


def _whole_answer(text: str) -> bool:
    """Every line of a saved answer is a line the typist wrote in full (the first may be cut
    by the 4000-character window, never the last)."""
    lines = text.split("\n")
    return lines[-1] == "" and all(
        line.startswith("line ") and line.endswith(" of what I wrote [ok]") for line in lines[1:-1]
    )


def test_a_kill_mid_typing_leaves_the_last_save_whole(data_dir: Path) -> None:
    """The app killed while a learner types: the file opens clean and the answer is whole."""
    for pause in (0.3, 0.7):
        child = subprocess.Popen(
            [sys.executable, "-c", TYPIST, str(data_dir)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(pause)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=15)
        with ProgressStore.open(data_dir) as store:
            assert store.recovery is None
            answers = store.worksheet_answers("m/l")
            assert len(answers) <= 1
            if answers:
                assert _whole_answer(answers[0].text), answers[0].text[-200:]
        raw = json.loads((data_dir / "progress.json").read_text("utf-8"))
        assert raw["meta"]["1"]["schema_version"] == SCHEMA_VERSION
