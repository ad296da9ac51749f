"""Reading a ``::: worksheet`` box: its optional intro and its prompts, each with a stable id.

A worksheet is written like this::

    ::: worksheet
    An optional intro, in ordinary Markdown.

    ? my-warning-signs (plan: warning-signs)
    What do you notice when you start to slide?

    ? my-people (plan: people)
    Who can you call? Write a name and a number for each.
    :::

A line starting with ``?`` opens a prompt: its id (small letters, digits and hyphens; answers
are kept by it, so rewording a prompt keeps them) and, in brackets, the part of the recovery
plan it feeds. The lines after it, up to the next ``?`` line, are the prompt's text. Mistakes
are reported at their line and the worksheet is still shown as well as it can be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from iop_course.content.model import Problem
from iop_course.content.worksheet_model import PlanPart, Worksheet, WorksheetPrompt
from iop_course.i18n import Later

PROMPT_LINE = re.compile(r"\?(?:[ \t]+(?P<rest>.*))?$")
PROMPT_HEAD = re.compile(
    r"(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:[ \t]+\([ \t]*plan[ \t]*:[ \t]*(?P<plan>[^)]*)\))?[ \t]*$"
)
PLAN_PARTS = {part.value: part for part in PlanPart}
BAD_PROMPT_LINE = Later.gettext(
    "a worksheet prompt starts with a line like '? my-reasons' or "
    "'? my-reasons (plan: reasons)': an id of small letters, digits and hyphens, then, if the "
    "answer belongs in the recovery plan, its part in brackets."
)
NO_PROMPTS = Later.gettext(
    "this worksheet has no prompts: add a line like '? my-reasons' with the question under it."
)

ProblemAt = Callable[[int, str], Problem]


def parse_worksheet(
    numbered_lines: Iterable[tuple[int, str]],
    problem_at: ProblemAt,
    opening_line: int,
    problems: list[Problem],
) -> Worksheet:
    """The worksheet whose body lines are ``numbered_lines`` (file line, text).

    ``problem_at(line, message)`` makes a problem at a file line; ``opening_line`` is the
    ``::: worksheet`` line, where a worksheet without prompts is reported.
    """
    intro: list[str] = []
    prompts: list[WorksheetPrompt] = []
    head: tuple[str, PlanPart | None, int] | None = None
    text: list[str] = []

    def finish_prompt() -> None:
        if head is None:
            return
        prompt_id, plan, line = head
        words = "\n".join(text).strip()
        if not words:
            problems.append(
                problem_at(
                    line,
                    Later.gettext(
                        "the prompt '{prompt}' has no text: write the question on the lines "
                        "under it.",
                        prompt=prompt_id,
                    ),
                )
            )
        prompts.append(WorksheetPrompt(prompt_id, words, plan, line))

    for line, raw in numbered_lines:
        opening = PROMPT_LINE.match(raw.strip())
        if opening is None:
            (text if head is not None else intro).append(raw)
            continue
        finish_prompt()
        head, text = _prompt_head(opening.group("rest") or "", line, problem_at, problems), []
    finish_prompt()
    if not prompts:
        problems.append(problem_at(opening_line, NO_PROMPTS))
    return Worksheet("\n".join(intro).strip("\n"), tuple(prompts), opening_line)


def _prompt_head(
    rest: str, line: int, problem_at: ProblemAt, problems: list[Problem]
) -> tuple[str, PlanPart | None, int]:
    """A prompt's id and plan part from its ``?`` line; a line that cannot be read is reported
    and the prompt kept under an id made from its line, so its text is not lost."""
    head = PROMPT_HEAD.match(rest.strip())
    if head is None:
        problems.append(problem_at(line, BAD_PROMPT_LINE))
        return f"line-{line}", None, line
    plan_name = head.group("plan")
    if plan_name is None:
        return head.group("id"), None, line
    plan = PLAN_PARTS.get(plan_name.strip().lower())
    if plan is None:
        problems.append(
            problem_at(
                line,
                Later.gettext(
                    "unknown plan part '{part}': use one of {parts}.",
                    part=plan_name.strip(),
                    parts=", ".join(PLAN_PARTS),
                ),
            )
        )
    return head.group("id"), plan, line


def duplicate_prompt_problems(
    worksheets: Iterable[Worksheet], problem_at: ProblemAt
) -> list[Problem]:
    """A problem for each prompt whose id an earlier prompt of the same lesson already has:
    both answers would be kept in one place."""
    seen: dict[str, int] = {}
    problems = []
    for worksheet in worksheets:
        for prompt in worksheet.prompts:
            if prompt.id in seen:
                problems.append(
                    problem_at(
                        prompt.line,
                        Later.gettext(
                            "the prompt id '{prompt}' is already used at line {line}: give "
                            "each prompt in a lesson its own id.",
                            prompt=prompt.id,
                            line=seen[prompt.id],
                        ),
                    )
                )
            else:
                seen[prompt.id] = prompt.line
    return problems
