"""Speed of the learning loop: page turn, answer to feedback, next question, resume on a lesson.

Every app runs in a real 100x30 pseudo-terminal. A key is written to the terminal and the clock
stops when the screen settles: the expected text is on screen and nothing more is drawn for a
while (the time of the last drawing counts). Each measure is taken on IOP Course and on a bare
Textual app showing the same text, and the ratios are printed against the goals of issue 6;
resume (issue 21) launches a returning learner with two years of progress onto page 2 of a
later lesson and compares it with the same learner's settled home screen.
The quiz is driven with the keys its screen shows; they are named once, in ``QUIZ_KEYS``.
Usage: python benchmarks/learning_loop.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from installed import compile_like_an_install
from returning_learner import todays_lesson, write_learner
from terminal import FRAME_GAP, Terminal

HERE = Path(__file__).resolve().parent
COURSE = HERE.parent
LESSON_ID = "01-getting-started/01-how-iop-works"
# The quiz screen's keys, in one place: change them here when the quiz screen changes.
QUIZ_KEYS = {
    "pick first choice": "1",  # picks (or, in "select all", ticks) the first choice shown
    "check ticked choices": "c",  # answers a "select all" question
    "next question": "n",
}
FEEDBACK_MARKERS = ("Right!", "Not quite")  # any of these means the feedback is on screen

GOALS = {  # measure: (most times the bare app, most milliseconds)
    "page turn": (1.5, 100.0),
    "answer to feedback": (2.0, 100.0),
    "next question": (2.0, 100.0),
}
RESUME_GOAL = 1.25  # times the settled home screen of the same learner
PARTS = {"page-turn": "page_turns", "quiz": "quiz_steps", "resume": "resumes"}


@dataclass
class Measure:
    """Times in seconds for one measure on one app."""

    times: list[float] = field(default_factory=list)
    mixed_frames: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        """The median in milliseconds."""
        return statistics.median(self.times) * 1000


def plain_start(markdown: str, length: int = 24) -> str:
    """The first words of a Markdown text as drawn (no markup), to recognise it on screen."""
    line = next(line for line in markdown.splitlines() if line.strip())
    words = re.sub(r"[*_`\[\]#>]", "", line).lstrip("-+ 0123456789.").split()
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > length and text:
            break
        text = f"{text} {word}".strip()
    return text


def lesson_pages() -> list[dict[str, str]]:
    """The learner's view of the benchmark lesson's pages, as titles and Markdown."""
    from iop_course.content.lesson_model import Box
    from iop_course.content.loader import load_course, open_lesson

    info = load_course(COURSE).lesson(LESSON_ID)
    lesson, _ = open_lesson(info)
    pages = []
    for page in lesson.pages:
        parts = [
            f"> **{block.kind.label}**\n>\n> " + block.markdown.replace("\n", "\n> ")
            if isinstance(block, Box)
            else block.markdown
            for block in page.learner_blocks()
        ]
        pages.append({"title": page.title, "markdown": "\n\n".join(parts)})
    return pages


def quiz_questions() -> list[dict[str, object]]:
    """The benchmark lesson's questions as shown, and the feedback for their first choice."""
    from iop_course.content.loader import load_course, open_quiz

    quiz, _ = open_quiz(load_course(COURSE).lesson(LESSON_ID))
    questions = []
    for question in quiz.questions:
        choices = "\n".join(f"{n}. {choice.text}" for n, choice in enumerate(question.choices, 1))
        verdict = "✓ Right!" if question.choices[0].correct else "Not quite."
        questions.append(
            {
                "question": f"{question.scenario}\n\n{question.prompt}\n\n{choices}",
                "feedback": (
                    f"{verdict}\n\n{question.choices[0].feedback}\n\n{question.explanation}"
                ),
                "select_all": question.select_all,
            }
        )
    return questions


