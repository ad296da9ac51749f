"""The printed plan fits on the fridge: one Letter or A4 page when filled (counted in a PDF
that headless Chromium prints), people to call and help numbers first, only the learner's
words under short headings, lines to write on where a part is empty; a wallet card; and no
earlier plan written over (issue 15, point 12)."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from iop_course.cli import main
from iop_course.content.help_lines import HELP_LINES
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.locate import builtin_content_dir
from iop_course.content.worksheet_model import PlanPart
from iop_course.export.plan import CARD_HELP, build_card_html, build_plan_html
from iop_course.export.recovery_plan import gather_plan
from iop_course.store import ProgressStore
from iop_course.store.worksheet_answers import WorksheetAnswer
from tests.export.test_plan import _parse
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

ANSWERS = [
    "Payday Fridays, driving past my old bar on 5th street, arguments with my brother, "
    "being alone on Sunday evenings, and the smell of cigarettes.",
    "I stop calling people back, I skip meals and sleep badly, I start thinking one drink "
    "would not hurt, and I get short with my kids.",
    "Call my sponsor; go for a walk around the block; drink a big glass of water; take a hot "
    "shower; go to the 7 pm meeting at St. Mark's.",
    "My kids, my health, keeping my job, and feeling proud of myself again.",
    "Naloxone is in the kitchen drawer and in my work bag. My sister knows where.",
    "Call Meena first, tell my counselor at the next group, and go to a meeting that day.",
]
PEOPLE = [["Meena (sponsor)", "555-0100"], ["My sister Ana", "555-0199"], ["Dr. Lee", "555-0142"]]


def filled_plan(every_prompt: bool = False):
    """The built-in course's plan filled as a learner fills it: every part answered (its first
    prompt), every step of the hard-nights plan, and the people to call; with
    ``every_prompt``, every one of the course's plan prompts, each differently."""
    course = load_course(builtin_content_dir())
    answers, count, answered = [], 0, set()
    for info in course.lessons():
        lesson, _ = open_lesson(info)
        for _, prompt in lesson.worksheet_prompts():
            if prompt.plan is None:
                continue
            again = prompt.plan in answered and prompt.plan is not PlanPart.HARD_NIGHTS
            if again and not every_prompt and not prompt.asks_for_contacts:
                continue
            answered.add(prompt.plan)
            if prompt.asks_for_contacts:
                text = json.dumps(PEOPLE)
            else:
                text = f"{ANSWERS[count % len(ANSWERS)]} ({count})"
                count += 1
            answers.append(WorksheetAnswer(info.id, prompt.id, text, "2026-12-01T00:00:00Z"))
    return gather_plan(course, answers)


def _chromium() -> str | None:
    return next(
        (
            shutil.which(name)
            for name in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(name)
        ),
        None,
    )


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF, as a PDF reader counts them."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _run_chromium(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    browser = _chromium()
    assert browser is not None
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={folder / 'profile'}",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )


