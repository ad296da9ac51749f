"""A lesson as a printable handout: the learner's take-home, or the facilitator's whole copy.

The learner's take-home (``take_home``: key points, practice, help numbers, on at most two
pages) is what a counselor hands out after group. The facilitator's copy has the group plan and
the answer key (each question's right answers, in words) on page 1, in a smaller type than the
rest, then the quiz with every choice's feedback, the whole lesson with its group boxes, and the
help numbers. Both read the parsed lesson, never the raw file.
Its own words are in the course's language (``i18n``), and the page says its language
(``lang="es"``) for screen readers, with the lesson's text marked in its own language where a
lesson has no translation yet.
"""

from __future__ import annotations

from iop_course.content.lesson_model import Box, BoxKind, Lesson
from iop_course.content.quiz_model import CHOICE_LETTERS, Question, Quiz
from iop_course.content.worksheet_model import Worksheet
from iop_course.export.handout_parts import box_html, help_numbers_html, worksheet_html
from iop_course.export.html_document import html_document, markdown_html, text_html
from iop_course.export.take_home import build_take_home
from iop_course.i18n import N_, _, active_language

WORDS = {
    "minutes": N_("About {minutes} minutes of reading."),
    "facilitator": N_("Facilitator copy: includes the group plan and the quiz answer key."),
    "objectives": N_("In this lesson you will learn to:"),
    "sources": N_("Sources"),
    "answer_key": N_("Quiz and answer key"),
    "short_key": N_("Answer key"),
    "shuffled": N_(
        "Letters as written: the room sees the choices shuffled, and the notes window gives "
        "its letters."
    ),
    "pass_mark": N_("Pass mark: {percent}%."),
    "select_all": N_("Select all that apply."),
    "right": N_("✓ Right:"),
}
"""The handout's own words in English, the catalog's keys: each is shown through ``_``."""
# Page 1 is the facilitator's run sheet: the plan and the key in a smaller type and with
# narrower margins than the rest, so the longest plan and key (in Spanish too) fit on it.
FACILITATOR_STYLE = """
.key-lines { list-style: none; padding-left: 0; margin: .3em 0; }
.key-lines li { margin: .2em 0 .2em 1.4em; text-indent: -1.4em; }
@page :first { margin: 10mm 12mm 12mm; }
@media print {
  .first-page { font-size: .8em; line-height: 1.22; }
  .first-page p, .first-page ul { margin: .35em 0; }
  .first-page .box { margin: .4em 0; padding: .2em .8em; }
  .first-page h2 { margin: .5em 0 .2em; }
}
"""


def build_handout(lesson: Lesson, quiz: Quiz | None = None, facilitator: bool = False) -> str:
    """The whole handout as one HTML document: the learner's take-home, or with
    ``facilitator`` the facilitator's copy."""
    if not facilitator:
        return build_take_home(lesson)
    info = lesson.info
    language = active_language()
    own = f' lang="{info.language}"' if info.language != language else ""
    parts = [
        f'<header class="first-page"{own}><h1>{text_html(info.title)}</h1>',
        f'<p class="summary">{text_html(info.summary)}</p>',
    ]
    banner = f"<strong>{text_html(_(WORDS['facilitator']))}</strong>"
    if info.minutes:  # one line with the banner: page 1 is the plan's and the key's
        minutes = text_html(_(WORDS["minutes"]).format(minutes=info.minutes))
        banner = f"{minutes} {banner}"
    parts.append(f'<p class="meta" lang="{language}">{banner}</p>')
    parts.append("</header>")
    parts.append(f"<main{own}>")
    up_front = plan_boxes(lesson)
    questions = quiz is not None and bool(quiz.questions)
    quiz_own = f' lang="{quiz.language}"' if quiz and quiz.language != info.language else ""
    if up_front or questions:  # page 1 of the facilitator's copy: the plan and the answer key
        parts.append('<section class="first-page">')
        parts.extend(box_html(box) for box in up_front)
        if quiz is not None and questions:
            parts.append(f"<div{quiz_own}>{_short_key(quiz)}</div>")
        parts.append("</section>")
    if quiz is not None and questions:
        parts.append(f"<div{quiz_own}>{_answer_key(quiz)}</div>" if quiz_own else _answer_key(quiz))
    if info.objectives:
        parts.append(_list(_(WORDS["objectives"]), info.objectives))
    for page in lesson.pages:
        parts.append(f"<section><h2>{text_html(page.title)}</h2>")
        blocks = tuple(block for block in page.blocks if not any(block is box for box in up_front))
        parts.extend(
            box_html(block)
            if isinstance(block, Box)
            else worksheet_html(block)
            if isinstance(block, Worksheet)
            else markdown_html(block.markdown)
            for block in blocks
        )
        parts.append("</section>")
    if info.sources:
        parts.append(_list(_(WORDS["sources"]), info.sources))
    parts.append("</main>")
    parts.append(help_numbers_html())
    return html_document(info.title, "\n".join(parts), language, style=FACILITATOR_STYLE)


def plan_boxes(lesson: Lesson) -> list[Box]:
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


def _short_key(quiz: Quiz) -> str:
    """Each question and its right answers in words, a line or two each: the key a facilitator
    reads at a glance (the words, since the room sees the choices in another order)."""
    rows = []
    for number, question in enumerate(quiz.questions, start=1):
        letters = CHOICE_LETTERS[: len(question.choices)]
        right = " ".join(
            f"✓ <strong>{letter}.</strong> {text_html(choice.text)}"
            for letter, choice in zip(letters, question.choices, strict=True)
            if choice.correct
        )
        rows.append(f"<li>{number}. {text_html(question.prompt)} {right}</li>")
    return (
        f'<section class="short-key"><h2>{text_html(_(WORDS["short_key"]))}</h2>'
        f'<p class="meta">{text_html(_(WORDS["shuffled"]))}</p>'
        f'<ul class="key-lines">{"".join(rows)}</ul></section>'
    )


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
