"""A lesson as a printable handout: its pages, room to write, and the help numbers.

A counselor hands it out after group, or a learner prints it to keep. The learner's version has
no facilitator boxes and no quiz; the facilitator's adds the group plan and the quiz with its
answer key and the feedback for every choice. It reads the parsed lesson, never the raw file.
Its own words are in the course's language (``i18n``), and the page says its language
(``lang="es"``) for screen readers, with the lesson's text marked in its own language where a
lesson has no translation yet.
"""

from __future__ import annotations

from iop_course.content.help_lines import CHECKED_ON, HELP_LINES, WHERE
from iop_course.content.model import CHOICE_LETTERS, Box, BoxKind, Lesson, Question, Quiz, Worksheet
from iop_course.export.html_document import html_document, markdown_html, text_html
from iop_course.i18n import N_, _, active_language

WRITING_LINES = 5
PROMPT_LINES = 4
WORDS = {
    "minutes": N_("About {minutes} minutes of reading."),
    "learner_note": N_("Your answers are yours. Share them only if you want to."),
    "facilitator": N_("Facilitator copy: includes the group plan and the quiz answer key."),
    "objectives": N_("In this lesson you will learn to:"),
    "sources": N_("Sources"),
    "space": N_("Space to write"),
    "answer_key": N_("Quiz and answer key"),
    "pass_mark": N_("Pass mark: {percent}%."),
    "select_all": N_("Select all that apply."),
    "right": N_("✓ Right:"),
    "help": N_("Get help now"),
    "checked": N_("Numbers checked {day}."),
}
"""The handout's own words in English, the catalog's keys: each is shown through ``_``."""


def build_handout(lesson: Lesson, quiz: Quiz | None = None, facilitator: bool = False) -> str:
    """The whole handout as one HTML document."""
    info = lesson.info
    language = active_language()
    own = f' lang="{info.language}"' if info.language != language else ""
    parts = [
        f"<header{own}><h1>{text_html(info.title)}</h1>",
        f'<p class="summary">{text_html(info.summary)}</p>',
    ]
    if info.minutes:
        minutes = _(WORDS["minutes"]).format(minutes=info.minutes)
        parts.append(f'<p class="meta" lang="{language}">{text_html(minutes)}</p>')
    if facilitator:
        banner = text_html(_(WORDS["facilitator"]))
        parts.append(f'<p class="meta" lang="{language}"><strong>{banner}</strong></p>')
    parts.append("</header>")
    parts.append(f"<main{own}>")
    up_front = _plan_boxes(lesson) if facilitator else []
    if up_front:  # page 1 of the facilitator's copy: the plan, then the answer key
        parts.append('<section class="plan-first">')
        parts.extend(_box(box) for box in up_front)
        parts.append("</section>")
    if facilitator and quiz is not None and quiz.questions:
        quiz_own = f' lang="{quiz.language}"' if quiz.language != info.language else ""
        parts.append(f"<div{quiz_own}>{_answer_key(quiz)}</div>" if quiz_own else _answer_key(quiz))
    if info.objectives:
        parts.append(_list(_(WORDS["objectives"]), info.objectives))
    for page in lesson.pages:
        parts.append(f"<section><h2>{text_html(page.title)}</h2>")
        blocks = page.blocks if facilitator else page.learner_blocks()
        blocks = tuple(block for block in blocks if not any(block is box for box in up_front))
        parts.extend(
            _box(block)
            if isinstance(block, Box)
            else _worksheet(block)
            if isinstance(block, Worksheet)
            else markdown_html(block.markdown)
            for block in blocks
        )
        parts.append("</section>")
    if info.sources:
        parts.append(_list(_(WORDS["sources"]), info.sources))
    parts.append("</main>")
    parts.append(_help_numbers())
    return html_document(info.title, "\n".join(parts), language)


def _plan_boxes(lesson: Lesson) -> list[Box]:
    """What a facilitator needs first: the group plan (its ``::: group-plan`` box, or, in a
    lesson written before that box existed, the group boxes of its first page)."""
    boxes = [
        block
        for page in lesson.pages
        for block in page.blocks
        if isinstance(block, Box) and block.kind is BoxKind.GROUP_PLAN
    ]
    if boxes or not lesson.pages:
        return boxes
    return [
        block
        for block in lesson.pages[0].blocks
        if isinstance(block, Box) and block.kind is BoxKind.FACILITATOR
    ]


