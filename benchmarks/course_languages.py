"""What the Spanish course costs the headless layers, next to the English one.

Run ``.venv/bin/python benchmarks/course_languages.py``. It prints, for the built-in course:
- ``load_course`` in English and in Spanish (start-up reads front matter only in both: the
  Spanish course reads each lesson's ``.es.md`` instead of its English, not as well), warm and
  in a fresh interpreter as at start-up, where what it imports counts too (a translated summary
  that quoted a person's words once made Spanish start-up import PyYAML, which the warm figure
  hides), alternating the languages;
- opening one lesson and its quiz in each language (a Spanish quiz also reads its English
  headings, for the question ids);
- the learner's background check (mistakes only, in the course it reads: the Spanish one reads
  the Spanish files and compares none with its English), the Spanish pairs compared with their
  English (the author's check without quality), and ``iop-course check``'s whole check.
Each figure is the best of several runs, in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import timeit
from functools import partial

from iop_course.content.checker import check_content
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir

ROOT = builtin_content_dir()
LESSON_ID = "02-relapse-prevention/05-tolerance-overdose-and-naloxone"


def _best(action, number: int, repeat: int = 5) -> float:
    action()  # warm the caches and imports first
    return min(timeit.repeat(action, number=number, repeat=repeat)) / number * 1000


FRESH = """
import time
started = time.perf_counter()
from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
load_course(builtin_content_dir(), {language!r})
print((time.perf_counter() - started) * 1000)
"""


def _fresh(language: str) -> float:
    """Importing the loader and loading the course in a new interpreter, in milliseconds."""
    ran = subprocess.run(
        [sys.executable, "-c", FRESH.format(language=language)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(ran.stdout)


def _open(language: str) -> None:
    info = load_course(ROOT, language).lesson(LESSON_ID)
    assert info is not None
    open_lesson(info)
    open_quiz(info)


def main() -> None:
    """Print each figure on its own line, and the load average before and after."""
    print("before: load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg()))
    for language in ("en", "es"):
        figure = _best(partial(load_course, ROOT, language), 20)
        print(f"load_course {language}: {figure:.1f} ms")
    fresh: dict[str, list[float]] = {"en": [], "es": []}
    for _ in range(10):
        for language, figures in fresh.items():
            figures.append(_fresh(language))
    for language, figures in fresh.items():
        print(
            f"import and load_course {language}, fresh interpreter: "
            f"{statistics.median(figures):.1f} ms (median of 10)"
        )
    for language in ("en", "es"):
        print(
            f"open a lesson and its quiz, {language}: {_best(partial(_open, language), 5):.1f} ms"
        )
    for language in ("en", "es"):
        check = partial(check_content, ROOT, quality=False, translations=(), language=language)
        print(f"the app's check (mistakes in the course it reads), {language}: ", end="")
        print(f"{_best(check, 1, 3):.0f} ms")
    spanish_pairs = partial(check_content, ROOT, quality=False, translations=("es",))
    print(f"the check comparing the Spanish pairs, no quality: {_best(spanish_pairs, 1, 3):.0f} ms")
    print(f"iop-course check (all): {_best(lambda: check_content(ROOT), 1, 2):.0f} ms")
    print("after: load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg()))


if __name__ == "__main__":
    main()
