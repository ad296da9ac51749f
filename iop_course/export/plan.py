"""The learner's recovery plan on paper: one page for the fridge, or a card for the wallet.

The one-page plan puts what is needed in a hard moment first (the people to call and the help
numbers), then every other part of the plan under its short heading, with only the learner's
own words (no prompts, no "from the lesson" lines), and ruled lines to write on where a part is
still empty. Every part the content defines is printed the same way, in the content's order, so
a part added later (such as "If I slip") needs nothing here. The card holds the people to call,
the three numbers to know by heart, and three things to do instead, cut to fit a wallet.

Both are one self-contained HTML file (html_document), every word the learner wrote escaped and
shown as they wrote it, private to its owner, and never written over an earlier file. Its own
words, its date and the reminders are in the course's language (``i18n``), which the page states
(``lang="es"``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from iop_course.content.help_lines import CHECKED_ON, HELP_LINES, WHERE
from iop_course.content.worksheet_model import ALL_PLAN_CHOICES, PlanChoice, PlanExtra, PlanPart
from iop_course.export.export_file import write_export, write_new_export
from iop_course.export.html_document import html_document, text_html
from iop_course.export.recovery_plan import PART_REMINDERS, PlanSection, RecoveryPlan
from iop_course.i18n import N_, _, active_language
from iop_course.store.worksheet_answers import Contact

TITLE = N_("My recovery plan")
CARD_TITLE = N_("My recovery plan: wallet card")
WORDS = {
    "made": N_(
        "Made on {day}. Keep it where you can see it: on the fridge, or a photo on your phone."
    ),
    "name": N_("Name"),
    "number": N_("Phone number"),
    "checked": N_("Numbers checked {day}."),
    "cut": N_("Cut along the dashed line and fold in the middle."),
    "card people": N_("People I can call"),
    "card help": N_("Help, any time"),
    "card instead": N_("Three things I do instead"),
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
# The three numbers for a wallet card. Each is in HELP_LINES too (a test checks it).
CARD_HELP = (
    ("988", N_("call or text, in a crisis")),
    ("911", N_("in an emergency or an overdose")),
    ("1-800-662-4357", N_("SAMHSA National Helpline")),
)
DEFAULT_FILE_NAME = "my-recovery-plan.html"
FREE_NAME_TRIES = 20  # names taken by other saves at the same moment, before giving up
DEFAULT_CARD_NAME = "my-wallet-card.html"
EMPTY_LINES = 3
CONTACT_ROWS = 3
CARD_PEOPLE = 4
CARD_INSTEAD = 3
# What a card's line may hold before it is shortened with "…" (the full words are on the
# one-page plan): a card is 85.5 x 54 mm, and a line longer than this would be cut off by it.
CARD_NAME_CHARACTERS = 32
CARD_NUMBER_CHARACTERS = 20
CARD_THING_CHARACTERS = 110
# The parts print at 9.5pt while the learner's words fit the page at that size (about this
# many characters, with the reminders), and smaller as they grow, down to 7.5pt: every part
# of the course answered once more (about 3,600 characters) still prints on one page.
PARTS_POINTS = 9.5
SMALLEST_POINTS = 7.5
CHARACTERS_AT_FULL_SIZE = 2300

PLAN_STYLE = """
@page { size: auto; margin: 10mm 11mm; }
.plan { font-size: 9.5pt; line-height: 1.28; }
.plan h1 { font-size: 1.5em; margin: 0; }
.plan .meta { margin: .1em 0 .5em; font-size: .95em; }
.plan h2 { font-size: 1.08em; margin: 0 0 .2em; border-bottom: 1px solid #999; }
.plan-first { display: grid; grid-template-columns: 1fr 1.3fr; gap: 1em; align-items: start; }
.plan-parts { columns: 3 15em; column-gap: 1.1em; margin-top: .7em; line-height: 1.2; }
.plan .plan-part { break-inside: avoid; margin: 0 0 .55em; }
.plan .answer { margin: .1em 0 .3em; padding: 0 0 0 .45em; border-left: 2px solid #555; }
.plan .contacts { width: 100%; margin: .2em 0; }
.plan .contacts th, .plan .contacts td { padding: .15em .5em; height: 1.35em; }
.plan .help { margin: 0; padding: .25em .6em; font-size: 7.8pt; line-height: 1.22;
              border-width: 2px; }
.plan .help h2 { font-size: 1.25em; }
.plan .help dt { margin-top: .15em; }
.plan .help .meta { margin: .3em 0 0; }
.plan .step { margin: .2em 0 0; font-weight: bold; font-size: .92em; }
.plan .reminders { margin: .15em 0 0; padding-left: 1.1em; font-size: .88em; }
.lines div { border-bottom: 1px solid #555; height: 1.6em; }
@media print { body { font-size: 9.5pt; } .plan h2 { break-after: avoid; } }
"""

CARD_STYLE = """
@page { size: auto; margin: 12mm; }
.card-sheet { display: flex; border: 1px dashed #555; width: 171mm; height: 54mm;
              font-size: 8pt; line-height: 1.25; }
.card-side { width: 85.5mm; height: 54mm; padding: 3mm 3.5mm; box-sizing: border-box;
             overflow: hidden; }
.card-side + .card-side { border-left: 1px dashed #555; }
.card-side h2 { font-size: 1.05em; margin: 0 0 .15em; border-bottom: 1px solid #999; }
.card-side h2 + * { margin-top: 0; }
.card-side ul { margin: 0 0 .3em; padding-left: 1em; }
.card-side .lines div { height: 1.35em; }
.card-help { margin: 0; padding: 0; list-style: none; }
.card-help b { display: inline-block; min-width: 7.5em; }
.cut { font-size: 9pt; color: #333; }
"""


def build_plan_html(
    plan: RecoveryPlan,
    choices: Iterable[PlanChoice] = ALL_PLAN_CHOICES,
    made_on: date | None = None,
) -> str:
    """The chosen parts of the plan on one page: people to call and the help numbers first,
    then every other part in plan order."""
    chosen = set(choices)
    first = []
    if PlanPart.PEOPLE in chosen:
        first.append(_section(plan.section(PlanPart.PEOPLE)))
    if PlanExtra.HELP in chosen:
        first.append(_help_numbers())
    parts = [
        _section(section)
        for section in plan.sections
        if section.part in chosen and section.part is not PlanPart.PEOPLE
    ]
    body = [
        '<main class="plan">',
        f"<header><h1>{text_html(_(TITLE))}</h1>",
        f'<p class="meta">{text_html(_(WORDS["made"]).format(day=_day(made_on)))}</p></header>',
    ]
    if first:
        body.append(f'<div class="plan-first">{"".join(first)}</div>')
    if parts:
        points = _parts_points(plan, chosen)
        body.append(
            f'<div class="plan-parts" style="font-size: {points:.1f}pt">{"".join(parts)}</div>'
        )
    body.append("</main>")
    return html_document(_(TITLE), "\n".join(body), active_language(), style=PLAN_STYLE)


def build_card_html(plan: RecoveryPlan, made_on: date | None = None) -> str:
    """A wallet card: people to call and three numbers on one side, three things to do
    instead on the other, with a line to cut along."""
    people = _people(plan.section(PlanPart.PEOPLE))[:CARD_PEOPLE]
    rows = "".join(f"<li>{_contact_line(contact)}</li>" for contact in people)
    blanks = _lines(CARD_PEOPLE - len(people))
    help_rows = "".join(
        f"<li><b>{text_html(number)}</b> {text_html(_(what))}</li>" for number, what in CARD_HELP
    )
    instead = _first_lines(plan.section(PlanPart.INSTEAD), CARD_INSTEAD)
    things = "".join(
        f"<li>{text_html(_shortened(line, CARD_THING_CHARACTERS))}</li>" for line in instead
    )
    front = (
        f'<section class="card-side" id="card-people"><h2>{text_html(_(WORDS["card people"]))}</h2>'
        f"<ul>{rows}</ul>{blanks}<h2>{text_html(_(WORDS['card help']))}</h2>"
        f'<ul class="card-help">{help_rows}</ul></section>'
    )
    back = (
        f'<section class="card-side" id="card-instead">'
        f"<h2>{text_html(_(WORDS['card instead']))}</h2>"
        f"<ol>{things}</ol>{_lines(CARD_INSTEAD - len(instead))}</section>"
    )
    body = (
        f'<main class="card"><p class="cut">{text_html(_(WORDS["cut"]))}</p>'
        f'<div class="card-sheet">{front}{back}</div>'
        f'<p class="meta">{text_html(_day(made_on))}</p></main>'
    )
    return html_document(_(CARD_TITLE), body, active_language(), style=CARD_STYLE)


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2``, ``name-3``... that is not taken, so an earlier
    plan is never written over."""
    path = path.expanduser()
    candidate, number = path, 1
    while os.path.lexists(candidate):  # a link, even a broken one, takes the name too
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def write_plan_file(path: Path, html: str, replace: bool = False) -> Path:
    """Write the plan where the learner asked, readable by them alone; returns the full path.

    The plan goes into a new private file moved into place (see export_file), so a file or a
    link planted at the name is never written into or through. Whatever is at the name (an
    earlier plan most likely) stays as it is: FileExistsError says so, unless ``replace``
    (the learner said yes to writing over it). Raises OSError when it cannot be written.
    """
    if replace:
        return write_export(path, html)
    return write_new_export(path, html)


def _parts_points(plan: RecoveryPlan, chosen: set[PlanChoice]) -> float:
    """The type size that keeps the parts on the page: smaller as more is written (text
    takes room as the square of its size)."""
    written = sum(
        len(entry.text)
        for section in plan.sections
        if section.part in chosen and section.part is not PlanPart.PEOPLE
        for entry in section.entries
    )
    if written <= CHARACTERS_AT_FULL_SIZE:
        return PARTS_POINTS
    return max(SMALLEST_POINTS, PARTS_POINTS * (CHARACTERS_AT_FULL_SIZE / written) ** 0.5)


def write_plan_at_a_free_name(path: Path, html: str) -> Path:
    """Write the plan at ``path`` or, when that is taken, at its next free name (-2, -3...),
    never over anything; a name another save takes in the meantime moves on to the next.
    Returns the full path written; raises OSError when it cannot be written."""
    for _attempt in range(FREE_NAME_TRIES):
        try:
            return write_plan_file(free_path(path), html)
        except FileExistsError:
            continue
    return write_plan_file(free_path(path), html)


def _day(made_on: date | None) -> str:
    made = made_on or date.today()
    return _(WORDS["date"]).format(month=_(MONTHS[made.month - 1]), day=made.day, year=made.year)


def _section(section: PlanSection) -> str:
    parts = [
        f'<section class="plan-part" id="part-{section.part.value}">'
        f"<h2>{text_html(section.part.label)}</h2>"
    ]
    if section.part is PlanPart.PEOPLE:
        parts.append(_contacts(section))
    elif section.empty:
        parts.append(_lines(EMPTY_LINES))
    if section.part is not PlanPart.PEOPLE:
        shown: set[str] = set()
        for entry in section.entries:
            text = entry.text.strip()
            if text in shown:
                continue  # the same words from two lessons: once
            shown.add(text)
            label = _short_prompt(entry.prompt.text, section.part.label)
            if label:
                parts.append(f'<p class="step">{text_html(label)}</p>')
            parts.append(f'<div class="answer">{_text_lines(text)}</div>')
    reminders = PART_REMINDERS.get(section.part, ())
    if reminders:
        rows = "".join(f"<li>{text_html(_(reminder))}</li>" for reminder in reminders)
        parts.append(f'<ul class="reminders">{rows}</ul>')
    parts.append("</section>")
    return "".join(parts)


def _short_prompt(prompt: str, heading: str) -> str:
    """A prompt shortened to its first sentence (a step's name, as a safety plan's "Step 1.
    My warning signs."), or nothing when that only says the part's heading again."""
    plain = re.sub(r"[*_`#>]", "", prompt).strip()
    first = re.match(r"(?:Step \d+\.\s*)?[^.?!]*[.?!]?", plain)
    short = first.group(0).strip() if first else ""
    if not short or short.rstrip(".?!").strip().lower() == heading.lower():
        return ""
    return short if short.lower().startswith("step ") else ""


def _people(section: PlanSection) -> list[Contact]:
    """Everyone listed for the part, each once (two lessons may ask for the same people)."""
    return list(dict.fromkeys(contact for entry in section.entries for contact in entry.contacts))


def _contacts(section: PlanSection) -> str:
    people = _people(section)
    rows = "".join(
        f"<tr><td>{text_html(contact.name)}</td><td>{text_html(contact.number)}</td></tr>"
        for contact in people
    )
    rows += "<tr><td></td><td></td></tr>" * max(CONTACT_ROWS - len(people), 1)
    return (
        f'<table class="contacts"><tr><th>{text_html(_(WORDS["name"]))}</th>'
        f"<th>{text_html(_(WORDS['number']))}</th></tr>{rows}</table>"
    )


def _help_numbers() -> str:
    rows = "".join(
        f"<dt>{text_html(_(heading))}</dt><dd>{text_html(_(text))}</dd>"
        for heading, text in HELP_LINES
    )
    checked = f"{_(WHERE)} {_(WORDS['checked']).format(day=_(CHECKED_ON))}"
    return (
        f'<section class="help" id="part-{PlanExtra.HELP.value}">'
        f"<h2>{text_html(PlanExtra.HELP.label)}</h2><dl>{rows}</dl>"
        f'<p class="meta">{text_html(checked)}</p></section>'
    )


def _lines(count: int) -> str:
    """Ruled lines to write on with a pen."""
    return f'<div class="lines">{"<div></div>" * count}</div>' if count > 0 else ""


def _text_lines(text: str) -> str:
    """The learner's words, each of their lines kept as a line."""
    return "<br>".join(text_html(line) for line in text.strip("\n").split("\n"))


def _contact_line(contact: Contact) -> str:
    name = text_html(_shortened(contact.name, CARD_NAME_CHARACTERS))
    number = text_html(_shortened(contact.number, CARD_NUMBER_CHARACTERS))
    if name and number:
        return f"{name}: <b>{number}</b>"
    return name or f"<b>{number}</b>"


def _shortened(text: str, most: int) -> str:
    """``text`` whole if it fits, else cut at a space before ``most`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[: most - 1].rsplit(" ", 1)[0] if " " in text[: most - 1] else text[: most - 1]
    return cut.rstrip(" ,;:.") + "\u2026"


def _first_lines(section: PlanSection, count: int) -> list[str]:
    """The first ``count`` things the learner wrote for a part: one per line (or per item of
    a list written on one line), list marks taken off."""
    found: list[str] = []
    for entry in section.entries:
        for line in entry.text.splitlines():
            for item in re.split(r";\s*", line):
                item = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", item).strip()
                if item and item not in found and len(found) < count:
                    found.append(item)
    return found