def _box(box: Box) -> str:
    """A box with its label; a "Try this" gets lines to write on."""
    writing = ""
    if box.kind is BoxKind.TRY_THIS:
        note = text_html(_(WORDS["learner_note"]))
        writing = _writing_space(WRITING_LINES) + f'<p class="meta">{note}</p>'
    return (
        f'<aside class="box box-{box.kind.value}"><div class="label">'
        f"{text_html(box.kind.label)}</div>{markdown_html(box.markdown)}{writing}</aside>"
    )


def _worksheet(worksheet: Worksheet) -> str:
    """A worksheet on paper: its intro, then each prompt with lines to write on (never an
    answer: a handout is for anyone)."""
    parts = [
        f'<aside class="box box-worksheet"><div class="label">{text_html(worksheet.label)}</div>'
    ]
    if worksheet.intro:
        parts.append(markdown_html(worksheet.intro))
    for prompt in worksheet.prompts:
        parts.append(
            f'<div class="prompt">{markdown_html(prompt.text)}{_writing_space(PROMPT_LINES)}</div>'
        )
    parts.append(f'<p class="meta">{text_html(_(WORDS["learner_note"]))}</p></aside>')
    return "".join(parts)


def _writing_space(lines: int) -> str:
    rules = "<div></div>" * lines
    return f'<div class="write-space" aria-label="{text_html(_(WORDS["space"]))}">{rules}</div>'


def _answer_key(quiz: Quiz) -> str:
    """Every question with its right choices marked in words and symbols, and all feedback."""
    parts = [
        f"<section><h2>{text_html(_(WORDS['answer_key']))}</h2>",
        f'<p class="meta">{text_html(_(WORDS["pass_mark"]).format(percent=quiz.pass_percent))}</p>',
    ]
    for number, question in enumerate(quiz.questions, start=1):
        parts.append(_question(number, question))
    parts.append("</section>")
    return "\n".join(parts)


def _question(number: int, question: Question) -> str:
    parts = [f'<div class="question"><h3>{number}. {text_html(question.prompt)}</h3>']
    if question.scenario:
        parts.append(markdown_html(question.scenario))
    if question.select_all:
        parts.append(f'<p class="meta">{text_html(_(WORDS["select_all"]))}</p>')
    parts.append('<ul class="choices">')
    letters = CHOICE_LETTERS[: len(question.choices)]  # the checker allows no more choices
    for letter, choice in zip(letters, question.choices, strict=True):
        mark = (
            f'<span class="key">{text_html(_(WORDS["right"]))}</span> ' if choice.correct else "✗ "
        )
        parts.append(
            f"<li>{mark}<strong>{letter}.</strong> {text_html(choice.text)}"
            f'<span class="feedback">{text_html(choice.feedback)}</span></li>'
        )
    parts.append("</ul>")
    if question.explanation:
        parts.append(markdown_html(question.explanation))
    if question.facilitator_prompt:
        parts.append(
            f'<aside class="box box-facilitator"><div class="label">'
            f"{text_html(BoxKind.FACILITATOR.label)}</div>"
            f"{markdown_html(question.facilitator_prompt)}</aside>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _list(heading: str, items: tuple[str, ...]) -> str:
    rows = "".join(f"<li>{text_html(item)}</li>" for item in items)
    return f"<section><h2>{text_html(heading)}</h2><ul>{rows}</ul></section>"


def _help_numbers() -> str:
    """The help lines, in the course's language where the catalog has them (the same numbers)."""
    rows = "".join(
        f"<dt>{text_html(_(heading))}</dt><dd>{text_html(_(text))}</dd>"
        for heading, text in HELP_LINES
    )
    checked = _(WORDS["checked"]).format(day=_(CHECKED_ON))
    return (
        f'<section class="help"><h2>{text_html(_(WORDS["help"]))}</h2><dl>{rows}</dl>'
        f'<p class="meta">{text_html(_(WHERE))} {text_html(checked)}</p></section>'
    )
