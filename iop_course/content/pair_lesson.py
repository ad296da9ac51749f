"""Checking a translated lesson against its English: the markup a translation keeps.

The front matter's ``minutes``, its sources (a Spanish source may follow them) and the number of
objectives; the pages (one for each ``##`` of the English); each page's boxes and worksheets in
order, with their names in English; the worksheet prompts' ids and plan parts; the group plan's
step minutes and kinds. Each difference is a mistake at the translation's line that names the
English line. The lesson's reading ease is measured in Spanish (``readability_es``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from iop_course.content.front_matter import LESSON_FIELDS, PAIR_FIELDS, Fields, read_fields
from iop_course.content.languages import language_of
from iop_course.content.lesson_model import Box
from iop_course.content.lesson_parser import WORKSHEET, ParsedBody, parse_body
from iop_course.content.loader import read_source
from iop_course.content.model import Problem, Severity
from iop_course.content.source import SourceFile
from iop_course.content.worksheet_model import Worksheet
from iop_course.i18n import Later
from iop_course.safe_text import shown_path

# Fernández-Huerta's reading ease below which a Spanish lesson is flagged. The English is
# flagged above reading grade 8; Fernández-Huerta's table puts grades 7 and 8 at 60 to 70
# ("normal"), the 6th grade at 70 to 80 ("bastante fácil"), and below 60 "bastante difícil".
MIN_EASE = 60.0

Add = Callable[[int, str], None]
# A Markdown link's target: [words](target) or [words](<target>).
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)")


def check_lesson_pair(
    source: SourceFile,
    english: Path,
    english_body: ParsedBody | None,
    quality: bool,
    problems: list[Problem],
    add: Add,
) -> None:
    """Compare a translated lesson (``source``) with its ``english`` file, whose parsed body
    the checker may have already; ``quality`` measures the reading ease too."""
    fields = read_fields(source, LESSON_FIELDS + PAIR_FIELDS)
    problems.extend(fields.problems)
    english_source = read_source(english, front_matter_required=True)
    if isinstance(english_source, Problem) or english_source.problems:
        return  # the English's own mistakes are reported with it
    english_fields = read_fields(english_source, LESSON_FIELDS)
    _compare_front_matter(source, fields, english_source, english_fields, add)
    body = parse_body(source, fields.title)
    problems.extend(body.problems)
    if english_body is None:
        english_body = parse_body(english_source, english_fields.title)
    if _compare_pages(body, english_body, source, english, add):
        _compare_prompts(body, english_body, source, english, add)
    _compare_plans(body, english_body, source, english, add)
    compare_links(source, english_source, add)
    if quality:
        from iop_course.content.readability import measure

        ease = measure(body.prose, language_of(source.path)).ease
        if ease < MIN_EASE:
            problems.append(
                source.problem(
                    source.body_line,
                    Later.gettext(
                        "the lesson's reading ease (Fernández-Huerta) is {ease}; aim for "
                        "{least} or more (60 to 70 is 7th to 8th grade, 70 or more 6th "
                        "grade): use shorter sentences and simpler words.",
                        ease=round(ease),
                        least=round(MIN_EASE),
                    ),
                    severity=Severity.WARNING,
                )
            )


def _compare_front_matter(
    source: SourceFile,
    fields: Fields,
    english_source: SourceFile,
    english_fields: Fields,
    add: Add,
) -> None:
    where = f"{shown_path(english_source.path)}:{english_source.field_line('minutes')}"
    if fields.minutes != english_fields.minutes:
        add(
            source.field_line("minutes"),
            Later.gettext(
                "minutes is {mine} here and {theirs} in the English ({where}): a translation "
                "keeps the English minutes.",
                mine=_shown(fields.minutes),
                theirs=_shown(english_fields.minutes),
                where=where,
            ),
        )
    count = len(english_fields.sources)
    if fields.sources[:count] != english_fields.sources:
        add(
            source.field_line("sources"),
            Later.ngettext(
                "the sources must begin with the English's {n} source, as written ({where}); a "
                "source in Spanish may be added after it.",
                "the sources must begin with the English's {n} sources, as written and in the "
                "same order ({where}); a source in Spanish may be added after them.",
                count,
                where=place(english_source.path, english_source.field_line("sources")),
            ),
        )
    if len(fields.objectives) != len(english_fields.objectives):
        add(
            source.field_line("objectives"),
            Later.ngettext(
                "this translation has {n} objective and the English {theirs}: translate each "
                "one, in the same order.",
                "this translation has {n} objectives and the English {theirs}: translate each "
                "one, in the same order.",
                len(fields.objectives),
                theirs=len(english_fields.objectives),
            ),
        )


def place(path: Path, line: int) -> str:
    """A line of a file as an author looks for it: ``path:line``."""
    return f"{shown_path(path)}:{line}"


def _shown(value: object) -> str:
    return Later.gettext("missing") if value is None else str(value)


def _page_boxes(body: ParsedBody) -> list[list[tuple[str, int]]]:
    """Each page's boxes (and worksheets) as (name, line), in order."""
    return [
        [
            (block.kind.value if isinstance(block, Box) else WORKSHEET, block.line)
            for block in page.blocks
            if isinstance(block, (Box, Worksheet))
        ]
        for page in body.pages
    ]


