"""Handouts and the recovery plan in Spanish: ``lang="es"`` on the page, the page's own words
from the catalog, the lesson's words from its translation; a lesson with no translation yet is
marked as English inside a Spanish page."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from iop_course import i18n
from iop_course.cli import main
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.content.worksheet_model import PlanExtra, PlanPart
from iop_course.export.handout import build_handout
from iop_course.export.plan import build_plan_html
from iop_course.export.recovery_plan import gather_plan
from iop_course.store.worksheet_answers import WorksheetAnswer
from tests.ui.worksheet_course import SIGNS_LESSON, worksheet_course

LESSON_ID = "02-relapse-prevention/05-tolerance-overdose-and-naloxone"


@pytest.fixture
def spanish(monkeypatch):
    """The course speaks Spanish for this test (and English again after it)."""
    monkeypatch.setattr(i18n, "_active", i18n.SPANISH)


def _html_lang(html: str) -> str:
    match = re.search(r'<html lang="([^"]+)">', html)
    assert match, html[:200]
    return match.group(1)


def test_a_spanish_handout_is_spanish_throughout(spanish):
    info = load_course(builtin_content_dir(), "es").lesson(LESSON_ID)
    assert info is not None and info.language == "es"
    lesson, _ = open_lesson(info)
    quiz, _ = open_quiz(info)
    html = build_handout(lesson, quiz, facilitator=True)
    assert _html_lang(html) == "es"
    assert 'lang="en"' not in html
    assert f"<h1>{info.title}</h1>" in html
    for words in (
        "minutos de lectura",
        "En esta lección aprenderá a:",
        "Copia para el facilitador o la facilitadora",
        "Cuestionario y respuestas",
        "✓ Correcta:",
        "Fuentes",
        "Ayuda ahora",
        "Números revisados el",
    ):
        assert words in html, words
    for english in ("minutes of reading", "Quiz and answer key", "Right:", "Numbers checked"):
        assert english not in html, english


def test_an_english_handout_stays_english():
    info = load_course(builtin_content_dir()).lesson(LESSON_ID)
    html = build_handout(open_lesson(info)[0])
    assert _html_lang(html) == "en"
    assert "Practice at home" in html and "Get help now" in html


def test_a_spanish_take_home_prints_its_puntos_clave(spanish):
    info = load_course(builtin_content_dir(), "es").lesson(LESSON_ID)
    html = build_handout(open_lesson(info)[0])
    assert _html_lang(html) == "es" and 'lang="en"' not in html
    for words in ("<h2>Puntos clave</h2>", "Para practicar en casa", "Ayuda ahora", "Fuentes"):
        assert words in html, words


def test_a_lesson_with_no_translation_is_marked_english_in_a_spanish_page(spanish, tmp_path):
    root = worksheet_course(tmp_path)
    info = load_course(root, "es").lesson(SIGNS_LESSON)
    assert info is not None and info.language == "en"
    html = build_handout(open_lesson(info)[0])
    assert _html_lang(html) == "es"
    assert '<header lang="en">' in html and '<main lang="en">' in html
    assert "Ayuda ahora" in html


def test_export_handout_with_lang_es_writes_the_spanish_lesson(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "_active", i18n.ENGLISH)  # main() sets it; put it back after
    target = tmp_path / "folleto.html"
    assert main(["export", "handout", LESSON_ID, "-o", str(target), "--lang", "es"]) == 0
    html = target.read_text(encoding="utf-8")
    assert _html_lang(html) == "es"
    spanish_title = load_course(builtin_content_dir(), "es").lesson(LESSON_ID).title
    assert f"<h1>{spanish_title}</h1>" in html


def test_the_recovery_plan_in_spanish(spanish, tmp_path):
    course = load_course(worksheet_course(tmp_path), "es")
    answers = [WorksheetAnswer(SIGNS_LESSON, "my-signs", "No como", "2026-01-02T03:04:05+00:00")]
    html = build_plan_html(
        gather_plan(course, answers),
        (PlanPart.WARNING_SIGNS, PlanPart.SAFETY, PlanExtra.HELP),
        made_on=date(2026, 1, 2),
    )
    assert _html_lang(html) == "es"
    assert "<h1>Mi plan de recuperación</h1>" in html
    assert "Hecho el 2 de enero de 2026." in html
    assert "Nunca consuma a solas." in html and "naloxona (Narcan)" in html
    assert "No como" in html and "Números revisados el" in html
    for english in ("Made on", "Never use alone", "From the lesson", "January"):
        assert english not in html, english


def test_the_plans_safety_reminders_keep_every_number_in_spanish():
    from iop_course.export.recovery_plan import PART_REMINDERS

    spanish = i18n.catalog(i18n.SPANISH)
    for reminders in PART_REMINDERS.values():
        for reminder in reminders:
            translated = spanish.gettext(reminder)
            assert translated != reminder, reminder
            assert re.findall(r"\d+", translated) == re.findall(r"\d+", reminder), reminder


def test_the_english_plan_is_unchanged(tmp_path: Path):
    course = load_course(worksheet_course(tmp_path))
    html = build_plan_html(gather_plan(course, []), made_on=date(2026, 1, 2))
    assert _html_lang(html) == "en"
    assert "Made on January 2, 2026." in html


def test_the_wallet_card_in_spanish(spanish, tmp_path):
    from iop_course.export.plan import build_card_html

    course = load_course(worksheet_course(tmp_path), "es")
    html = build_card_html(gather_plan(course, []), made_on=date(2026, 1, 2))
    assert _html_lang(html) == "es"
    assert "Tres cosas que hago en su lugar" in html and "2 de enero de 2026" in html
    assert "988" in html and "1-800-662-4357" in html
    for english in ("Three things", "People I can call", "in a crisis", "January"):
        assert english not in html, english


def test_a_spanish_take_home_names_its_worksheet_in_spanish(spanish):
    info = load_course(builtin_content_dir(), "es").lesson(
        "02-relapse-prevention/06-my-relapse-prevention-plan"
    )
    html = build_handout(open_lesson(info)[0])
    assert "Escríbalo" in html
    assert "Write it down" not in html
