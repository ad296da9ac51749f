"""Worksheets as plain data, and the parts of the learner's recovery plan their prompts feed.

A worksheet is a block of a lesson page (model.py) where the learner writes; its prompts can
feed a part of the recovery plan the learner prints. Kept apart from model.py so each stays
small. No Textual and no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from iop_course.i18n import N_, _


class PlanPart(str, Enum):
    """The parts of the learner's recovery plan that a worksheet prompt can feed (``plan: ...``),
    in the order a plan is read: what keeps them on track, what to do after a slip, how to stay
    alive, and the safety plan for a night when they may be at risk of suicide."""

    REASONS = "reasons"
    TRIGGERS = "triggers"
    WARNING_SIGNS = "warning-signs"
    INSTEAD = "instead"
    PEOPLE = "people"
    IF_I_SLIP = "if-i-slip"
    SAFETY = "safety"
    HARD_NIGHTS = "hard-nights"

    @property
    def label(self) -> str:
        """The part's heading in the learner's plan, in the learner's language."""
        return _(
            {
                PlanPart.REASONS: N_("My reasons"),
                PlanPart.TRIGGERS: N_("My triggers and high-risk situations"),
                PlanPart.WARNING_SIGNS: N_("My warning signs"),
                PlanPart.INSTEAD: N_("What I do instead"),
                PlanPart.PEOPLE: N_("People I can call"),
                PlanPart.IF_I_SLIP: N_("If I slip"),
                PlanPart.SAFETY: N_("Staying safe"),
                PlanPart.HARD_NIGHTS: N_("My safety plan for hard nights"),
            }[self]
        )

    @property
    def answers_are_steps(self) -> bool:
        """True when the part's prompts are the numbered steps of one plan (Stanley and Brown's
        safety plan), so each answer is shown under its own question, not only its lesson."""
        return self is PlanPart.HARD_NIGHTS


class PlanExtra(str, Enum):
    """What a printed plan can hold besides the learner's own parts."""

    HELP = "help"

    @property
    def label(self) -> str:
        """The heading on screen and on paper, in the learner's language."""
        return _("Help numbers")


PlanChoice = PlanPart | PlanExtra
ALL_PLAN_CHOICES: tuple[PlanChoice, ...] = (*PlanPart, PlanExtra.HELP)
"""Everything a learner can choose to print, in the order a plan is read."""


@dataclass(frozen=True)
class WorksheetPrompt:
    """One question a learner answers in writing, named by an id that survives rewording.

    Answers are kept by (lesson id, prompt id), so an author may change the wording freely;
    changing the id starts a new, empty answer. A prompt feeding ``PlanPart.PEOPLE`` asks for
    names and numbers rather than free text.
    """

    id: str
    text: str
    plan: PlanPart | None = None
    line: int = field(default=0, compare=False)

    @property
    def asks_for_contacts(self) -> bool:
        """True when the answer is a list of people with their phone numbers."""
        return self.plan is PlanPart.PEOPLE


@dataclass(frozen=True)
class Worksheet:
    """A place in a lesson where the learner writes: an optional intro and its prompts."""

    intro: str
    prompts: tuple[WorksheetPrompt, ...]
    line: int = field(default=0, compare=False)  # where its ``::: worksheet`` opens

    label = N_("Write it down")
    """The heading a learner sees on a worksheet, on screen and on paper (in English: shown
    through ``_``)."""

    @property
    def markdown(self) -> str:
        """The worksheet as plain course Markdown, prompts only and never any answer: for
        views that show text alone (a projected slide, a search)."""
        items = "\n".join(
            f"{number}. {prompt.text}" for number, prompt in enumerate(self.prompts, start=1)
        )
        return "\n\n".join(part for part in (self.intro, items) if part)