def _names(boxes: Iterable[tuple[str, int]]) -> str:
    return ", ".join(f"::: {name}" for name, _ in boxes) or Later.gettext("no box")


def _compare_pages(
    body: ParsedBody, english_body: ParsedBody, source: SourceFile, english: Path, add: Add
) -> bool:
    """Tell where the pages or their boxes differ; False when the pages do not even match
    one for one (what is on them is not compared then)."""
    pages, english_pages = body.pages, english_body.pages
    boxes, english_boxes = _page_boxes(body), _page_boxes(english_body)
    if len(pages) != len(english_pages):
        # Where the boxes first part ways is most likely where a page is missing or extra.
        index = next(
            (
                n
                for n, (mine, theirs) in enumerate(zip(boxes, english_boxes, strict=False))
                if [name for name, _ in mine] != [name for name, _ in theirs]
            ),
            min(len(pages), len(english_pages)) - 1,
        )
        index = max(index, 0)
        line = pages[index].line if pages and pages[index].line else source.body_line
        english_line = english_pages[index].line if english_pages else 0
        add(
            line,
            Later.ngettext(
                "this translation has {n} page and the English has {theirs} ({where} is the "
                "English page this one should match): give each ## heading of the English its "
                "own, in the same place.",
                "this translation has {n} pages and the English has {theirs} ({where} is the "
                "English page this one should match): give each ## heading of the English its "
                "own, in the same place.",
                len(pages),
                theirs=len(english_pages),
                where=place(english, english_line),
            ),
        )
        return False
    for page, mine, theirs, english_page in zip(
        pages, boxes, english_boxes, english_pages, strict=True
    ):
        if [name for name, _ in mine] == [name for name, _ in theirs]:
            continue
        differs = next(
            (n for n, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a[0] != b[0]),
            min(len(mine), len(theirs)),
        )
        line = mine[differs][1] if differs < len(mine) else page.line or source.body_line
        add(
            line,
            Later.gettext(
                "the boxes of this page are {mine}; the English page ({where}) has {theirs}: "
                "keep the same boxes in the same order, with their names in English.",
                mine=_names(mine),
                where=place(english, english_page.line),
                theirs=_names(theirs),
            ),
        )
    return True


