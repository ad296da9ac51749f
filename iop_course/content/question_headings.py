"""A quiz's question headings read line by line, without parsing its Markdown.

A translated quiz keeps its English questions' ids, made from the English headings
(``loader.english_question_ids``). Parsing the whole English quiz as Markdown for them doubled
the cost of opening a Spanish quiz, and today's review opens several before the home screen's
first paint. A quiz written as the authoring guide shows (``## Question`` lines at the start of
a line, choices, quotes, ``:::`` boxes) has its headings found here directly, exactly as the
parser finds them; anything that could make a ``##`` line mean something else (a code fence,
HTML, a setext underline, an indented ``#`` or ``:::``, a heading inside a box...) gives None,
and the caller parses the Markdown as before. A property test holds the two in agreement.
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
