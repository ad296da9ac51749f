"""Turning a lesson's Markdown body into pages of text blocks and boxes.

A lesson is read one page at a time: the opening text is page one and every level-2 heading
starts another. Boxes (``::: tip`` and friends) become ``Box`` blocks, because Textual's Markdown
widget cannot show container tokens; the text between them stays Markdown for that widget.
The parser is lenient: it always returns pages, and lists what an author should fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it.token import Token

from iop_course.content.markdown import (
    BOX_CLOSE, BOX_OPEN, box_closed, box_name, markdown_parser,
)
from iop_course.content.model import (
    Block, Box, BoxKind, Lesson, LessonInfo, Page, Problem, Severity, TextBlock,
)
from iop_course.content.source import SourceFile

BOX_KINDS = {kind.value: kind for kind in BoxKind}


@dataclass
class ParsedBody:
    """The pages of a lesson body, plus the prose a reading-grade check needs."""

    pages: list[Page]
    prose: list[str]
    problems: list[Problem] = field(default_factory=list)


def parse_lesson(info: LessonInfo, source: SourceFile) -> tuple[Lesson, list[Problem]]:
    """Parse a lesson whose front matter is already read into ``info``."""
    body = parse_body(source, info.title)
    return Lesson(info=info, pages=tuple(body.pages)), body.problems


def parse_body(source: SourceFile, first_page_title: str) -> ParsedBody:
    """Split a body into pages; boxes become their own blocks."""
    lines = source.body.split("\n")
    tokens = markdown_parser().parse(source.body)
    result = ParsedBody(pages=[], prose=[])
    title, blocks, text_start, title_start = first_page_title, [], 0, 0

    def flush_text(end: int) -> None:
        text = "\n".join(lines[text_start:end]).strip("\n")
        if text.strip():
            blocks.append(TextBlock(text))

    for index, token in enumerate(tokens):
        if token.level != 0 or not token.map:
            continue
        start, end = token.map
        if token.type == "heading_open" and token.tag == "h2":
            flush_text(start)
            if blocks or result.pages or title != first_page_title:
                _add_page(source, result, title, blocks, title_start)
            title, blocks, text_start, title_start = (
                tokens[index + 1].content.strip(), [], end, start)
        elif token.type == "heading_open" and token.tag == "h1":
            result.problems.append(_problem(source, start, (
                "a level-1 heading (#) in the lesson: the title comes from the front matter; "
                "use ## to start a new page."), Severity.WARNING))
        elif token.type == BOX_OPEN:
            flush_text(start)
            box, text_start = _box(source, tokens, index, lines, result.problems)
            blocks.append(box)
    flush_text(len(lines))
    _add_page(source, result, title, blocks, title_start)
    result.prose = _prose(tokens)
    return result


def _box(
    source: SourceFile, tokens: list[Token], index: int, lines: list[str], problems: list[Problem]
) -> tuple[Box, int]:
    """The box opened at ``tokens[index]`` and the body line just after it."""
    token = tokens[index]
    start, end = token.map
    closed = box_closed(lines, end)
    if not closed:
        problems.append(_problem(source, start, (
            "this box is never closed: add a line with ::: where the box should end.")))
    name = box_name(token.info)
    kind = BOX_KINDS.get(name)
    if kind is None:
        problems.append(_problem(source, start, (
            f"unknown box kind '{name}': use one of {', '.join(BOX_KINDS)}.")))
        kind = BoxKind.TIP
    for inner in tokens[index + 1:]:
        if inner.type == BOX_CLOSE and inner.level == 0:
            break
        if inner.type == "heading_open" and inner.map:
            problems.append(_problem(source, inner.map[0], (
                "a heading inside a box: boxes hold short notes. Close the box with ::: "
                "before the heading.")))
    return Box(kind, "\n".join(lines[start + 1:end]).strip("\n")), end + 1 if closed else end


def _prose(tokens: list[Token]) -> list[str]:
    """Paragraph text a learner reads: headings and facilitator boxes left out."""
    prose, facilitator_depth = [], 0
    for index, token in enumerate(tokens):
        if token.type == BOX_OPEN and (facilitator_depth or box_name(token.info) == "facilitator"):
            facilitator_depth += 1
        elif token.type == BOX_CLOSE and facilitator_depth:
            facilitator_depth -= 1
        elif (token.type == "inline" and not facilitator_depth
              and tokens[index - 1].type == "paragraph_open"):
            prose.append("".join(_plain(child) for child in token.children or ()))
    return prose


def _plain(token: Token) -> str:
    """The words of one inline token; line breaks inside a paragraph count as spaces."""
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return token.content if token.type in ("text", "code_inline") else ""


def _add_page(source: SourceFile, result: ParsedBody, title: str, blocks: list[Block],
              title_start: int) -> None:
    """Close a page; a heading with no words or nothing under it is flagged at its line."""
    if not title:
        result.problems.append(_problem(source, title_start, "a ## heading has no words."))
    if not blocks:
        result.problems.append(_problem(
            source, title_start, f"the page '{title}' is empty: add text under its heading.",
            Severity.WARNING,
        ))
    result.pages.append(Page(title, tuple(blocks)))


def _problem(source: SourceFile, body_index: int, message: str,
             severity: Severity = Severity.ERROR) -> Problem:
    return source.problem(source.body_line + body_index, message, severity=severity)

