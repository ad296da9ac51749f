"""The learner's recovery plan as one printable HTML file, with only the parts they chose.

Made for a wallet copy, the fridge or a counselor: one self-contained page (print stylesheet,
no outside assets, see html_document), every word the learner wrote escaped and shown as they
wrote it. The file is private to its owner, like the progress it comes from. Its own words,
its date and the reminders are in the course's language (``i18n``), which the page states
(``lang="es"``).
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
from iop_course.i18n import N_, _, active_language

TITLE = N_("My recovery plan")
WORDS = {
    "made": N_(
        "Made on {day}. Keep it where you can find it fast: a photo on your phone, a copy "
        "in your wallet or on the fridge."
    ),
    "empty": N_("Not written yet. You can write it in: {lessons}."),
    "from": N_("From the lesson \u201c{title}\u201d"),
    "name": N_("Name"),
    "number": N_("Phone number"),
    "remember": N_("Remember"),
    "checked": N_("Numbers checked {day}."),
    # A date, as "December 7, 2026" is written in English and "7 de diciembre de 2026" in Spanish.
    "date": N_("{month} {day}, {year}"),
}
"""The plan's own words in English, the catalog's keys: each is shown through ``_``."""
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
DEFAULT_FILE_NAME = "my-recovery-plan.html"


def build_plan_html(
    plan: RecoveryPlan,
    choices: Iterable[PlanChoice] = ALL_PLAN_CHOICES,
    made_on: date | None = None,
) -> str:
    """The chosen parts of the plan (in plan order) as one HTML document."""
    chosen = set(choices)
    made = made_on or date.today()
    day = _(WORDS["date"]).format(month=_(MONTHS[made.month - 1]), day=made.day, year=made.year)
    parts = [
        f"<header><h1>{text_html(_(TITLE))}</h1>",
        f'<p class="meta">{text_html(_(WORDS["made"]).format(day=day))}</p></header>',
    ]
    parts.extend(_section(section) for section in plan.sections if section.part in chosen)
    if PlanExtra.HELP in chosen:
        parts.append(_help_numbers())
    return html_document(_(TITLE), "\n".join(parts), active_language())


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
        empty = _(WORDS["empty"]).format(lessons=lessons)
        parts.append(f'<p class="where">{text_html(empty)}</p>')
    for entry in section.entries:
        parts.append(_entry(entry))
    reminders = PART_REMINDERS.get(section.part, ())
    if reminders:
        rows = "".join(f"<li>{text_html(_(reminder))}</li>" for reminder in reminders)
        parts.append(f"<h3>{text_html(_(WORDS['remember']))}</h3><ul>{rows}</ul>")
    parts.append("</section>")
    return "".join(parts)


def _entry(entry: PlanEntry) -> str:
    where = _(WORDS["from"]).format(title=entry.place.lesson_title)
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
            f'{head}<table class="contacts"><tr><th>{text_html(_(WORDS["name"]))}</th>'
            f"<th>{text_html(_(WORDS['number']))}</th></tr>{rows}</table></div>"
        )
    return f'{head}<div class="answer">{text_html(entry.text)}</div></div>'


def _help_numbers() -> str:
    rows = "".join(
        f"<dt>{text_html(_(heading))}</dt><dd>{text_html(_(text))}</dd>"
        for heading, text in HELP_LINES
    )
    return (
        f'<section class="help" id="part-{PlanExtra.HELP.value}">'
        f"<h2>{text_html(PlanExtra.HELP.label)}</h2><dl>{rows}</dl>"
        f'<p class="meta">{text_html(_(WHERE))} '
        f"{text_html(_(WORDS['checked']).format(day=_(CHECKED_ON)))}</p></section>"
    )