def _compare_prompts(
    body: ParsedBody, english_body: ParsedBody, source: SourceFile, english: Path, add: Add
) -> None:
    mine = [prompt for page in body.pages for w in page.worksheets() for prompt in w.prompts]
    theirs = [
        prompt for page in english_body.pages for w in page.worksheets() for prompt in w.prompts
    ]
    for prompt, english_prompt in zip(mine, theirs, strict=False):
        if (prompt.id, prompt.plan) != (english_prompt.id, english_prompt.plan):
            add(
                prompt.line,
                Later.gettext(
                    "this prompt is '{mine}' and the English ({where}) is '{theirs}': keep each "
                    "prompt's id and plan part exactly as the English, in the same order.",
                    mine=_prompt_head(prompt.id, prompt.plan),
                    where=place(english, english_prompt.line),
                    theirs=_prompt_head(english_prompt.id, english_prompt.plan),
                ),
            )
            return
    if len(mine) != len(theirs):
        line = (
            (mine[len(theirs)] if len(mine) > len(theirs) else mine[-1]).line
            if mine
            else source.body_line
        )
        add(
            line,
            Later.ngettext(
                "this translation has {n} worksheet prompt and the English ({where}) has "
                "{theirs}: translate each prompt's text and keep its '? id (plan: part)' line.",
                "this translation has {n} worksheet prompts and the English ({where}) has "
                "{theirs}: translate each prompt's text and keep its '? id (plan: part)' line.",
                len(mine),
                where=shown_path(english),
                theirs=len(theirs),
            ),
        )


def _prompt_head(prompt_id: str, plan: object) -> str:
    part = getattr(plan, "value", None)
    return f"? {prompt_id}" + (f" (plan: {part})" if part else "")


def _compare_plans(
    body: ParsedBody, english_body: ParsedBody, source: SourceFile, english: Path, add: Add
) -> None:
    if body.plan is None or english_body.plan is None:
        return  # a missing ::: group-plan box is told with the page's boxes
    steps, english_steps = body.plan.steps, english_body.plan.steps
    for step, english_step in zip(steps, english_steps, strict=False):
        if (step.minutes, step.covers) != (english_step.minutes, english_step.covers):
            add(
                step.line,
                Later.gettext(
                    "this step is {mine} and the English step ({where}) is {theirs}: keep each "
                    "step's minutes and its 'slides' or 'quiz' (in English); translate its name.",
                    mine=_step_head(step.minutes, step.covers),
                    where=place(english, english_step.line),
                    theirs=_step_head(english_step.minutes, english_step.covers),
                ),
            )
            return
    if len(steps) != len(english_steps):
        add(
            body.plan.line or source.body_line,
            Later.ngettext(
                "this group plan has {n} timed step and the English ({where}) has {theirs}: "
                "translate each step and keep its '(N min)'.",
                "this group plan has {n} timed steps and the English ({where}) has {theirs}: "
                "translate each step and keep its '(N min)'.",
                len(steps),
                where=place(english, english_body.plan.line),
                theirs=len(english_steps),
            ),
        )


def _step_head(minutes: int, covers: object) -> str:
    kind = getattr(covers, "value", None)
    return f"({minutes} min" + (f", {kind})" if kind else ")")


def compare_links(source: SourceFile, english_source: SourceFile, add: Add) -> None:
    """A translation's links go to the same places as its English's, in the same order (their
    words are translated): the first one that differs is a mistake at its line."""

    def targets(file: SourceFile) -> list[tuple[str, int]]:
        return [
            (match.group(1), file.body_line + file.body.count("\n", 0, match.start()))
            for match in LINK_TARGET.finditer(file.body)
        ]

    mine, theirs = targets(source), targets(english_source)
    for (target, line), (english_target, english_line) in zip(mine, theirs, strict=False):
        if target != english_target:
            add(
                line,
                Later.gettext(
                    "this link goes to {mine} and the English link ({where}) to {theirs}: "
                    "keep each link's target as the English; translate only its words.",
                    mine=target,
                    where=place(english_source.path, english_line),
                    theirs=english_target,
                ),
            )
            return
    if len(mine) != len(theirs):
        extra = mine[len(theirs)][1] if len(mine) > len(theirs) else source.body_line
        add(
            extra,
            Later.ngettext(
                "this translation has {n} link and the English ({where}) has {theirs}: keep "
                "every link.",
                "this translation has {n} links and the English ({where}) has {theirs}: keep "
                "every link.",
                len(mine),
                where=shown_path(english_source.path),
                theirs=len(theirs),
            ),
        )
