"""The group plan as a run sheet: which step the group is in, and how far ahead or behind.

The deck moves the plan on and the clock times it: while a lesson page is projected the group
is in the plan's ``slides`` step, while a question is in its ``quiz`` step; on the title slide
it is in one of the steps before the slides, and on the end slide in one of the steps after the
last step the deck runs, whichever the clock says (held at the first or last of them). Times
are minutes from the start of the session, as a facilitator reads a clock: "0:05-0:15".
"""

from __future__ import annotations

from dataclasses import dataclass

from iop_course.content.lesson_model import GroupPlan, PlanStep, StepCovers
from iop_course.i18n import N_, Words
from iop_course.present.state import SlideKind

WORDS = Words(
    {
        "line": N_("{name} {start}-{end}"),
        "now": N_(" ▶ {now}, {how}"),
        "over": N_("{minutes} min over"),
        "ahead": N_("{minutes} min ahead"),
        "on_time": N_("on time, {minutes} min left"),
    }
)


@dataclass(frozen=True)
class Phase:
    """One step of the plan with its planned window, in minutes from the start."""

    step: PlanStep
    start: int
    end: int


@dataclass(frozen=True)
class RunSheet:
    """Every step with its window, which one the group is in, and the minutes elapsed."""

    phases: tuple[Phase, ...]
    current: int
    elapsed_minutes: int

    @property
    def now(self) -> Phase:
        """The step the group is in."""
        return self.phases[self.current]

    def line(self, index: int) -> str:
        """One step as a line: "Teach 0:05-0:15", and for the current one where the group
        is: "Teach 0:05-0:15 ▶ 0:19, 4 min over"."""
        phase = self.phases[index]
        text = WORDS["line"].format(
            name=phase.step.name, start=clock(phase.start), end=clock(phase.end)
        )
        if index == self.current:
            text += WORDS["now"].format(now=clock(self.elapsed_minutes), how=self.how_far())
        return text

    def how_far(self) -> str:
        """How far ahead or behind the group is in its current step."""
        phase, minutes = self.now, self.elapsed_minutes
        if minutes >= phase.end:
            return WORDS["over"].format(minutes=minutes - phase.end)
        if minutes < phase.start:
            return WORDS["ahead"].format(minutes=phase.start - minutes)
        return WORDS["on_time"].format(minutes=phase.end - minutes)


def clock(minutes: int) -> str:
    """Minutes as h:mm, as the notes show times of a session."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def run_sheet(plan: GroupPlan, kind: SlideKind, started_at: float, now: float) -> RunSheet | None:
    """Where the group is in ``plan`` with ``kind`` of slide on the projector; None for a plan
    with no timed steps."""
    if not plan.steps:
        return None
    phases, start = [], 0
    for step in plan.steps:
        phases.append(Phase(step, start, start + step.minutes))
        start += step.minutes
    elapsed = max(0, int(now - started_at) // 60)
    covers = [step.covers for step in plan.steps]
    slides = _index(covers, StepCovers.SLIDES)
    quiz = _index(covers, StepCovers.QUIZ)
    if kind is SlideKind.PAGE and slides is not None:
        current = slides
    elif kind is SlideKind.QUESTION and quiz is not None:
        current = quiz
    else:
        anchored = [index for index in (slides, quiz) if index is not None]
        if kind in (SlideKind.TITLE, SlideKind.MODULE_INTRO) and anchored:
            window = range(0, max(1, min(anchored)))
        elif kind is SlideKind.END and anchored and max(anchored) + 1 < len(phases):
            window = range(max(anchored) + 1, len(phases))
        elif kind is SlideKind.END and anchored:
            window = range(max(anchored), len(phases))
        else:
            window = range(len(phases))
        current = _by_clock(phases, window, elapsed)
    return RunSheet(tuple(phases), current, elapsed)


def _index(covers: list[StepCovers | None], wanted: StepCovers) -> int | None:
    return covers.index(wanted) if wanted in covers else None


def _by_clock(phases: list[Phase], window: range, elapsed: int) -> int:
    """The step of ``window`` whose planned time holds ``elapsed``, held at its first or last."""
    for index in window:
        if elapsed < phases[index].end:
            return index
    return window[-1]
