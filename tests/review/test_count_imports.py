"""Counting today's review at start-up loads no quiz class and no Markdown: with the course
index warm, every quiz's question ids come from it, so the line reader's patterns, the quiz's
classes and the parser load only for a quiz that changed (each import before the first paint
counts, benchmarks/startup.py). Run in fresh interpreters: the first writes the index, the
second starts as a returning learner does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR
from iop_course.store import ProgressStore
from tests.ui.conftest import FIXTURE_COURSE
from tests.ui.test_light_app import MISSED_SELECT_ALL, REVIEWED_LESSON

COUNT_AT_START = """
import json, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from iop_course.content.loader import load_course
from iop_course.review.early_review import EarlyReview
from iop_course.store import ProgressStore

course = load_course(Path(sys.argv[2]))
store = ProgressStore.open(Path(sys.argv[1]))
later = datetime.now(timezone.utc) + timedelta(days=2)
questions = EarlyReview(store, course, clock=lambda: later).questions(30)
store.close()
print(json.dumps({
    "counted": len(questions),
    "loaded": [name for name in sys.modules if name in (
        "iop_course.content.quiz_model", "iop_course.content.question_headings", "markdown_it"
    )],
}))
"""


def test_a_warm_start_counts_todays_review_without_quiz_classes_or_markdown(tmp_path: Path):
    store = ProgressStore.open(tmp_path / "data")  # two questions missed: both are due later
    for question in ("which-comes-first-usually", MISSED_SELECT_ALL):
        store.record_answer(REVIEWED_LESSON, question, ["a"], False, "first")
    store.close()
    env = {**os.environ, CACHE_DIR_ENV_VAR: str(tmp_path / "cache")}

    def start() -> dict:
        ran = subprocess.run(
            [sys.executable, "-c", COUNT_AT_START, str(tmp_path / "data"), str(FIXTURE_COURSE)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=True,
        )
        return json.loads(ran.stdout.splitlines()[-1])

    first = start()  # writes the course index (and reads every quiz it is asked about)
    again = start()
    assert first["counted"] == again["counted"] == 2
    assert "iop_course.content.question_headings" in first["loaded"]  # it read the quiz
    assert again["loaded"] == []