def prepare_store(data_dir: Path, env: dict[str, str], where: str) -> None:
    """A progress folder past the welcome, resuming on the lesson's first page or its quiz."""
    steps = {
        "home": "s.set_setting('screen', 'home')",
        "lesson": f"s.set_page({LESSON_ID!r}, 0); s.set_setting('screen', 'lesson')",
        "quiz": f"s.clear_quiz_session({LESSON_ID!r}); s.set_in_quiz({LESSON_ID!r}); "
        "s.set_setting('screen', 'quiz')",
    }
    script = (
        "from pathlib import Path\nfrom iop_course.store import ProgressStore\n"
        f"s = ProgressStore.open(Path({str(data_dir)!r}))\n"
        f"s.set_setting('welcome_seen', True)\n{steps[where]}\ns.close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=env)


class Bench:
    """Launches both apps and takes every measure."""

    def __init__(self, runs: int) -> None:
        self.runs = runs
        self.work = Path(tempfile.mkdtemp(prefix="iop-loop-bench-"))
        self.env = {**os.environ, "TERM": "xterm-256color"}
        self.env.pop("IOP_COURSE_DATA_DIR", None)
        self.pages = lesson_pages()
        self.questions = quiz_questions()
        (self.work / "pages.json").write_text(json.dumps(self.pages), encoding="utf-8")
        (self.work / "questions.json").write_text(json.dumps(self.questions), encoding="utf-8")
        self.results: dict[tuple[str, str], Measure] = {}

    def measure(self, name: str, app: str) -> Measure:
        """The measure named ``name`` for ``app`` ("iop-course" or "bare")."""
        return self.results.setdefault((name, app), Measure())

    def course(self, where: str) -> Terminal:
        """IOP Course, launched with its progress saved on the home screen, lesson or quiz."""
        data_dir = self.work / f"data-{where}"
        prepare_store(data_dir, self.env, where)
        return Terminal(
            [
                sys.executable,
                "-m",
                "iop_course",
                "--content",
                str(COURSE),
                "--data-dir",
                str(data_dir),
            ],
            self.env,
        )

    def page_turns(self) -> None:
        """Turn every page forward then back, in both apps; End first so a turn is a turn."""
        bare_command = [
            sys.executable,
            str(HERE / "bare_page_app.py"),
            str(self.work / "pages.json"),
        ]
        first = plain_start(self.pages[0]["markdown"])
        for app, launch in (
            ("iop-course", lambda: self.course("lesson")),
            ("bare", lambda: Terminal(bare_command, self.env)),
        ):
            terminal = launch()
            try:
                terminal.settle(terminal.started, (first,))
                index, step = 0, 1
                for _ in range(self.runs):
                    if not 0 <= index + step < len(self.pages):
                        step = -step
                    terminal.settle(terminal.press("end" if step > 0 else "home"), ("",))
                    index += step
                    # A page turned back to opens at its end, where its title may be out of view.
                    marker = self.pages[index]["title"] if step > 0 else f"Page {index + 1} of"
                    settled = terminal.settle(
                        terminal.press("right" if step > 0 else "left"), (marker,)
                    )
                    measure = self.measure("page turn", app)
                    measure.times.append(settled.seconds)
                    number = settled.first_seen(f"Page {index + 1} of")
                    text = settled.first_seen(marker)
                    if number is not None and text is not None and text - number > FRAME_GAP:
                        measure.mixed_frames.append(text - number)
            finally:
                terminal.close()

    def quiz_steps(self) -> None:
        """Answer each question with the first choice shown, then go on, in both apps."""
        keys = QUIZ_KEYS
        bare_command = [
            sys.executable,
            str(HERE / "bare_quiz_app.py"),
            str(self.work / "questions.json"),
            f"{keys['pick first choice']},{keys['check ticked choices']}",
            keys["next question"],
        ]
        total = len(self.questions)
        for app in ("iop-course", "bare"):
            done = 0
            while done < self.runs:
                terminal = (
                    self.course("quiz") if app == "iop-course" else Terminal(bare_command, self.env)
                )
                try:
                    terminal.settle(terminal.started, (f"Question 1 of {total}",))
                    for number, question in enumerate(self.questions[:-1], start=2):
                        pressed = terminal.press(keys["pick first choice"])
                        if question["select_all"]:
                            terminal.settle(pressed, ("",))
                            pressed = terminal.press(keys["check ticked choices"])
                        settled = terminal.settle(pressed, FEEDBACK_MARKERS)
                        self.measure("answer to feedback", app).times.append(settled.seconds)
                        settled = terminal.settle(
                            terminal.press(keys["next question"]),
                            (f"Question {number} of {total}",),
                        )
                        self.measure("next question", app).times.append(settled.seconds)
                        done += 1
                finally:
                    terminal.close()

    def resumes(self) -> None:
        """A returning learner (two years of progress) launched onto page 2 of a later lesson,
        the same learner launched onto home, and the bare app on a page: each until its screen
        settles."""
        bare_command = [
            sys.executable,
            str(HERE / "bare_page_app.py"),
            str(self.work / "pages.json"),
        ]
        lesson_id, page = todays_lesson(COURSE)
        position = f"Page {page + 1} of"
        first = plain_start(self.pages[0]["markdown"])
        homes = {}
        for where in ("home", "lesson"):
            homes[where] = write_learner(self.work / f"learner-{where}", COURSE, where)

        def learner(where: str) -> Terminal:
            command = [sys.executable, "-m", "iop_course", "--content", str(COURSE)]
            return Terminal([*command, "--data-dir", str(homes[where])], self.env)

        launches = {
            "resume on a lesson": (lambda: learner("lesson"), position),
            "home, settled": (lambda: learner("home"), "lessons done"),
            "bare, same page": (lambda: Terminal(bare_command, self.env), first),
        }
        for launch, marker in launches.values():  # warm the file cache once
            terminal = launch()
            terminal.settle(terminal.started, (marker,))
            terminal.close()
        for _ in range(max(5, self.runs // 2)):  # launches vary more than key presses
            for name, (launch, marker) in launches.items():
                terminal = launch()
                try:
                    settled = terminal.settle(terminal.started, (marker,))
                    self.measure(name, "launch").times.append(settled.seconds)
                finally:
                    terminal.close()
        print(f"resume: {lesson_id}, page {page + 1} ({os.getloadavg()[0]:.2f} load)")

    def report(self) -> bool:
        """Print every measure and its ratio; True when every goal is met."""
        met = True
        for name, (most_ratio, most_ms) in GOALS.items():
            if (name, "bare") not in self.results:
                continue
            ours, bare = self.measure(name, "iop-course"), self.measure(name, "bare")
            ratio = ours.median_ms / bare.median_ms
            within = sum(t <= most_ms / 1000 for t in ours.times) / len(ours.times)
            ok = ratio <= most_ratio and ours.median_ms <= most_ms and not ours.mixed_frames
            met &= ok
            print(
                f"{name:19} iop-course {ours.median_ms:6.1f} ms  bare {bare.median_ms:6.1f} ms"
                f"  ratio {ratio:4.2f} (goal <= {most_ratio}, <= {most_ms:.0f} ms)"
                f"  {within:4.0%} within {most_ms:.0f} ms  ({len(ours.times)} runs)"
                f"  {'ok' if ok else 'MISSED'}"
            )
            if name == "page turn":
                mixed = ours.mixed_frames
                print(
                    f"{'':19} mixed frames (new page number over old text): {len(mixed)}"
                    + (f", median {statistics.median(mixed) * 1000:.0f} ms" if mixed else "")
                )
        if ("resume on a lesson", "launch") not in self.results:
            return met
        resume = self.measure("resume on a lesson", "launch")
        home = self.measure("home, settled", "launch")
        bare = self.measure("bare, same page", "launch")
        ratio = resume.median_ms / home.median_ms
        ok = ratio <= RESUME_GOAL
        met &= ok
        print(
            f"{'resume on a lesson':19} settled {resume.median_ms:6.1f} ms  home settled "
            f"{home.median_ms:6.1f} ms  ratio {ratio:4.2f} (goal <= {RESUME_GOAL})  "
            f"bare app on the same page {bare.median_ms:6.1f} ms "
            f"(ratio {resume.median_ms / bare.median_ms:4.2f})  {'ok' if ok else 'MISSED'}"
        )
        return met


def main() -> int:
    """Take every measure once and print the ratios; exit 1 when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="page turns and quiz steps per app")
    parser.add_argument(
        "--only",
        choices=PARTS,
        action="append",
        help="take only this part (repeat for more); by default, all of them",
    )
    args = parser.parse_args()
    compile_like_an_install()
    bench = Bench(args.runs)
    for part in args.only or PARTS:
        getattr(bench, PARTS[part])()
    return 0 if bench.report() else 1


if __name__ == "__main__":
    sys.exit(main())