def print_to_pdf(html: str, paper: str, folder: Path) -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"plan-{paper}.html"
    page.write_text(html.replace("@page { size: auto;", f"@page {{ size: {paper};"), "utf-8")
    pdf = folder / f"plan-{paper}.pdf"
    _run_chromium(folder, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    return pdf.read_bytes()


# Written into the page's body by the browser: each card side that holds more than it shows.
MEASURE = (
    "<script>addEventListener('load', () => document.body.dataset.overflowing = "
    "[...document.querySelectorAll('.card-side')].filter(side => "
    "side.scrollHeight > side.clientHeight || side.scrollWidth > side.clientWidth)"
    ".map(side => side.id).join(' ') || 'none');</script>"
)


def card_sides_overflowing(html: str, folder: Path) -> str:
    """The ids of the card's sides whose words run past its edge, as the browser lays it
    out ('none' when everything shows)."""
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "card.html"
    page.write_text(html.replace("</body>", f"{MEASURE}</body>"), "utf-8")
    dom = _run_chromium(folder, "--dump-dom", page.as_uri()).stdout
    found = re.search(r'data-overflowing="([^"]*)"', dom)
    assert found is not None, dom[:500]
    return found.group(1)


@pytest.mark.skipif(_chromium() is None, reason="needs headless Chromium to print")
@pytest.mark.parametrize("paper", ["Letter", "A4"])
@pytest.mark.parametrize("every_prompt", [False, True], ids=["every-part", "every-prompt"])
def test_a_filled_plan_and_the_wallet_card_print_on_one_page(tmp_path, paper, every_prompt):
    plan = filled_plan(every_prompt)
    assert all(not section.empty for section in plan.sections)
    html = build_plan_html(plan, made_on=date(2026, 12, 7))
    assert "@page { size: auto;" in html  # the paper size is the printer's; set here
    assert pdf_pages(print_to_pdf(html, paper, tmp_path)) == 1
    card = build_card_html(plan, made_on=date(2026, 12, 7))
    assert pdf_pages(print_to_pdf(card, paper, tmp_path / "card")) == 1


def test_the_parts_print_smaller_only_when_much_is_written():
    assert 'class="plan-parts" style="font-size: 9.5pt"' in build_plan_html(filled_plan())
    crowded = build_plan_html(filled_plan(every_prompt=True))
    size = re.search(r'class="plan-parts" style="font-size: ([\d.]+)pt"', crowded)
    assert size is not None and 7.5 <= float(size.group(1)) < 9.5


@pytest.mark.skipif(_chromium() is None, reason="needs headless Chromium to lay it out")
def test_long_names_and_long_answers_still_fit_on_the_wallet_card(tmp_path):
    course = load_course(builtin_content_dir())
    people = [
        [f"My very dear old friend number {n} from the Tuesday group", "555-0100 ext 99999"]
        for n in range(6)
    ]
    long_thing = "Walk to the park and sit on the bench by the pond until it passes " * 4
    answers = []
    for info in course.lessons():
        lesson, _ = open_lesson(info)
        for _, prompt in lesson.worksheet_prompts():
            if prompt.plan is PlanPart.PEOPLE and prompt.asks_for_contacts:
                text = json.dumps(people)
            elif prompt.plan is PlanPart.INSTEAD:
                text = "\n".join([long_thing] * 3)
            else:
                continue
            answers.append(WorksheetAnswer(info.id, prompt.id, text, "2026-12-01T00:00:00Z"))
    card = build_card_html(gather_plan(course, answers))
    assert "\u2026" in card  # shortened where the full words would run off the card
    assert card_sides_overflowing(card, tmp_path) == "none"
    assert card_sides_overflowing(build_card_html(filled_plan(True)), tmp_path / "2") == "none"


def test_people_and_help_come_first_then_every_part_with_only_the_answers():
    plan = filled_plan(every_prompt=True)
    html = build_plan_html(plan)
    order = [found.group(1) for found in re.finditer(r'<section [^>]*id="part-([\w-]+)"', html)]
    assert order[:2] == ["people", "help"]
    assert set(order) == {part.value for part in PlanPart} | {"help"}  # every part, generically
    text = " ".join(_parse(html).text)
    for section in plan.sections:
        for entry in section.entries:
            assert entry.prompt.text not in html  # no prompt, only the learner's words
    assert "From the lesson" not in text and "Not written yet" not in text
    assert text.count("Meena (sponsor)") == 1  # two lessons ask for people: listed once
    assert "If I slip" in text


def test_the_wallet_card_has_people_three_numbers_and_three_things_instead():
    html = build_card_html(filled_plan(every_prompt=True))
    text = " ".join(_parse(html).text)
    assert "Meena (sponsor)" in text and "555-0100" in text
    every_help_line = " ".join(words for _, words in HELP_LINES)
    for number, _ in CARD_HELP:
        assert number in text and number in every_help_line
    instead = re.search(r'id="card-instead".*?</section>', html, re.S)
    assert instead is not None and instead.group(0).count("<li>") == 3


def test_export_plan_never_writes_over_an_earlier_plan(tmp_path, capsys, monkeypatch):
    root = worksheet_course(tmp_path)
    data = tmp_path / "data"
    with ProgressStore.open(data) as store:
        store.save_worksheet_answer(SIGNS_LESSON, "my-reasons", "My kids")
    monkeypatch.chdir(tmp_path)
    place = ["--data-dir", str(data), "--content", str(root)]
    assert main(["export", "plan", *place]) == 0
    assert main(["export", "plan", *place]) == 0
    first, second = tmp_path / "my-recovery-plan.html", tmp_path / "my-recovery-plan-2.html"
    assert first.exists() and second.exists()
    out = capsys.readouterr().out
    assert f"Your recovery plan was written to {second}\n" in out  # whole, on one line
    first.write_text("my own notes")
    assert main(["export", "plan", "-o", str(first), *place]) == 0
    assert first.read_text() == "my own notes"
    assert "My kids" in (tmp_path / "my-recovery-plan-3.html").read_text()
    assert main(["export", "plan", "-o", str(first), "--force", *place]) == 0
    assert "My kids" in first.read_text()
    assert not (tmp_path / "my-recovery-plan-4.html").exists()
    assert main(["export", "plan", "--card", *place]) == 0
    assert "Three things I do instead" in (tmp_path / "my-wallet-card.html").read_text()
