"""Present mode in two languages: the room sees the Spanish slides while the facilitator's
notes window stays in English (``present --notes --lang en``), both following the same slide,
since a translation keeps the English lesson ids, pages and question ids."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iop_course.content.loader import load_course
from iop_course.present.notes import SpeakerNotes
from iop_course.present.state import SlideKind, SlideRef
from tests.present.notes_course import LESSON_ID, page, state_at, write_notes_course

SPANISH_LESSON = """---
title: Desencadenantes y señales
summary: Saber qué despierta las ansias.
minutes: 12
objectives:
  - Nombrar dos desencadenantes comunes
  - Hacer un plan para uno
---
Texto de apertura que el grupo lee primero.

::: facilitator
**Plan del grupo (45 minutos)**: abrir, enseñar, practicar, cerrar.
:::

## Qué es un desencadenante

Un desencadenante es una persona, un lugar, un sentimiento o una cosa que despierta las ansias.

::: facilitator
Pregunte: ¿qué desencadenante le sorprendió?
:::

::: tip
Un consejo que el grupo puede ver.
:::

::: facilitator
Segunda nota para el grupo en esta página.
:::

## Aquí no hay notas para el grupo

Página sencilla.
"""

SPANISH_QUIZ = """## ¿Cuál es un desencadenante para muchas personas?

- [x] El día de pago
  > Sí. Los días buenos también pueden ser de riesgo.
- [ ] Un vaso de agua
  > Por lo general, no.
- [ ] Lavarse los dientes
  > Por lo general, tampoco.

Los desencadenantes pueden ser momentos buenos o malos.

::: facilitator
Pida al grupo un desencadenante que nadie haya nombrado.
:::

## Verdadero o falso: las ansias pasan.

- [ ] Falso
  > Sí pasan, por lo general en menos de media hora.
- [x] Verdadero
  > Así es. Las ansias suben, llegan a su punto más alto y se van.
"""

QUESTION = SlideRef(LESSON_ID, SlideKind.QUESTION, question_id="which-is-a-trigger-for-many")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = write_notes_course(tmp_path / "course")
    (root / "lessons/01-basics/01-triggers.es.md").write_text(SPANISH_LESSON, encoding="utf-8")
    (root / "quizzes/01-basics/01-triggers.es.md").write_text(SPANISH_QUIZ, encoding="utf-8")
    return root


def test_the_notes_follow_a_spanish_slide_in_english_and_in_spanish(root) -> None:
    english = SpeakerNotes(load_course(root, "en"))
    spanish = SpeakerNotes(load_course(root, "es"))
    state = state_at(root, page(1, part=1, parts=3))
    assert english.notes_for(state).on_screen == "What a trigger is (part 2 of 3)"
    assert english.notes_for(state).group_boxes[0] == "Ask: which trigger surprised you?"
    assert spanish.notes_for(state).group_boxes[0] == "Pregunte: ¿qué desencadenante le sorprendió?"


def test_a_question_shown_in_spanish_has_its_english_answer_key_in_english_notes(root) -> None:
    english = SpeakerNotes(load_course(root, "en")).notes_for(state_at(root, QUESTION))
    spanish = SpeakerNotes(load_course(root, "es")).notes_for(state_at(root, QUESTION))
    assert english.question is not None and spanish.question is not None
    assert [c.text for c in english.question.choices] == [
        "A payday",
        "A glass of water",
        "Brushing your teeth",
    ]
    assert [c.text for c in spanish.question.choices] == [
        "El día de pago",
        "Un vaso de agua",
        "Lavarse los dientes",
    ]
    assert english.question.right_letters == spanish.question.right_letters == ("A",)


def test_another_content_folder_is_read_in_the_notes_language(root, tmp_path) -> None:
    other = write_notes_course(tmp_path / "other")
    (other / "lessons/01-basics/01-triggers.es.md").write_text(SPANISH_LESSON, encoding="utf-8")
    notes = SpeakerNotes(load_course(root, "en"))
    assert notes.course_for(str(other)).lessons()[0].title == "Triggers [and] cues"
    notes = SpeakerNotes(load_course(root, "es"))
    assert notes.course_for(str(other)).lessons()[0].title == "Desencadenantes y señales"


@pytest.mark.parametrize(
    ("language", "title"), [("es", "Desencadenantes y señales"), ("en", "Triggers [and] cues")]
)
def test_present_lists_the_lessons_in_the_language_asked_for(root, language, title):
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "iop_course",
            "present",
            "--list",
            "--content",
            str(root),
            "--lang",
            language,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert f"{LESSON_ID}  ({title})" in listed.stdout


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_notes_window_reads_the_course_in_its_own_language(root, monkeypatch, language):
    from iop_course import i18n
    from iop_course.commands.present_notes import run_notes
    from iop_course.ui.present import notes_app

    opened = []

    class NotesAppSeen:
        return_code = 0

        def __init__(self, course):
            opened.append(course)

        def run(self):
            return None

    monkeypatch.setattr(notes_app, "NotesApp", NotesAppSeen)
    monkeypatch.setattr(i18n, "_active", language)
    assert run_notes(root) == 0
    [course] = opened
    assert course.language == language
    assert course.lessons()[0].language == language


def test_spanish_notes_say_their_own_words_in_spanish(root) -> None:
    """The notes window's own words (slide number, part, title slide) were English under
    ``present --notes --lang es``, beside its Spanish headings."""
    from iop_course.i18n import set_language

    set_language("es")
    try:
        notes = SpeakerNotes(load_course(root, "es"))
        on_a_part = notes.notes_for(state_at(root, page(1, part=1, parts=3)))
        on_the_title = notes.notes_for(state_at(root, SlideRef(LESSON_ID, SlideKind.TITLE)))
    finally:
        set_language("en")
    assert on_a_part.on_screen == "Qué es un desencadenante (parte 2 de 3)"
    assert on_a_part.position.startswith("Diapositiva ")
    assert on_the_title.on_screen == "Diapositiva de título: Desencadenantes y señales"
