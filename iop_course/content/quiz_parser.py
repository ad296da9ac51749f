"""Turning a quiz file into questions, choices, feedback and explanations.

Each level-2 heading is a question; its task list (``- [ ]`` / ``- [x]``) holds the choices, each
with a quoted line of feedback indented under it. Before the choices, a quoted ``> Hint: ...`` line
gives a hint and a quoted ``> Order: fixed`` line keeps the choices in the order written (they are
shown shuffled otherwise, so their place gives nothing away). Every mistake is reported with its
line, and a question with a mistake is left out, so a learner only ever sees questions that work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

from iop_course.content.front_matter import PAIR_FIELDS
from iop_course.content.languages import is_pair
from iop_course.content.markdown import BOX_OPEN, box_closed, box_name, markdown_parser
from iop_course.content.model import Problem, Severity
from iop_course.content.question_draft import QuestionDraft, finish_question
from iop_course.content.question_headings import question_id
from iop_course.content.quiz_model import Choice, Question, Quiz
from iop_course.content.source import SourceFile
from iop_course.content.yaml_reader import shown_value
from iop_course.i18n import Later

CHECKBOX = re.compile(r"^\[( |x|X)\](?:\s+|$)")
HINT = re.compile(r"^hint:\s*", re.IGNORECASE)
ORDER = re.compile(r"^order:\s*(.*)$", re.IGNORECASE)
FIXED_ORDER = "fixed"
DEFAULT_PASS_PERCENT = 80


def parse_quiz(
    lesson_id: str, source: SourceFile, english_ids: Sequence[str] | None = None
) -> tuple[Quiz, list[Problem]]:
    """Parse a quiz; questions with mistakes are reported and left out.

    A translated quiz is given its English questions' ids (``english_ids``, from
    ``read_questions`` of the English file), question for question, so a learner's answers
    and reviews are the same whichever language they answered in; a translation with another
    number of questions than its English (a mistake the checker reports) keeps its own ids.
    """
    problems = list(source.problems)
    pass_percent = _pass_percent(source, problems)
    drafts = read_questions(source, problems)
    if english_ids is not None and len(english_ids) == len(drafts):
        for draft, english_id in zip(drafts, english_ids, strict=True):
            draft.id = english_id
    for draft in drafts:
        draft.id = draft.id or question_id(draft.prompt)
    questions = [finish_question(source, draft, problems) for draft in drafts]
    seen: dict[str, int] = {}
    ready: list[Question] = []
    for question in questions:
        if question is None:
            continue
        if question.id in seen:
            problems.append(
                source.problem(
                    question.line,
                    Later.gettext(
                        "two questions have the same heading (see line {line}): "
                        "give each question its own wording.",
                        line=seen[question.id],
                    ),
                )
            )
            continue
        seen[question.id] = question.line
        ready.append(question)
    if not drafts and not source.problems:
        problems.append(
            source.problem(
                source.body_line,
                Later.gettext(
                    "this quiz has no questions: start each question with a line '## Your "
                    "question?'."
                ),
            )
        )
    return Quiz(lesson_id, source.path, tuple(ready), pass_percent), problems


def _pass_percent(source: SourceFile, problems: list[Problem]) -> int:
    known = ("pass_percent", *PAIR_FIELDS) if is_pair(source.path.name) else ("pass_percent",)
    for name in source.front_matter:
        if name not in known:
            problems.append(
                source.problem(
                    source.field_line(str(name)),
                    Later.gettext(
                        "unknown field '{name}' (a quiz's front matter has only pass_percent).",
                        name=name,
                    ),
                    severity=Severity.WARNING,
                )
            )
    value = source.front_matter.get("pass_percent", DEFAULT_PASS_PERCENT)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        problems.append(
            source.problem(
                source.field_line("pass_percent"),
                Later.gettext(
                    "pass_percent must be a whole number from 1 to 100, not '{value}'.",
                    value=shown_value(value),
                ),
            )
        )
        return DEFAULT_PASS_PERCENT
    return value


def read_questions(source: SourceFile, problems: list[Problem]) -> list[QuestionDraft]:
    """Every question of a quiz file as written, mistakes and all (the pair checker compares
    a translation's with its English's); ``problems`` hears what is wrong with them."""
    lines = source.body.split("\n")
    tokens = markdown_parser().parse(source.body)
    drafts: list[QuestionDraft] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = _matching_close(tokens, index)
        if token.level == 0 and token.map:
            line = source.body_line + token.map[0]
            draft = drafts[-1] if drafts else None
            if token.type == "heading_open" and token.tag == "h2":
                drafts.append(QuestionDraft(tokens[index + 1].content.strip(), line))
            elif draft is None:
                problems.append(
                    source.problem(
                        line,
                        Later.gettext(
                            "text before the first question is not shown: start the quiz with "
                            "'## Your question?'."
                        ),
                        severity=Severity.WARNING,
                    )
                )
            else:
                _add_block(source, draft, tokens[index : end + 1], lines, problems)
        index = end + 1
    return drafts


def _add_block(
    source: SourceFile,
    draft: QuestionDraft,
    block: list[Token],
    lines: list[str],
    problems: list[Problem],
) -> None:
    first = block[0]
    assert first.map is not None  # the caller passes only blocks with their lines
    start, end = first.map
    line = source.body_line + start
    text = "\n".join(lines[start:end]).strip()
    if first.type == "bullet_list_open":
        _add_choices(source, draft, block, problems)
    elif first.type == "ordered_list_open":
        problems.append(
            source.problem(
                line,
                Later.gettext(
                    "choices must be a list of lines starting with '- [ ]' or '- [x]', not numbers."
                ),
            )
        )
        draft.broken = True
    elif first.type == BOX_OPEN:
        if not box_closed(lines, end):
            problems.append(
                source.problem(
                    line,
                    Later.gettext(
                        "this box is never closed: add a line with ::: where the box should end."
                    ),
                )
            )
            draft.broken = True
        if box_name(first.info) == "facilitator":
            draft.facilitator.append(_box_text(lines, start, end))
        else:
            problems.append(
                source.problem(
                    line,
                    Later.gettext("only a ::: facilitator box can go in a quiz."),
                    severity=Severity.WARNING,
                )
            )
    elif first.type == "blockquote_open":
        quoted = _quote_text(block)
        if draft.choices:
            problems.append(
                source.problem(
                    line,
                    Later.gettext(
                        "this feedback is not under a choice: indent the '>' line with two spaces "
                        "so it sits under its choice."
                    ),
                )
            )
            draft.broken = True
        else:
            _add_quote_before_choices(source, draft, quoted, line, problems)
    elif draft.choices:
        draft.explanation.append(text)
    else:
        draft.scenario.append(text)


def _add_quote_before_choices(
    source: SourceFile, draft: QuestionDraft, quoted: str, line: int, problems: list[Problem]
) -> None:
    """A quote before the choices: an ``Order:`` line, a hint, or part of the scenario."""
    kept = []
    for offset, text in enumerate(quoted.split("\n")):
        order = ORDER.match(text.strip())
        if order is None:
            kept.append(text)
        elif order.group(1).strip().lower() == FIXED_ORDER:
            draft.fixed_order = True
        else:
            problems.append(
                source.problem(
                    line + offset,
                    Later.gettext(
                        "unknown order '{order}': write '> Order: fixed' to keep the choices in "
                        "the order written, or remove the line to have them shuffled.",
                        order=order.group(1).strip(),
                    ),
                    severity=Severity.WARNING,
                )
            )
    rest = "\n".join(kept).strip()
    if not rest:
        return
    if HINT.match(rest):
        draft.hint = HINT.sub("", rest).strip()
    else:
        draft.scenario.append(rest)


def _add_choices(
    source: SourceFile, draft: QuestionDraft, block: list[Token], problems: list[Problem]
) -> None:
    for index, token in enumerate(block):
        if token.type != "list_item_open" or token.level != 1:
            continue
        assert token.map is not None  # markdown-it gives every list item its lines
        line = source.body_line + token.map[0]
        item = block[index : _matching_close(block, index) + 1]
        inlines = [t for t in item if t.type == "inline" and t.level == 3]
        label = inlines[0].content if inlines else ""
        mark = CHECKBOX.match(label)
        if mark is None:
            problems.append(
                source.problem(
                    line,
                    Later.gettext(
                        "a choice must start with '[ ]' (a wrong choice) or '[x]' (a right one), "
                        "like '- [x] Call a friend'."
                    ),
                )
            )
            draft.broken = True
            continue
        feedback = _quote_text(item)
        draft.choices.append(
            Choice(
                id=_choice_id(len(draft.choices)),
                text=label[mark.end() :].strip(),
                correct=mark.group(1) != " ",
                feedback=feedback,
                line=line,
            )
        )
        draft.choice_lines.append(line)


def _choice_id(position: int) -> str:
    """Choices are a, b, c... in the order written (numbers past z)."""
    return chr(ord("a") + position) if position < 26 else str(position + 1)


def _matching_close(tokens: list[Token], index: int) -> int:
    """Index of the token closing the one at ``index`` (itself if it does not open a block)."""
    if tokens[index].nesting != 1:
        return index
    depth = 0
    for position in range(index, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position
    return len(tokens) - 1


def _quote_text(block: list[Token]) -> str:
    """The text of the first blockquote in a block, paragraphs joined."""
    inside, depth, parts = False, 0, []
    for token in block:
        if token.type == "blockquote_open":
            depth += 1
            inside = True
        elif token.type == "blockquote_close":
            depth -= 1
            if depth == 0:
                break
        elif inside and token.type == "inline":
            parts.append(token.content)
    return "\n\n".join(parts).strip()


def _box_text(lines: list[str], start: int, end: int) -> str:
    return "\n".join(lines[start + 1 : end]).strip()
