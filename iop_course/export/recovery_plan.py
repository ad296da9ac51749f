"""The learner's recovery plan, gathered from what they wrote in the lessons' worksheets.

Each worksheet prompt may feed one part of the plan (``plan: reasons`` and so on). The plan is
rebuilt from the answers every time it is shown or printed, so it is always what the learner
last wrote, and each part remembers the lessons (and pages) where it is written, so the learner
can go there to change it. Pure Python: the plan screen and ``iop-course export plan`` share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from iop_course.content.loader import ContentUnreadable, open_lesson
from iop_course.content.model import Course
from iop_course.content.worksheet_model import (
    ALL_PLAN_CHOICES,
    PlanChoice,
    PlanPart,
    WorksheetPrompt,
)
from iop_course.i18n import N_
from iop_course.store.worksheet_answers import Contact, WorksheetAnswer, contacts_from_text

WORKSHEET_OPENING = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*worksheet\b", re.IGNORECASE | re.MULTILINE)

SAFETY_REMINDERS = (
    N_("Keep naloxone (Narcan) where you and others can find it, and tell someone where it is."),
    N_("Never use alone. If you do use, have someone with you who has naloxone and will call 911."),
    N_(
        "After any break from use, your body cannot handle the amount it used to: an old amount "
        "can kill."
    ),
    N_("Pills that do not come from a pharmacy may be fake and hold fentanyl."),
)
SLIP_REMINDERS = (
    N_("A slip is a moment, not the end of your recovery. Stop, and get to a safe place."),
    N_("Tell someone today: a person on your list, your counselor or your group."),
    N_(
        "If you drank or took benzos or other downers every day for more than a few days, call "
        "your care team before you stop: stopping all at once can cause seizures."
    ),
    N_(
        "If you take a medicine for your recovery, tell your prescriber about the slip. Never "
        "stop it on your own."
    ),
)
HARD_NIGHT_REMINDERS = (
    N_("Go through the steps in order. If one step does not help, go on to the next."),
    N_(
        "Call or text 988 any time, day or night. Veterans: call 988 and press 1. En español: "
        "llame al 988 y marque 2, o envíe AYUDA al 988."
    ),
    N_("If you might act on thoughts of suicide, or you are in danger now, call 911."),
)
PART_REMINDERS: dict[PlanPart, tuple[str, ...]] = {
    PlanPart.IF_I_SLIP: SLIP_REMINDERS,
    PlanPart.SAFETY: SAFETY_REMINDERS,
    PlanPart.HARD_NIGHTS: HARD_NIGHT_REMINDERS,
}
"""What a part of the plan always says, under what the learner wrote: the safety facts a
person reaching for that part at a hard moment needs, even before they have written a word.
In English (the catalog's keys): show each through ``i18n._``."""


CHOICES_BY_NAME = {choice.value: choice for choice in ALL_PLAN_CHOICES}


@dataclass(frozen=True)
class PlanPlace:
    """A lesson page where part of the plan is written, and the first prompt there for it."""

    lesson_id: str
    lesson_title: str
    page: int
    prompt_id: str = ""


@dataclass(frozen=True)
class PlanEntry:
    """One answer in the plan: what the learner wrote for one prompt, and where."""

    place: PlanPlace
    prompt: WorksheetPrompt
    text: str

    @property
    def contacts(self) -> tuple[Contact, ...]:
        """The people listed, for a "people I can call" prompt (else empty)."""
        return contacts_from_text(self.text) if self.prompt.asks_for_contacts else ()


@dataclass(frozen=True)
class PlanSection:
    """One part of the plan: its answers, and every lesson where it can be written."""

    part: PlanPart
    entries: tuple[PlanEntry, ...]
    places: tuple[PlanPlace, ...]

    @property
    def empty(self) -> bool:
        """True while nothing is written for this part."""
        return not self.entries


@dataclass(frozen=True)
class RecoveryPlan:
    """Every part of the plan, in the order a plan is read."""

    sections: tuple[PlanSection, ...]

    def section(self, part: PlanPart) -> PlanSection:
        """The section of one part."""
        return next(section for section in self.sections if section.part is part)


def gather_plan(course: Course, answers: Iterable[WorksheetAnswer]) -> RecoveryPlan:
    """The plan from the course's worksheets and the learner's answers.

    Only lessons with a worksheet are parsed; a lesson that cannot be read is left out (the
    app's content check reports it). Answers to prompts no longer in the course stay in the
    store but are not shown, since nothing says which part they belong to.
    """
    written = {
        (answer.lesson_id, answer.prompt_id): answer.text
        for answer in answers
        if answer.text.strip()
    }
    entries: dict[PlanPart, list[PlanEntry]] = {part: [] for part in PlanPart}
    places: dict[PlanPart, dict[str, PlanPlace]] = {part: {} for part in PlanPart}
    for page, prompt, info in _plan_prompts(course):
        place = PlanPlace(info.id, info.title, page, prompt.id)
        places[prompt.plan].setdefault(info.id, place)
        text = written.get((info.id, prompt.id), "")
        if text and (not prompt.asks_for_contacts or contacts_from_text(text)):
            entries[prompt.plan].append(PlanEntry(place, prompt, text))
    return RecoveryPlan(
        tuple(
            PlanSection(part, tuple(entries[part]), tuple(places[part].values()))
            for part in PlanPart
        )
    )


def _plan_prompts(course: Course):
    """(page, prompt, lesson info) of every prompt that feeds the plan, in course order."""
    for info in course.lessons():
        try:
            if not WORKSHEET_OPENING.search(info.path.read_text(encoding="utf-8")):
                continue
            lesson, _ = open_lesson(info)
        except (OSError, UnicodeDecodeError, ContentUnreadable):
            continue
        for page, prompt in lesson.worksheet_prompts():
            if prompt.plan is not None:
                yield page, prompt, info


def parse_choices(names: Iterable[str]) -> tuple[PlanChoice, ...]:
    """Plan choices from their names (``reasons``, ``help``...), in plan order; ValueError
    naming the first unknown one."""
    chosen = set()
    for name in names:
        choice = CHOICES_BY_NAME.get(name.strip().lower())
        if choice is None:
            raise ValueError(
                f"'{name}' is not a part of the plan: use {', '.join(CHOICES_BY_NAME)}"
            )
        chosen.add(choice)
    return tuple(choice for choice in ALL_PLAN_CHOICES if choice in chosen)
