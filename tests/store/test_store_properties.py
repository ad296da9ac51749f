"""Property test: any sequence of store operations survives close and reopen exactly.

The in-memory model below is the simplest possible description of what the
store promises; hypothesis searches for an operation sequence where the real
store (before or after reopening) disagrees with it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.store import ProgressStore

LESSON_IDS = ["intro", "triggers", "cravings"]
SETTING_KEYS = ["theme", "welcome_seen"]

lesson_ids = st.sampled_from(LESSON_IDS)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63) + 1, max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)

operations = st.one_of(
    st.tuples(st.just("set_page"), lesson_ids, st.integers(min_value=0, max_value=40)),
    st.tuples(st.just("set_in_quiz"), lesson_ids),
    st.tuples(st.just("mark_lesson_done"), lesson_ids),
    st.tuples(st.just("set_setting"), st.sampled_from(SETTING_KEYS), json_values),
    st.tuples(
        st.just("record_answer"),
        lesson_ids,
        st.sampled_from(["q1", "q2", "q3"]),
        st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=3, unique=True),
        st.booleans(),
        st.sampled_from(["first", "review"]),
    ),
    st.tuples(
        st.just("save_quiz_session"),
        lesson_ids,
        st.dictionaries(st.text(max_size=6), json_values, max_size=3),
    ),
    st.tuples(st.just("clear_quiz_session"), lesson_ids),
)


@dataclass
class ProgressModel:
    """What the store should report, kept with plain dicts and lists."""

    lessons: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    touched_order: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, dict[str, tuple[tuple[str, ...], bool, bool | None, int, int]]] = field(
        default_factory=dict
    )
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def apply(self, operation: tuple[Any, ...]) -> None:
        """Record what one operation should change."""
        name, *arguments = operation
        if name in ("set_page", "set_in_quiz", "mark_lesson_done"):
            self._touch_lesson(name, *arguments)
        elif name == "set_setting":
            key, value = arguments
            self.settings[key] = value
        elif name == "record_answer":
            lesson_id, question_id, picked, correct, phase = arguments
            questions = self.answers.setdefault(lesson_id, {})
            _, _, first_try, right, wrong = questions.get(question_id, ((), False, None, 0, 0))
            questions[question_id] = (
                tuple(picked),
                correct,
                correct if phase == "first" else first_try,
                right + correct,
                wrong + (not correct),
            )
        elif name == "save_quiz_session":
            lesson_id, state = arguments
            self.sessions[lesson_id] = state
        elif name == "clear_quiz_session":
            self.sessions.pop(arguments[0], None)

    def _touch_lesson(self, name: str, lesson_id: str, page: int | None = None) -> None:
        status, current_page, where = self.lessons.get(lesson_id, ("not_started", 0, "lesson"))
        if name == "mark_lesson_done":
            status = "done"
        else:
            status = "done" if status == "done" else "in_progress"
            where = "quiz" if name == "set_in_quiz" else "lesson"
            current_page = current_page if page is None else page
        self.lessons[lesson_id] = (status, current_page, where)
        self.touched_order.append(lesson_id)

    def observed(self) -> dict[str, Any]:
        """The state the store should report, in observe()'s shape."""
        return {
            "lessons": self.lessons,
            "last": self.touched_order[-1] if self.touched_order else None,
            "settings": {key: self.settings.get(key) for key in SETTING_KEYS},
            "answers": {
                lesson: [
                    (question, *record) for question, record in self.answers.get(lesson, {}).items()
                ]
                for lesson in LESSON_IDS
            },
            "sessions": {lesson: self.sessions.get(lesson) for lesson in LESSON_IDS},
        }


def apply_to_store(store: ProgressStore, operation: tuple[Any, ...]) -> None:
    """Run one generated operation against the real store."""
    name, *arguments = operation
    getattr(store, name)(*arguments)


def observe(store: ProgressStore) -> dict[str, Any]:
    """Everything the app can see through the store's public API."""
    last = store.last_location()
    return {
        "lessons": {
            lesson_id: (progress.status.value, progress.page, progress.where.value)
            for lesson_id, progress in store.all_lesson_progress().items()
        },
        "last": None if last is None else last.lesson_id,
        "settings": {key: store.get_setting(key) for key in SETTING_KEYS},
        "answers": {
            lesson: [
                (
                    record.question_id,
                    record.last_picked,
                    record.last_correct,
                    record.first_try_correct,
                    record.times_right,
                    record.times_wrong,
                )
                for record in store.answers(lesson)
            ]
            for lesson in LESSON_IDS
        },
        "sessions": {lesson: store.quiz_session(lesson) for lesson in LESSON_IDS},
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, max_size=25))
def test_reopened_store_matches_model(operation_list: list[tuple[Any, ...]]) -> None:
    """Any mix of operations reads back the same before and after close and reopen."""
    model = ProgressModel()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        with ProgressStore.open(data_dir) as store:
            for operation in operation_list:
                apply_to_store(store, operation)
                model.apply(operation)
            assert observe(store) == model.observed()
            exact_before = (store.all_lesson_progress(), store.last_location())
        with ProgressStore.open(data_dir) as reopened:
            assert reopened.recovery is None
            assert observe(reopened) == model.observed()
            assert (reopened.all_lesson_progress(), reopened.last_location()) == exact_before
