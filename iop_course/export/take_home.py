"""The learner's take-home handout: what to keep from a lesson, on at most two printed pages.

A counselor prints one for each member after group, so it must fit a group's printer and a
pocket: the lesson's key points (its ``## Key points`` page; without one, its last page), its
safety boxes ("Take care"), its practice (every worksheet and "Try this" box, with lines to
write on), the help numbers, and the sources in small print. The whole lesson stays in the app
and in the facilitator's copy. ``tests/export/test_take_home_pages.py`` prints every lesson of
the course on Letter and A4 paper in headless Chromium and counts the pages.
"""

from __future__ import annotations

from iop_course.content.lesson_model import Box, BoxKind, Lesson, Page, TextBlock
from iop_course.content.worksheet_model import Worksheet
from iop_course.export.handout_parts import box_html, help_numbers_html, worksheet_html
from iop_course.export.html_document import html_document, markdown_html, text_html
from iop_course.i18n import N_, _, active_language

KEY_POINTS_TITLES = frozenset({"key points", "puntos clave"})
PROMPT_LINES = (3, 2)  # lines to write on under each prompt: 3, or 2 when there are many
MANY_PROMPTS = 4  # from this many prompts (a plan lesson's worksheet), 2 lines each
WORDS = {
    "from": N_("From the lesson “{title}” of IOP Course."),
    "sources": N_("Sources"),
    "practice": N_("Practice at home"),
}
TAKE_HOME_STYLE = """
.take-home { font-size: .95em; line-height: 1.3; }
.take-home h1 { font-size: 1.6em; }
.take-home h2 { margin: .8em 0 .3em; }
.take-home p, .take-home ul { margin: .35em 0; }
.take-home .box { margin: .5em 0; padding: .2em .8em; }
.take-home .write-space div { height: 1.8em; }
.take-home .prompt { margin-top: .4em; }
.take-home .box-worksheet { break-inside: auto; }  /* its prompts keep together instead */
.take-home .help { columns: 2; column-gap: 1.6em; font-size: .85em; margin-top: .8em;
                   padding: .2em .8em; }
.take-home .help h2 { column-span: all; margin-top: .3em; }
.take-home .help dt { break-after: avoid; margin-top: .3em; }
.take-home .help dd { break-inside: avoid; }
.take-home .help .meta { column-span: all; }
.sources { font-size: .75em; color: #333; margin-top: .8em; }
.sources p { margin: 0; }
"""


def build_take_home(lesson: Lesson) -> str:
    """The take-home handout as one HTML document."""
    info = lesson.info
    language = active_language()
    own = f' lang="{info.language}"' if info.language != language else ""  # not translated yet
    key_page = key_points_page(lesson)
    parts = [
        '<div class="take-home">',
        f"<header{own}><h1>{text_html(info.title)}</h1>",
        f'<p class="summary">{text_html(info.summary)}</p></header>',
        f"<main{own}>",
    ]
    if key_page is not None:
        parts.append(f"<section><h2>{text_html(key_page.title)}</h2>")
        parts.extend(
            markdown_html(block.markdown) if isinstance(block, TextBlock) else box_html(block)
            for block in key_page.learner_blocks()
            if isinstance(block, TextBlock)
            or (isinstance(block, Box) and block.kind is not BoxKind.TRY_THIS)
        )
        parts.append("</section>")
    parts.extend(
        box_html(box)
        for page in lesson.pages
        if page is not key_page
        for box in page.learner_blocks()
        if isinstance(box, Box) and box.kind is BoxKind.WARNING
    )
    practice = [
        block
        for page in lesson.pages
        for block in page.learner_blocks()
        if isinstance(block, Worksheet)
        or (isinstance(block, Box) and block.kind is BoxKind.TRY_THIS)
    ]
    prompts = sum(len(block.prompts) for block in practice if isinstance(block, Worksheet))
    lines = PROMPT_LINES[prompts >= MANY_PROMPTS]
    if practice:
        parts.append(f'<section><h2 lang="{language}">{text_html(_(WORDS["practice"]))}</h2>')
        parts.extend(
            worksheet_html(block, lines)
            if isinstance(block, Worksheet)
            else box_html(block, writing_lines=lines)
            for block in practice
        )
        parts.append("</section>")
    parts.append("</main>")
    parts.append(help_numbers_html())
    parts.append(_sources(lesson))
    parts.append("</div>")
    return html_document(info.title, "\n".join(parts), lang=language, style=TAKE_HOME_STYLE)


def key_points_page(lesson: Lesson) -> Page | None:
    """The page a learner keeps: the one titled "Key points", else the lesson's last page."""
    found = next(
        (page for page in lesson.pages if page.title.strip().casefold() in KEY_POINTS_TITLES),
        None,
    )
    return found if found is not None else (lesson.pages[-1] if lesson.pages else None)


def _sources(lesson: Lesson) -> str:
    """Where the lesson comes from, in small print under the help numbers."""
    info = lesson.info
    lines = [f"<p>{text_html(_(WORDS['from']).format(title=info.title))}</p>"]
    if info.sources:
        named = "; ".join(text_html(source) for source in info.sources)
        lines.append(f"<p>{text_html(_(WORDS['sources']))}: {named}</p>")
    return f'<section class="sources">{"".join(lines)}</section>'
