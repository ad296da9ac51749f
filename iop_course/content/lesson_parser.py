"""Turning a lesson's Markdown body into pages of text blocks and boxes.

A lesson is read one page at a time: the opening text is page one and every level-2 heading
starts another. Boxes (``::: tip`` and friends) become ``Box`` blocks, because Textual's Markdown
widget cannot show container tokens; the text between them stays Markdown for that widget.
The parser is lenient: it always returns pages, and lists what an author should fix; it never
passes box syntax (``:::``) on to a learner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it.token import Token

from iop_course.content.group_plan import parse_group_plan
from iop_course.content.lesson_model import Block, Box, BoxKind, GroupPlan, Lesson, Page
from iop_course.content.markdown import (
    BOX_CLOSE,
    BOX_OPEN,
    box_closed,
    box_name,
    markdown_parser,
)
from iop_course.content.model import LessonInfo, Problem, Severity
from iop_course.content.opened_lessons import OpenedLessons
from iop_course.content.page_parts import LONG_PAGE, item_lines, pages_in_parts, text_parts
from iop_course.content.source import SourceFile
from iop_course.content.worksheet_model import Worksheet
from iop_course.content.worksheet_parser import (
    PROMPT_LINE,
    duplicate_prompt_problems,
    parse_worksheet,
)
from iop_course.i18n import N_, Later

BOX_KINDS = {kind.value: kind for kind in BoxKind}
FOR_FACILITATOR = {kind.value for kind in BoxKind if kind.for_facilitator_only}
WORKSHEET = "worksheet"
# A ::: line, also after the marks of quotes and list items that hold it ("> - :::").
CONTAINER_MARKS = r"(?:[ \t]*(?:>|[-+*](?=[ \t])|[0-9]{1,9}[.)](?=[ \t])))*"
BOX_LINE_IN_TEXT = re.compile(CONTAINER_MARKS + r"[ \t]*:{3,}")
STRAY_CLOSER = Later.gettext(
    "this ::: line closes no box: remove it, or start the box above it with a line like '::: tip'."
)
BOX_NOT_STARTED = Later.gettext(
    "this ::: line is read as text, not as the start of a box: put it at the left "
    "edge, with an empty line above it."
)
NESTED_CLOSER = re.compile(CONTAINER_MARKS + r"[ \t]*:{3,}[ \t]*$")
SECOND_PLAN = N_(
    "a lesson has one group plan, and this is the second (the first is at line {line}): "
    "put every step in one ::: group-plan box."
)
NESTED_BOX = Later.gettext(
    "a box inside a list, a quote or another box is not shown as a box: start each "
    "::: line at the left edge, outside lists, quotes and other boxes."
)


@dataclass
class ParsedBody:
    """The pages of a lesson body, plus the prose a reading-grade check needs."""

    pages: list[Page]
    prose: list[str]
    problems: list[Problem] = field(default_factory=list)
    plan: GroupPlan | None = None


def parse_lesson(
    info: LessonInfo,
    source: SourceFile,
    parse: Callable[[SourceFile, str], ParsedBody] | None = None,
) -> tuple[Lesson, list[Problem]]:
    """Parse a lesson whose front matter is already read into ``info``; the parse is kept for
    the next ``parse_body`` of the same text (``opened_lessons``), which waits for it meanwhile.
    ``parse`` does the parsing elsewhere (``parse_apart``), with this module's result."""
    body = _opened.get(source, info.title)
    if body is None:
        with _opened.opening(source, info.title):
            body = (parse or _parse_body)(source, info.title)
            _opened.keep(source, info.title, body)
    else:
        _opened.keep(source, info.title, body)  # opened again: kept the longest
    return Lesson(info=info, pages=tuple(body.pages), plan=body.plan), body.problems


def parse_body(source: SourceFile, first_page_title: str) -> ParsedBody:
    """Split a body into pages; boxes become their own blocks.

    One pass over the tokens, so a long lesson costs time in proportion to its length. Box
    syntax that cannot become a box (a box in a list, a quote or another box, or a ``:::``
    that closes nothing) is reported and left out of what a learner sees. A lesson opened
    lately with exactly this text comes back as it was parsed then: treat it as read-only.
    """
    kept = _opened.get(source, first_page_title)
    return kept if kept is not None else _parse_body(source, first_page_title)


_opened: OpenedLessons[ParsedBody] = OpenedLessons()


