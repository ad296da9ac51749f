"""Pieces both handouts print: a box, a worksheet with lines to write on, and the help numbers.

The facilitator's copy (``handout``) and the learner's take-home (``take_home``) draw them the
same way, so a box or a worksheet looks the same on either paper. A worksheet shows its prompts,
never an answer: a handout is for anyone.
"""

from __future__ import annotations

from iop_course.content.help_lines import checked_on, help_lines, where
from iop_course.content.lesson_model import Box, BoxKind
from iop_course.content.worksheet_model import Worksheet
from iop_course.export.html_document import markdown_html, text_html
from iop_course.i18n import N_, _

WRITING_LINES = 5
PROMPT_LINES = 4
WORDS = {
    "learner_note": N_("Your answers are yours. Share them only if you want to."),
    "help": N_("Get help now"),
    "checked": N_("Numbers checked {day}."),
    "space": N_("Space to write"),
}


def box_html(box: Box, writing_lines: int = WRITING_LINES) -> str:
    """A box with its label; a "Try this" gets ``writing_lines`` lines to write on."""
    writing = ""
    if box.kind is BoxKind.TRY_THIS:
        writing = writing_space(writing_lines) + (
            f'<p class="meta">{text_html(_(WORDS["learner_note"]))}</p>'
        )
    return (
        f'<aside class="box box-{box.kind.value}"><div class="label">'
        f"{text_html(box.kind.label)}</div>{markdown_html(box.markdown)}{writing}</aside>"
    )


def worksheet_html(worksheet: Worksheet, prompt_lines: int = PROMPT_LINES) -> str:
    """A worksheet on paper: its intro, then each prompt with ``prompt_lines`` lines to write on."""
    parts = [
        f'<aside class="box box-worksheet"><div class="label">{text_html(_(worksheet.label))}</div>'
    ]
    if worksheet.intro:
        parts.append(markdown_html(worksheet.intro))
    for prompt in worksheet.prompts:
        parts.append(
            f'<div class="prompt">{markdown_html(prompt.text)}{writing_space(prompt_lines)}</div>'
        )
    parts.append(f'<p class="meta">{text_html(_(WORDS["learner_note"]))}</p></aside>')
    return "".join(parts)


def writing_space(lines: int) -> str:
    """Ruled lines to write on."""
    rules = "<div></div>" * lines
    label = text_html(_(WORDS["space"]))
    return f'<div class="write-space" aria-label="{label}">{rules}</div>'


def help_numbers_html() -> str:
    """Get help now: every crisis line and helpline, and that they are U.S. numbers."""
    rows = "".join(
        f"<dt>{text_html(heading)}</dt><dd>{text_html(text)}</dd>" for heading, text in help_lines()
    )
    checked = _(WORDS["checked"]).format(day=checked_on())
    return (
        f'<section class="help"><h2>{text_html(_(WORDS["help"]))}</h2><dl>{rows}</dl>'
        f'<p class="meta">{text_html(where())} {text_html(checked)}</p></section>'
    )
