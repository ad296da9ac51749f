"""A small course with group boxes and a quiz with a facilitator prompt, for the notes tests.

The shared fixture course has no quiz facilitator prompt and one group box; the notes need both,
and a second page with two boxes, so they get a course of their own written into a test folder.
"""

from __future__ import annotations

from pathlib import Path

from iop_course.present.state import PresenterState, SlideKind, SlideRef

LESSON_ID = "01-basics/01-triggers"
SECOND_LESSON_ID = "01-basics/02-plans"

MODULE = """---
title: The basics
summary: Two lessons for the notes tests.
---
What this module is about.
"""

LESSON = """---
title: Triggers [and] cues
summary: Knowing what sets off a craving.
minutes: 12
objectives:
  - Name two [common] triggers
  - Make a plan for one
---
Opening text the room reads first.

::: facilitator
**Group plan (45 minutes)**: open, teach [the basics], practise, close.
:::

## What a trigger is

A trigger is a person, place, feeling or thing that sets off a craving. More words follow here.

::: facilitator
Ask: which trigger surprised you?
:::

::: tip
A tip the room may see.
:::

::: facilitator
Second group note on this page.
:::

## No group notes here

Plain page.
"""

QUIZ = """## Which is a trigger [for many]?

- [x] A payday
  > Yes. Good days can be risky too.
- [ ] A glass of water
  > Not usually.
- [ ] Brushing your teeth
  > Not usually either.

Triggers can be good or bad moments.

::: facilitator
Ask the room for a trigger nobody named yet.
:::

## True or false: cravings pass.

- [ ] False
  > They do pass, usually within half an hour.
- [x] True
  > Right. A craving rises, peaks and fades.
"""

SECOND_LESSON = """---
title: Making a plan
summary: Plans for hard moments.
---
One page.
"""


def write_notes_course(root: Path) -> Path:
    """Write the course into ``root`` and return it."""
    module = root / "lessons" / "01-basics"
    module.mkdir(parents=True)
    (module / "module.md").write_text(MODULE, encoding="utf-8")
    (module / "01-triggers.md").write_text(LESSON, encoding="utf-8")
    (module / "02-plans.md").write_text(SECOND_LESSON, encoding="utf-8")
    quizzes = root / "quizzes" / "01-basics"
    quizzes.mkdir(parents=True)
    (quizzes / "01-triggers.md").write_text(QUIZ, encoding="utf-8")
    return root


def state_at(
    root: Path,
    slide: SlideRef,
    next_slide: SlideRef | None = None,
    position: int = 1,
    **more: object,
) -> PresenterState:
    """A presenter state on ``slide``, as the presenting window would publish it."""
    return PresenterState(str(root), slide, position, 9, 1000.0, next_slide, **more)


def page(number: int, part: int = 0, parts: int = 1) -> SlideRef:
    """Page ``number`` (0-based) of the notes course's first lesson."""
    return SlideRef(LESSON_ID, SlideKind.PAGE, page=number, part=part, parts=parts)
