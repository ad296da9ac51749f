"""A returning learner: two years of daily use of the real course, and courses made bigger.

The progress file is written as two years of daily use left it with the version-1 layout
(every answer kept: one lesson read and its quiz taken each day, about three answers in four
right, the missed ones answered again in review), with the course's own lesson and question
ids, so today's review finds real questions. On the last day the learner stopped on page 2 of
that day's lesson (a later lesson of the course), so Continue and a resumed launch go there.
It is then opened once by the installed store (which upgrades it), as the first launch after
an update would: every measured launch is a later day. ``scaled_course`` copies the built-in
course 10 or 30 times, for the size goals.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

COURSE = Path(__file__).resolve().parent.parent
DAYS = 730
SEED = 21


def scaled_course(folder: Path, times: int) -> Path:
    """The built-in course copied ``times`` times into ``folder`` (the first copy keeps the
    real ids; copy n adds "-n" to each module's folder name)."""
    if times == 1:
        return COURSE
    for copy in range(1, times + 1):
        for part in ("lessons", "quizzes"):
            for module in sorted((COURSE / part).iterdir()):
                if not module.is_dir():
                    continue
                name = module.name if copy == 1 else f"{module.name}-{copy}"
                shutil.copytree(module, folder / part / name)
    return folder


def course_questions(root: Path) -> list[tuple[str, list[str]]]:
    """Each lesson's id and its quiz's question ids, in course order."""
    from iop_course.content.loader import load_course, open_quiz

    found = []
    for lesson in load_course(root).lessons():
        opened = open_quiz(lesson)
        found.append((lesson.id, [q.id for q in opened[0].questions] if opened else []))
    return found


def two_years_of_progress(root: Path, days: int = DAYS) -> dict[str, dict[str, dict[str, object]]]:
    """The version-1 tables a learner leaves after ``days`` days of the course at ``root``."""
    chooser = random.Random(SEED)
    lessons_and_questions = course_questions(root)
    start = datetime.now(timezone.utc) - timedelta(days=days)
    lessons: dict[str, dict[str, object]] = {}
    attempts: dict[str, dict[str, object]] = {}
    scores: dict[str, dict[str, object]] = {}
    for day in range(days):
        lesson_id, questions = lessons_and_questions[day % len(lessons_and_questions)]
        when = start + timedelta(days=day, hours=18)
        if day == days - 1:  # today: stopped on page 2, before the quiz
            lessons[lesson_id] = {
                "learner": "me",
                "lesson_id": lesson_id,
                "status": "in_progress",
                "page": 1,
                "where": "lesson",
                "updated_at": when.isoformat(timespec="microseconds"),
            }
            lessons[lesson_id] = lessons.pop(lesson_id)  # the latest document comes last
            break

        def stamp(minutes: float, when: datetime = when) -> str:
            return (when + timedelta(minutes=minutes)).isoformat(timespec="microseconds")

        missed = []
        for number, question_id in enumerate(questions):
            correct = chooser.random() < 0.75
            attempts[str(len(attempts) + 1)] = _attempt(
                lesson_id, question_id, correct, "first", stamp(10 + number)
            )
            if not correct:
                missed.append((number, question_id))
        for number, question_id in missed:
            attempts[str(len(attempts) + 1)] = _attempt(
                lesson_id, question_id, True, "review", stamp(40 + number)
            )
        if questions:
            percent = round(100 * (len(questions) - len(missed)) / len(questions))
            scores[str(len(scores) + 1)] = {
                "learner": "me",
                "lesson_id": lesson_id,
                "percent": percent,
                "pass_percent": 80,
                "at": stamp(39),
            }
        lessons[lesson_id] = {
            "learner": "me",
            "lesson_id": lesson_id,
            "status": "done",
            "page": 0,
            "where": "quiz",
            "updated_at": stamp(60),
        }
    return {
        "meta": {"1": {"schema_version": 1}},
        "settings": {
            "1": {"learner": "me", "key": "welcome_seen", "value": True},
            "2": {"learner": "me", "key": "theme", "value": "textual-dark"},
            "3": {"learner": "me", "key": "screen", "value": "home"},
        },
        "lessons": {str(n): document for n, document in enumerate(lessons.values(), start=1)},
        "quiz_attempts": attempts,
        "quiz_sessions": {},
        "quiz_scores": scores,
    }


def _attempt(
    lesson_id: str, question_id: str, correct: bool, phase: str, at: str
) -> dict[str, object]:
    return {
        "learner": "me",
        "lesson_id": lesson_id,
        "question_id": question_id,
        "picked": ["a"] if correct else ["b"],
        "correct": correct,
        "phase": phase,
        "at": at,
    }


def write_learner(data_dir: Path, root: Path, where: str = "home") -> Path:
    """A progress folder at ``data_dir`` with two years of the course at ``root``, opened once;
    the learner left on the home screen (``where`` "home") or in the lesson ("lesson")."""
    data_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
    progress = two_years_of_progress(root)
    (data_dir / "progress.json").write_text(json.dumps(progress, ensure_ascii=False), "utf-8")
    script = (
        "from pathlib import Path\nfrom iop_course.store import ProgressStore\n"
        f"s = ProgressStore.open(Path({str(data_dir)!r}))\n"
        f"s.set_setting('screen', {where!r})\ns.close()\n"
        # A second open refreshes the backup from the upgraded file, as every later day does.
        f"ProgressStore.open(Path({str(data_dir)!r})).close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    return data_dir


def todays_lesson(root: Path, days: int = DAYS) -> tuple[str, int]:
    """The lesson the learner stopped in on the last day, and its page index."""
    lessons = course_questions(root)
    return lessons[(days - 1) % len(lessons)][0], 1
