"""Start-up in Spanish against English: launch to the settled home screen of a returning learner.

The same launch as benchmarks/startup.py (a real 100x30 pseudo-terminal, a learner with two years
of daily progress on the built-in course, the clock stopped when the home screen has settled),
once with ``--lang en`` and once with ``--lang es``, alternating so the load of a shared machine
hits both alike. Spanish reads its catalog (iop_course/locale) and, once the course has Spanish
pairs, their front matter: the goal (issue 20) is the settled Spanish home within 1.1 times the
English one, with its first frame its final frame.
Usage: python benchmarks/startup_spanish.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from installed import compile_like_an_install
from returning_learner import COURSE, write_learner
from startup import launch, load

GOAL = 1.1
MARKERS = {"en": "lessons done", "es": "lecciones terminadas"}


def main() -> int:
    """Time both languages in turn, print medians and the ratio; exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    compile_like_an_install()
    work = Path(tempfile.mkdtemp(prefix="iop-startup-spanish-bench-"))
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("IOP_COURSE_DATA_DIR", None)
    data = write_learner(work / "data", COURSE)
    commands = {
        language: [sys.executable, "-m", "iop_course", "--lang", language, "--data-dir", str(data)]
        for language in MARKERS
    }
    print(f"before: {load()}")
    for language, command in commands.items():
        launch(command, MARKERS[language], env)  # warm the file cache and bytecode once
    runs: dict[str, list[dict[str, float | int]]] = {language: [] for language in MARKERS}
    for _ in range(args.runs):
        for language, command in commands.items():
            runs[language].append(launch(command, MARKERS[language], env))
    print(f"after:  {load()}  ({args.runs} alternating runs of each language)")
    settled = {lang: statistics.median(run["settled"] for run in runs[lang]) for lang in runs}
    for language, results in runs.items():
        first = statistics.median(run["first"] for run in results)
        changed = max(run["changed"] for run in results)
        print(
            f"--lang {language}: settled {1000 * settled[language]:6.1f} ms "
            f"(first frame {1000 * first:6.1f} ms), frames that changed the screen after the "
            f"first: {changed}"
        )
    ratio = settled["es"] / settled["en"]
    changed_es = max(run["changed"] for run in runs["es"])
    met = ratio <= GOAL and changed_es == 0
    print(
        f"ratio es/en {ratio:4.2f} (goal <= {GOAL}), Spanish frames after the first: {changed_es}"
    )
    print("verdict: " + ("goal met" if met else "goal MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
