"""Reading a learner's line at a prompt, with the commands that work at every prompt.

Every prompt names what can be typed, built from the same phrases (``words``), and ends with a
colon. The commands that work everywhere are read here once: g or help (Get help now), p (My
progress), m (My recovery plan) and delete are answered in place, then the same prompt comes
back; l (the lessons), r (today's review) and q (quit) leave the place the learner is in, by
raising ``Navigate`` or ``QuitCourse`` for the course's loop to follow. A word the prompt takes
for itself (``b`` while reading, numbers on a question) wins over a command of the same name.
Anything else gets one line that says what works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iop_course.i18n import _
from iop_course.plain import words
from iop_course.plain.console import LONGEST_LINE, LineTooLong

if TYPE_CHECKING:
    from iop_course.plain.plain_course import PlainCourse

HELP_WORDS = frozenset({"g", "help"})
COMMAND_WORDS = HELP_WORDS | {"p", "m", "delete", "l", "r", "q"}


def not_a_command(line: str) -> bool:
    """True for a line that is not one of the commands that work everywhere: free text (a
    worksheet answer) is taken as typed, but a command word alone still does its work."""
    return line.strip().lower() not in COMMAND_WORDS


class Navigate(Exception):
    """Leave the place the learner is in for another (a bound method of the course)."""

    def __init__(self, place: Callable[[], None]) -> None:
        super().__init__()
        self.place = place


class QuitCourse(Exception):
    """The learner typed q: save and stop."""


@dataclass(frozen=True)
class Prompt:
    """What can be typed at one prompt: its own words, plus the commands that work everywhere.

    ``phrases`` are named in the prompt, in order; ``own`` are words the prompt answers itself;
    ``takes`` decides whether any other line is the prompt's own (a number, an answer).
    """

    phrases: tuple[str, ...]
    own: frozenset[str] = frozenset()
    takes: Callable[[str], bool] | None = field(default=None, compare=False)
    recap: Callable[[], None] | None = field(default=None, compare=False)
    """Says again what the prompt is about (the question and its choices) after help, progress
    or the plan were read out in between, so the learner does not have to find it far above."""

    @property
    def text(self) -> str:
        """The one prompt line: "Type Enter to go on, b to go back, ..., q to quit:"."""
        return words.TYPE.format(what=_listed(self.phrases)) + ":"

    def what_works(self, review_ready: bool) -> str:
        """The line for a word that does not work here: everything that does."""
        extra = [words.LESSONS, words.PROGRESS, words.PLAN]
        if review_ready:
            extra.append(words.REVIEW)
        phrases = [*self.phrases, *(phrase for phrase in extra if phrase not in self.phrases)]
        return words.WHAT_WORKS.format(commands=_listed(phrases))


def _listed(phrases: list[str] | tuple[str, ...]) -> str:
    if len(phrases) < 2:
        return "".join(phrases)
    return _("{some}, or {last}").format(some=", ".join(phrases[:-1]), last=phrases[-1])


def read_line(course: PlainCourse, prompt: Prompt) -> str:
    """The learner's next line that belongs to this prompt; commands in between are done."""
    while True:
        try:
            line = course.console.ask(prompt.text)
        except LineTooLong:
            course.console.say(words.TOO_LONG.format(limit=f"{LONGEST_LINE:,}"))
            continue
        word = line.strip().lower()
        if word in prompt.own or (prompt.takes is not None and prompt.takes(line)):
            return line
        if not _did_command(course, word):
            course.console.say(prompt.what_works(course.review_ready()))
        elif prompt.recap is not None:
            course.console.say("")
            prompt.recap()


def _did_command(course: PlainCourse, word: str) -> bool:
    """Do a command that works at every prompt; False when ``word`` is none of them."""
    if word in HELP_WORDS:
        course.show_help()
    elif word == "p":
        course.show_progress()
    elif word == "m":
        course.show_plan()
    elif word == "delete":
        course.delete_my_data()
    elif word == "l":
        raise Navigate(course.show_lessons)
    elif word == "r" and course.review_ready():
        raise Navigate(course.take_review)
    elif word == "r":
        course.console.say(words.NO_REVIEW_TODAY)
    elif word == "q":
        raise QuitCourse
    else:
        return False
    return True
