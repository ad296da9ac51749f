"""The learner's recovery plan as one printable HTML file, with only the parts they chose.

Made for a wallet copy, the fridge or a counselor: one self-contained page (print stylesheet,
no outside assets, see html_document), every word the learner wrote escaped and shown as they
wrote it. The file is private to its owner, like the progress it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from iop_course.content.help_lines import CHECKED_ON, HELP_LINES, WHERE
from iop_course.content.model import ALL_PLAN_CHOICES, PlanChoice, PlanExtra
from iop_course.export.export_file import write_export
from iop_course.export.html_document import html_document, markdown_html, text_html
from iop_course.export.recovery_plan import (
    PART_REMINDERS,
    PlanEntry,
    PlanSection,
    RecoveryPlan,
)

TITLE = "My recovery plan"
WORDS = {
    "made": "Made on {day}. Keep it where you can find it fast: a photo on your phone, a copy "
    "in your wallet or on the fridge.",
    "empty": "Not written yet. You can write it in: {lessons}.",
    "from": "From the lesson \u201c{title}\u201d",
    "name": "Name",
    "number": "Phone number",
    "remember": "Remember",
    "checked": "Numbers checked {day}.",
}
DEFAULT_FILE_NAME = "my-recovery-plan.html"


def build_plan_html(
    plan: RecoveryPlan,
    choices: Iterable[PlanChoice] = ALL_PLAN_CHOICES,
    made_on: date | None = None,
) -> str:
    """The chosen parts of the plan (in plan order) as one HTML document."""
    chosen = set(choices)
    made = made_on or date.today()
    day = f"{made:%B} {made.day}, {made.year}"
    parts = [
        f"<header><h1>{text_html(TITLE)}</h1>",
        f'<p class="meta">{text_html(WORDS["made"].format(day=day))}</p></header>',
    ]
    parts.extend(_section(section) for section in plan.sections if section.part in chosen)
    if PlanExtra.HELP in chosen:
        parts.append(_help_numbers())
    return html_document(TITLE, "\n".join(parts))


def write_plan_file(path: Path, html: str) -> Path:
    """Write the plan where the learner asked, readable by them alone, as a new file that
    replaces whatever was at that name (see export_file); returns the full path.

    Raises OSError when it cannot be written.
    """
    return write_export(path, html)


def _section(section: PlanSection) -> str:
    parts = [
        f'<section class="plan-part" id="part-{section.part.value}">'
        f"<h2>{text_html(section.part.label)}</h2>"
    ]
    if section.empty:
        lessons = ", ".join(f"\u201c{place.lesson_title}\u201d" for place in section.places)
        parts.append(f'<p class="where">{text_html(WORDS["empty"].format(lessons=lessons))}</p>')
    for entry in section.entries:
        parts.append(_entry(entry))
    reminders = PART_REMINDERS.get(section.part, ())
    if reminders:
        rows = "".join(f"<li>{text_html(reminder)}</li>" for reminder in reminders)
        parts.append(f"<h3>{text_html(WORDS['remember'])}</h3><ul>{rows}</ul>")
    parts.append("</section>")
    return "".join(parts)


def _entry(entry: PlanEntry) -> str:
    where = WORDS["from"].format(title=entry.place.lesson_title)
    head = (
        f'<div class="prompt">{markdown_html(entry.prompt.text)}'
        f'<p class="where">{text_html(where)}</p>'
    )
    if entry.prompt.asks_for_contacts:
        rows = "".join(
            f"<tr><td>{text_html(contact.name)}</td><td>{text_html(contact.number)}</td></tr>"
            for contact in entry.contacts
        )
        return (
            f'{head}<table class="contacts"><tr><th>{WORDS["name"]}</th>'
            f"<th>{WORDS['number']}</th></tr>{rows}</table></div>"
        )
    return f'{head}<div class="answer">{text_html(entry.text)}</div></div>'


def _help_numbers() -> str:
    rows = "".join(
        f"<dt>{text_html(heading)}</dt><dd>{text_html(text)}</dd>" for heading, text in HELP_LINES
    )
    return (
        f'<section class="help" id="part-{PlanExtra.HELP.value}">'
        f"<h2>{text_html(PlanExtra.HELP.label)}</h2><dl>{rows}</dl>"
        f'<p class="meta">{text_html(WHERE)} '
        f"{text_html(WORDS['checked'].format(day=CHECKED_ON))}</p></section>"
    )