def _parse_body(source: SourceFile, first_page_title: str) -> ParsedBody:
    lines = source.body.split("\n")
    tokens = markdown_parser().parse(source.body)
    result = ParsedBody(pages=[], prose=[])
    hidden = _out_of_place_box_syntax(source, tokens, lines, result.problems)
    title, text_start, title_start = first_page_title, 0, 0
    blocks: list[Block] = []
    weights: list[int] = []  # the items each block holds, to show a long page in parts
    items = item_lines(tokens)
    in_box = False

    def text_between(start: int, end: int) -> str:
        return "\n".join(_shown(lines, start, end, hidden))

    def flush_text(end: int) -> None:
        for block, weight in text_parts(text_between, text_start, end, items):
            blocks.append(block)
            weights.append(weight)

    for index, token in enumerate(tokens):
        if in_box:
            in_box = not (token.type == BOX_CLOSE and token.level == 0)
            if token.type == "list_item_open":
                weights[-1] += 1
            if token.type == "heading_open" and token.map:
                result.problems.append(
                    _problem(
                        source,
                        token.map[0],
                        Later.gettext(
                            "a heading inside a box: boxes hold short notes. Close the box with "
                            "::: before the heading."
                        ),
                    )
                )
            continue
        if token.level != 0 or not token.map:
            continue
        start, end = token.map
        if token.type == "heading_open" and token.tag == "h2":
            flush_text(start)
            if blocks or result.pages or title != first_page_title:
                _add_page(source, result, title, blocks, weights, title_start)
            title, blocks, text_start, title_start = (
                tokens[index + 1].content.strip(),
                [],
                end,
                start,
            )
            weights = []
        elif token.type == "heading_open" and token.tag == "h1":
            result.problems.append(
                _problem(
                    source,
                    start,
                    Later.gettext(
                        "a level-1 heading (#) in the lesson: the title comes from the front "
                        "matter; use ## to start a new page."
                    ),
                    Severity.WARNING,
                )
            )
        elif token.type == BOX_OPEN:
            flush_text(start)
            box, text_start = _box(source, token, lines, hidden, result.problems)
            blocks.append(box)
            weights.append(len(box.prompts) if isinstance(box, Worksheet) else 1)
            if isinstance(box, Box) and box.kind is BoxKind.GROUP_PLAN:
                _read_plan(source, box, start, result)
            in_box = True
    flush_text(len(lines))
    _add_page(source, result, title, blocks, weights, title_start)
    result.prose = _prose(tokens)
    result.problems.extend(
        duplicate_prompt_problems(
            (worksheet for page in result.pages for worksheet in page.worksheets()),
            lambda line, message: source.problem(line, message),
        )
    )
    return result


def _box(
    source: SourceFile, token: Token, lines: list[str], hidden: set[int], problems: list[Problem]
) -> tuple[Box | Worksheet, int]:
    """The box opened by ``token`` and the body line just after it.

    A box without its ``:::`` ends at its page's end (see ``markdown``), reported where it opens.
    """
    assert token.map is not None  # a box's opening token always has its lines
    start, end = token.map
    closed = box_closed(lines, end)
    name = box_name(token.info)
    if not closed:
        words = (
            Later.gettext(
                "this worksheet is never closed: add a line with ::: where the worksheet "
                "should end."
            )
            if name == WORKSHEET
            else Later.gettext(
                "this box is never closed: add a line with ::: where the box should end."
            )
        )
        problems.append(_problem(source, start, words))
    if name == WORKSHEET:
        numbered = (
            (source.body_line + number, lines[number])
            for number in range(start + 1, end)
            if number not in hidden
        )
        worksheet = parse_worksheet(
            numbered,
            lambda line, message: source.problem(line, message),
            source.body_line + start,
            problems,
        )
        return worksheet, end + 1 if closed else end
    kind = BOX_KINDS.get(name)
    if kind is None:
        problems.append(
            _problem(
                source,
                start,
                Later.gettext(
                    "unknown box kind '{name}': use one of {kinds}.",
                    name=name,
                    kinds=", ".join([*BOX_KINDS, WORKSHEET]),
                ),
            )
        )
        kind = BoxKind.TIP
    text = "\n".join(_shown(lines, start + 1, end, hidden)).strip("\n")
    return Box(kind, text, source.body_line + start), end + 1 if closed else end


