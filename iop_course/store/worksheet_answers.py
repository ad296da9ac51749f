"""What a learner wrote in the lessons' worksheets, kept by (lesson id, prompt id).

One document per prompt ever written in: ``learner``, ``lesson_id``, ``prompt_id``, ``text``,
``updated_at``. The prompt id is the author's stable id, so rewording a prompt keeps its answer.
Answers live in the same crash-safe progress file as everything else (a save replaces the whole
file at once, so a kill mid-typing leaves the last save whole). Nothing here ever puts an
answer's words into an error message, so they cannot reach a crash log.

An answer is the learner's own words, but the file can hold anything (it may have been copied,
restored, synced or edited elsewhere): every answer read and every answer saved has its control
characters made visible (``visible_answer``, the same rule as for content), so an escape in it
never reaches the terminal, the recovery plan or an exported page.

A "people I can call" prompt keeps its names and numbers as the JSON text of a list of
``[name, number]`` pairs (``contacts_to_text``), so the store stays one text per prompt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tinydb import Query
from tinydb.queries import QueryInstance
from tinydb.table import Table

from iop_course.safe_text import make_visible

WORKSHEET_ANSWERS_TABLE = "worksheet_answers"
LARGEST_ANSWER = 20_000
"""Characters in one answer: pages of writing, far below what would slow the file down."""


@dataclass(frozen=True)
class WorksheetAnswer:
    """One prompt's answer and when it last changed (ISO 8601, UTC)."""

    lesson_id: str
    prompt_id: str
    text: str
    updated_at: str


@dataclass(frozen=True)
class Contact:
    """One person the learner can call: a name and a phone number, either may be blank."""

    name: str
    number: str


def checked_answer(text: Any) -> str:
    """``text`` if it can be kept as an answer, else TypeError or ValueError (which never
    quote it: an answer is private)."""
    if not isinstance(text, str):
        raise TypeError(f"an answer must be text, not {type(text).__name__}")
    if len(text) > LARGEST_ANSWER:
        raise ValueError(f"an answer may hold at most {LARGEST_ANSWER} characters")
    return text


def visible_answer(text: str) -> str:
    """``text`` as an answer is kept and shown: line breaks as newlines, every other control
    character (ESC, C1, a direction override) as its visible picture."""
    return make_visible(text.replace("\r\n", "\n").replace("\r", "\n"))


def save_answer(
    table: Table, learner: str, lesson_id: str, prompt_id: str, text: str, updated_at: str
) -> bool:
    """Keep ``text`` as the answer; False (and nothing written) when it has not changed."""
    text = visible_answer(text)
    condition = _answer_of(learner, lesson_id, prompt_id)
    current = table.get(condition)
    if current is not None and current["text"] == text:
        return False
    if current is None and not text:
        return False
    table.upsert(
        {
            "learner": learner,
            "lesson_id": lesson_id,
            "prompt_id": prompt_id,
            "text": text,
            "updated_at": updated_at,
        },
        condition,
    )
    return True


def answers(table: Table, learner: str, lesson_id: str | None = None) -> list[WorksheetAnswer]:
    """The learner's answers (of one lesson, or of all), in the order first written."""
    fields = (
        {"learner": learner} if lesson_id is None else {"learner": learner, "lesson_id": lesson_id}
    )
    documents = sorted(table.search(Query().fragment(fields)), key=lambda each: each.doc_id)
    return [answer_from_document(document) for document in documents]


def answers_from_tables(
    tables: Mapping[str, Mapping[str, Any]], learner: str
) -> list[WorksheetAnswer]:
    """A learner's answers from checked progress tables read without opening the store (to
    print the plan while the app has the folder open), in the order first written."""
    table = tables.get(WORKSHEET_ANSWERS_TABLE, {})
    return [
        answer_from_document(table[doc_id])
        for doc_id in sorted(table, key=int)
        if table[doc_id]["learner"] == learner
    ]


def answer_from_document(document: Mapping[str, Any]) -> WorksheetAnswer:
    """An answer read from a checked document."""
    return WorksheetAnswer(
        document["lesson_id"],
        document["prompt_id"],
        visible_answer(document["text"]),
        document["updated_at"],
    )


def contacts_to_text(contacts: list[Contact] | tuple[Contact, ...]) -> str:
    """People to call as one answer text; rows with neither name nor number are left out."""
    rows = [
        [contact.name, contact.number]
        for contact in contacts
        if contact.name.strip() or contact.number.strip()
    ]
    return json.dumps(rows, ensure_ascii=False) if rows else ""


def contacts_from_text(text: str) -> tuple[Contact, ...]:
    """The people kept by ``contacts_to_text``; any other text (an author who turned a free
    prompt into a people prompt) becomes one contact whose name is that text, so nothing
    written is hidden."""
    if not text.strip():
        return ()
    try:
        rows = json.loads(text)
    except ValueError:
        return (Contact(visible_answer(text), ""),)
    if not (
        isinstance(rows, list)
        and all(
            isinstance(row, list) and len(row) == 2 and all(isinstance(part, str) for part in row)
            for row in rows
        )
    ):
        return (Contact(visible_answer(text), ""),)
    return tuple(Contact(visible_answer(name), visible_answer(number)) for name, number in rows)


def _answer_of(learner: str, lesson_id: str, prompt_id: str) -> QueryInstance:
    return Query().fragment({"learner": learner, "lesson_id": lesson_id, "prompt_id": prompt_id})
