"""A quiz's question headings read line by line, without parsing its Markdown.

A translated quiz keeps its English questions' ids, made from the English headings
(``loader.english_question_ids``). Parsing the whole English quiz as Markdown for them doubled
the cost of opening a Spanish quiz, and today's review opens several before the home screen's
first paint. A quiz written as the authoring guide shows (``## Question`` lines at the start of
a line, choices, quotes, ``:::`` boxes) has its headings found here directly, exactly as the
parser finds them; anything that could make a ``##`` line mean something else (a code fence,
HTML, a setext underline, an indented ``#`` or ``:::``, a heading inside a box...) gives None,
and the caller parses the Markdown as before. A property test holds the two in agreement.

Today's review counts the day's questions the same way (``quiz_ids``): a quiz whose questions
are all plainly whole, by the same line reading, has its kept questions known without parsing.
"""

from __future__ import annotations

import re

# Lines after which a "## " line might not be a heading of the quiz itself: fences and HTML
# blocks (which hold text as it is), setext underlines (which make the line above a heading),
# link reference definitions (whose titles may run over lines), anything indented that starts
# with # or : (inside a list, or code), and a closing # (which the heading's words lose).
UNSURE = re.compile(
    r"^(?:[ \t]*(?:`{3}|~{3}|<|\[)|[ \t]{0,3}(?:=+|-+)[ \t]*$|[ \t]+[#:])|#[ \t]*$",
    re.MULTILINE,
)
BOX_OPENS = re.compile(r":::(?!:)[ \t]*\S")
BOX_CLOSES = re.compile(r":::[ \t]*$")


def question_id(prompt: str) -> str:
    """A stable id from the question's wording, so answers stay linked when questions move
    (here, not in ``quiz_parser``, so the ids are made without importing the Markdown parser)."""
    return re.sub(r"[\W_]+", "-", prompt.lower()).strip("-")[:80] or "question"


def question_prompts(body: str) -> list[str] | None:
    """The words of each ``##`` question heading of a quiz's body, in order, as the Markdown
    parser reads them (``quiz_parser.read_questions``); None when only the parser can tell."""
    if "\0" in body or UNSURE.search(body):
        return None
    prompts = []
    in_box = False
    for line in body.split("\n"):
        if line.startswith(":"):
            if BOX_OPENS.match(line) and not in_box:
                in_box = True
            elif BOX_CLOSES.match(line) and in_box:
                in_box = False
            else:
                return None  # nested, stray, or with more colons: the parser decides
        elif line.startswith("##") and line[2:3] in ("", " ", "\t"):
            if in_box:
                return None  # inside a box, or ending one left open: the parser decides
            prompts.append(line[2:].strip())
    return prompts


# What a question's lines may be for the quick reading to know the parser keeps the question:
# a choice, its feedback indented under it, a quote before the choices, and paragraphs that
# start like words. Anything else (other lists, indented lines, lazy continuations...) makes
# it decline, and the parser decides.
CHOICE = re.compile(r"- \[([ xX])\] +\S")
NUMBERED = r"(?![0-9]{1,9}[.)](?:\s|$))"  # a number then . or ) starts a numbered list
FEEDBACK = re.compile(r"  > " + NUMBERED + r"[^\s#>\-*+<`~|\[=_]")
QUOTE = re.compile(r">(?: [^\s`~<\[].*)?$")
WORDS = re.compile(NUMBERED + r"[^\s\-*+>#:|<\[`~=_!]")


def kept_question_prompts(body: str, most_choices: int) -> list[str] | None:
    """The prompts of the questions the parser keeps (``quiz_parser.parse_quiz``: each has
    words, two to ``most_choices`` choices with words and feedback, a right one, and nothing
    that breaks it), in order, repeats and all (the parser then leaves out a question whose id
    an earlier one has); None when only the parser can tell which it keeps.

    Only a quiz written as the authoring guide shows is read; any question that might have a
    mistake makes the whole reading decline, so a question is never counted that the parser
    leaves out."""
    prompts = question_prompts(body)
    if prompts is None:
        return None
    sections: list[list[str]] = [[]]
    in_box = False
    for line in body.split("\n"):
        if line.startswith(":"):
            in_box = not in_box
            sections[-1].append(":::")
        elif in_box:
            continue  # a facilitator box's lines are its own
        elif line.startswith("##") and line[2:3] in ("", " ", "\t"):
            sections.append([])
        else:
            sections[-1].append(line)
    if in_box or any(not prompt for prompt in prompts):
        return None
    if not _plain_lines(sections[0], question=False):
        return None
    if not all(_plain_lines(lines, question=True, most=most_choices) for lines in sections[1:]):
        return None
    return prompts


def _plain_lines(lines: list[str], question: bool, most: int = 0) -> bool:
    """Whether a question's lines (or those before the first question) are all of the plain
    kinds, each where the parser reads it as that kind, and make a question it keeps."""
    previous = "blank"  # the kind of the line before: a heading ends a block as a blank does
    choices = 0
    right = False
    for line in lines:
        if not line.strip():
            if previous == "choice":
                return False  # a choice with no feedback under it
            previous = "blank"
        elif line == ":::":
            if previous not in ("blank", "box"):
                return False
            previous = "box"  # opening or closing: a box stands apart from what is around it
        elif (choice := CHOICE.match(line)) is not None:
            if previous not in ("blank", "feedback"):
                return False
            choices += 1
            right = right or choice.group(1) != " "
            previous = "choice"
        elif FEEDBACK.match(line):
            if previous not in ("choice", "feedback"):
                return False
            previous = "feedback"
        elif QUOTE.match(line):
            if choices or previous not in ("blank", "quote"):
                return False  # after the choices, a quote is feedback in the wrong place
            previous = "quote"
        elif WORDS.match(line):
            if previous not in ("blank", "words"):
                return False  # it would run on into the block before it
            previous = "words"
        else:
            return False
    if previous == "choice":
        return False
    return not question or (2 <= choices <= most and right)