def _read_plan(source: SourceFile, box: Box, start: int, result: ParsedBody) -> None:
    """Time the lesson's group plan; a second plan box is reported and only shown as text."""
    box_line = source.body_line + start

    def warn(line: int, message: str) -> None:
        result.problems.append(source.problem(line, message, severity=Severity.WARNING))

    if result.plan is not None:
        warn(box_line, Later.gettext(SECOND_PLAN, line=result.plan.line))
        return
    result.plan = parse_group_plan(box.markdown, box_line, warn)


def _out_of_place_box_syntax(
    source: SourceFile, tokens: list[Token], lines: list[str], problems: list[Problem]
) -> set[int]:
    """Body lines of box syntax a learner must not see, each reported.

    Only a ``:::`` line that opens or closes a box at the left edge makes a box. Any other
    ``:::`` line outside a code fence (in a list, a quote or another box, one that closes no
    box, or one that text around it keeps from starting a box) is left out of what a learner
    sees; so is all of a facilitator box that is not at the left edge.
    """
    structural: set[int] = set()
    fenced: set[int] = set()
    hidden: set[int] = set()
    for token in tokens:
        if token.type == "fence" and token.map:
            fenced.update(range(*token.map))
        elif token.type == BOX_OPEN and token.map:
            start, end = token.map
            if token.level == 0:
                structural.add(start)
                if box_closed(lines, end):
                    structural.add(end)
                continue
            problems.append(_problem(source, start, NESTED_BOX))
            closed = end < len(lines) and NESTED_CLOSER.match(lines[end]) is not None
            if box_name(token.info) == "facilitator":
                hidden.update(range(start, end))
            hidden.update([start, end] if closed else [start])
    for line, text in enumerate(lines):
        if line in structural or line in fenced or line in hidden:
            continue
        if BOX_LINE_IN_TEXT.match(text):
            hidden.add(line)
            problems.append(
                _problem(
                    source, line, (STRAY_CLOSER if NESTED_CLOSER.match(text) else BOX_NOT_STARTED)
                )
            )
    return hidden


def _shown(lines: list[str], start: int, end: int, hidden: set[int]) -> list[str]:
    """The body lines from ``start`` to ``end`` that a learner may see."""
    if not hidden:
        return lines[start:end]
    return [line for number, line in enumerate(lines[start:end], start) if number not in hidden]


def _prose(tokens: list[Token]) -> list[str]:
    """Paragraph text a learner reads: headings, the facilitator's boxes (group prompts, notes,
    the group plan) and the id lines of worksheet prompts (``? my-id (plan: part)``) left out."""
    prose, facilitator_depth = [], 0
    for index, token in enumerate(tokens):
        if token.type == BOX_OPEN and (
            facilitator_depth or box_name(token.info) in FOR_FACILITATOR
        ):
            facilitator_depth += 1
        elif token.type == BOX_CLOSE and facilitator_depth:
            facilitator_depth -= 1
        elif (
            token.type == "inline"
            and not facilitator_depth
            and tokens[index - 1].type == "paragraph_open"
        ):
            children = list(token.children or ())
            if token.content.startswith("?") and PROMPT_LINE.match(token.content.split("\n")[0]):
                breaks = [n for n, child in enumerate(children) if child.type == "softbreak"]
                children = children[breaks[0] + 1 :] if breaks else []
            prose.append("".join(_plain(child) for child in children))
    return prose


def _plain(token: Token) -> str:
    """The words of one inline token; line breaks inside a paragraph count as spaces."""
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return token.content if token.type in ("text", "code_inline") else ""


def _add_page(
    source: SourceFile,
    result: ParsedBody,
    title: str,
    blocks: list[Block],
    weights: list[int],
    title_start: int,
) -> None:
    """Close a page (in parts when it is long, see page_parts); a heading with no words,
    nothing under it, or too much is flagged at its line."""
    if not title:
        result.problems.append(
            _problem(source, title_start, Later.gettext("a ## heading has no words."))
        )
    if not blocks:
        result.problems.append(
            _problem(
                source,
                title_start,
                Later.gettext(
                    "the page '{title}' is empty: add text under its heading.", title=title
                ),
                Severity.WARNING,
            )
        )
    pages, held = pages_in_parts(title, blocks, weights, source.body_line + title_start)
    if len(pages) > 1:
        words = Later.gettext(LONG_PAGE, title=title, items=held, parts=len(pages))
        result.problems.append(_problem(source, title_start, words, Severity.WARNING))
    result.pages.extend(pages)


def _problem(
    source: SourceFile, body_index: int, message: str, severity: Severity = Severity.ERROR
) -> Problem:
    return source.problem(source.body_line + body_index, message, severity=severity)
