"""The layout of progress.json and how older layouts are brought up to date.

Progress files outlive app versions. Recording a schema version, refusing
files from the future, and upgrading old ones step by step lets later features
add tables or fields without breaking anyone's saved progress. Every field of
every table is checked on reading (validation.py); a feature that adds a table
or a field raises SCHEMA_VERSION, adds the upgrade step here and the fields there.

Layout (version 3), one TinyDB table each, every document carrying ``learner``:

- ``meta``: a single ``{"schema_version": 3}`` document.
- ``settings``: ``learner``, ``key``, ``value`` (any JSON value).
- ``lessons``: ``learner``, ``lesson_id``, ``status``, ``page``, ``where``, ``updated_at``.
- ``quiz_questions``: ``learner``, ``lesson_id``, ``question_id``, ``last_picked``,
  ``last_correct``, ``first_try_correct``, ``times_right``, ``times_wrong``,
  ``first_answered``, ``last_answered``; one document per question ever answered.
- ``quiz_sessions``: ``learner``, ``lesson_id``, ``state`` (opaque JSON object).
- ``quiz_scores``: ``learner``, ``lesson_id``, ``percent``, ``pass_percent``, ``at``; one
  document per finished first pass, only the latest SCORES_KEPT_PER_LESSON per lesson.
- ``review_cards`` (version 3): ``learner``, ``lesson_id``, ``question_id``, ``state``,
  ``step``, ``stability``, ``difficulty``, ``due``, ``last_review``, ``reviews``; one document
  per question answered in spaced review (see review_cards.py). Version 2 files have none, so
  upgrading them changes nothing but the version.
- ``worksheet_answers`` (version 3): ``learner``, ``lesson_id``, ``prompt_id``, ``text``,
  ``updated_at``; one document per worksheet prompt written in (see worksheet_answers.py).

Version 1 kept every answer for ever in ``quiz_attempts`` (``learner``, ``lesson_id``,
``question_id``, ``picked``, ``correct``, ``phase``, ``at``): two years of daily use made the
file 2 MB and every call slow, while nothing read them one by one. Version 0 is a file
without a version (empty, or from before versions); it has version 1's tables.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from iop_course.store.documents import fold_answer
from iop_course.store.review_cards import REVIEW_CARDS_TABLE
from iop_course.store.worksheet_answers import WORKSHEET_ANSWERS_TABLE

SCHEMA_VERSION = 3
NO_SCHEMA_VERSION = 0

META_TABLE = "meta"
SETTINGS_TABLE = "settings"
LESSONS_TABLE = "lessons"
QUIZ_ATTEMPTS_TABLE = "quiz_attempts"
QUIZ_QUESTIONS_TABLE = "quiz_questions"
QUIZ_SESSIONS_TABLE = "quiz_sessions"
QUIZ_SCORES_TABLE = "quiz_scores"

SCHEMA_VERSION_FIELD = "schema_version"

SCORES_KEPT_PER_LESSON = 30
"""Enough for a chart of how a quiz went over time; older scores are dropped."""

Tables = dict[str, dict[str, dict[str, Any]]]


def migrate_to_current(tables: Tables, from_version: int) -> Tables:
    """``tables`` (already validated as ``from_version``) upgraded to SCHEMA_VERSION.

    Returns a new dict; documents that need no change are shared, not copied.
    """
    upgraded = dict(tables)
    if from_version < 2:
        attempts = upgraded.pop(QUIZ_ATTEMPTS_TABLE, {})
        upgraded[QUIZ_QUESTIONS_TABLE] = _questions_from_attempts(attempts)
        upgraded[QUIZ_SCORES_TABLE] = latest_scores_only(upgraded.get(QUIZ_SCORES_TABLE, {}))
    upgraded[META_TABLE] = {"1": {SCHEMA_VERSION_FIELD: SCHEMA_VERSION}}
    return upgraded


def latest_scores_only(scores: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The score table keeping only the newest SCORES_KEPT_PER_LESSON of each learner's lesson."""
    by_lesson: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id in sorted(scores, key=int):
        document = scores[doc_id]
        by_lesson[(document["learner"], document["lesson_id"])].append(doc_id)
    kept = {doc_id for ids in by_lesson.values() for doc_id in ids[-SCORES_KEPT_PER_LESSON:]}
    return {doc_id: document for doc_id, document in scores.items() if doc_id in kept}


def progress_amount(tables: Tables) -> int:
    """A count that only grows as a learner uses the course, to compare a file with its backup.

    Lessons opened, lessons done, answers given, scores kept, spaced-review answers and worksheet
    prompts written in. ``tables`` must be in the
    current layout (migrate first), so a compacted file is not mistaken for less progress.
    """
    lessons = tables.get(LESSONS_TABLE, {}).values()
    questions = tables.get(QUIZ_QUESTIONS_TABLE, {}).values()
    return (
        len(lessons)
        + sum(1 for lesson in lessons if lesson["status"] == "done")
        + sum(question["times_right"] + question["times_wrong"] for question in questions)
        + len(tables.get(QUIZ_SCORES_TABLE, {}))
        + sum(card["reviews"] for card in tables.get(REVIEW_CARDS_TABLE, {}).values())
        + len(tables.get(WORKSHEET_ANSWERS_TABLE, {}))
    )


def _questions_from_attempts(attempts: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    folded: dict[tuple[str, str, str], dict[str, Any]] = {}
    for doc_id in sorted(attempts, key=int):
        attempt = attempts[doc_id]
        key = (attempt["learner"], attempt["lesson_id"], attempt["question_id"])
        folded[key] = fold_answer(
            folded.get(key),
            learner=attempt["learner"],
            lesson_id=attempt["lesson_id"],
            question_id=attempt["question_id"],
            picked=attempt["picked"],
            correct=attempt["correct"],
            phase=attempt["phase"],
            at=attempt["at"],
        )
    return {str(number): document for number, document in enumerate(folded.values(), start=1)}
