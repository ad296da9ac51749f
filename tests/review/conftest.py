"""A made-up course with as many questions as a test needs, a store, and a clock tests move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.content.model import Course
from iop_course.review.deck import ReviewDeck
from iop_course.review.scheduling import make_scheduler
from iop_course.store import ProgressStore, progress_store, quiz_progress
from iop_course.store.documents import stamp_to_the_second

START = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)


@dataclass
class FakeClock:
    """A clock that stands still until a test moves it."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def move(self, days: float = 0, hours: float = 0) -> None:
        """Let time pass."""
        self.now += timedelta(days=days, hours=hours)


def write_course(root: Path, lessons: int, questions: int) -> Course:
    """A course of one module with ``lessons`` lessons of ``questions`` questions each.

    In every question the first choice ("a") is right and the second ("b") is not.
    """
    module = root / "lessons" / "01-practice"
    module.mkdir(parents=True)
    (module / "module.md").write_text("---\ntitle: Practice\nsummary: Tests.\n---\nIntro.\n")
    quizzes = root / "quizzes" / "01-practice"
    quizzes.mkdir(parents=True)
    for number in range(1, lessons + 1):
        name = f"{number:02d}-lesson-{number}"
        (module / f"{name}.md").write_text(
            f"---\ntitle: Lesson {number}\nsummary: A lesson.\nminutes: 5\n---\nWords.\n"
        )
        blocks = [
            f"## Question {q} of lesson {number}?\n\n- [x] Right {q}\n  > Yes.\n"
            f"- [ ] Wrong {q}\n  > No.\n"
            for q in range(1, questions + 1)
        ]
        (quizzes / f"{name}.md").write_text("\n".join(blocks))
    return load_course(root)


@dataclass
class Setup:
    """A store, a course, a fake clock and a deck on them (fuzzing off)."""

    store: ProgressStore
    course: Course
    clock: FakeClock
    deck: ReviewDeck = field(init=False)

    def __post_init__(self) -> None:
        self.deck = ReviewDeck(
            self.store, self.course, clock=self.clock, scheduler=make_scheduler(fuzzing=False)
        )

    def question_ids(self, lesson_number: int) -> list[str]:
        lesson = self.course.lessons()[lesson_number - 1]
        quiz = self.deck.quizzes.quiz(lesson)
        assert quiz is not None
        return [question.id for question in quiz.questions]


@pytest.fixture
def make_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Setup]]:
    """Build a course and open a store on it; stores close after the test. Quiz answers are
    stamped with the fake clock's time, as if given then."""
    stores: list[ProgressStore] = []
    clock = FakeClock()
    for stamping_module in (quiz_progress, progress_store):  # quiz answers, worksheet answers
        monkeypatch.setattr(
            stamping_module,
            "stamp_to_the_second",
            lambda at=None: stamp_to_the_second(at or clock().isoformat()),
        )

    def make(lessons: int = 1, questions: int = 4) -> Setup:
        course = write_course(tmp_path / f"course-{len(stores)}", lessons, questions)
        store = ProgressStore.open(tmp_path / f"data-{len(stores)}")
        stores.append(store)
        return Setup(store, course, clock)

    yield make
    for store in stores:
        store.close()
