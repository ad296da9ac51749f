"""Every question of every lesson, projected at 60x20 and 80x24: with hands counted for every
choice, and again after the reveal, the choices and their counts are on one slide and no choice
is cut; after the reveal the right ones are marked and "◀ counting" is gone.

Every question is checked through ``cut_question``, the function the presenting screen draws
its slides with (starting an app per lesson and pressing every key took a quarter of an hour
for the course). A sample is then presented for real, counted by its keys: the screen must show
what the function said it would, so the function cannot drift from the screen.
"""

from __future__ import annotations

import random
import re

import pytest

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.content.quiz_model import Question
from iop_course.present.deck import Deck, build_deck
from iop_course.present.room_question import empty_tally, lettered_choices, room_order
from iop_course.present.tally import Tally
from iop_course.ui.present.slide_area import SlideArea, cut_question, holds_answers
from iop_course.ui.present.slide_cutter import CutSlide
from tests.ui.conftest import screen_text

COURSE = load_course(builtin_content_dir())
DECKS = [build_deck(COURSE, lesson.id) for lesson in COURSE.lessons()]
SIZES = ((60, 20), (80, 24))
QUESTION_COUNT = sum(deck.question_count for deck in DECKS)


def counts_for(question: Question, order) -> dict[str, int]:
    """A different count for every choice (1, 2, 3...), so each one is found by its number."""
    return {
        letter: number
        for number, (letter, _) in enumerate(lettered_choices(question, order), start=1)
    }


def counted(question: Question, counts: dict[str, int]) -> Tally:
    """The tally after the facilitator typed each choice's letter and then its count."""
    tally = empty_tally(question)
    for letter, number in counts.items():
        tally = tally.pick(letter)
        for digit in str(number):
            tally = tally.type_digit(digit, 0.0)
    return tally


def missing_on(text: str, question: Question, order, counts: dict[str, int]) -> list[str]:
    """What one slide lacks: each choice whole, each with its count on its own line."""
    lines = text.splitlines()
    for letter, _ in lettered_choices(question, order):  # the count column, where beside
        beside = re.compile(rf"\s+█*\s?{counts[letter]}(\s[◀✓].*)?\s*$")
        lines = [
            beside.sub("", line) if re.search(rf"(^|\s){letter}\. ", line) else line
            for line in lines
        ]
    flat = " ".join(" ".join(lines).split())
    missing = []
    for letter, choice in lettered_choices(question, order):
        if not re.search(rf"(^|\s){letter}\. ", text):
            missing.append(f"{letter}. is not on the slide")
            continue
        if " ".join(choice.text.split()[-3:]) not in flat:
            missing.append(f"{letter}. is cut")
        row = re.compile(rf"(^|\s){letter}\.? .*\b{counts[letter]}\b")
        if not any(row.search(line) for line in text.splitlines()):
            missing.append(f"{letter}: its count {counts[letter]} is not beside it or charted")
    return missing


def slide_text(piece: CutSlide) -> str:
    return "\n".join(line.plain for line in piece.lines)


def problems_of(deck: Deck, part: int, order, area: SlideArea) -> list[str]:
    """Everything wrong with one question's slides at one size, counted and then revealed."""
    piece = deck.parts[part]
    question = piece.question
    assert question is not None
    counts = counts_for(question, order)
    tally = counted(question, counts)
    where = f"{deck.lesson.id} Q{piece.number} at {area.width}x{area.height}"
    problems = []
    for revealed in (False, True):
        state = "revealed" if revealed else "counted"
        _, pieces = cut_question(
            question,
            piece.number,
            deck.question_count,
            tally,
            revealed,
            order,
            area,
            piece.heading,
        )
        holding = [cut for cut in pieces if holds_answers(cut)]
        if len(holding) != 1:
            problems.append(f"{where} {state}: choices and counts on {len(holding)} slides")
            continue
        text = slide_text(holding[0])
        problems += [f"{where} {state}: {m}" for m in missing_on(text, question, order, counts)]
        if len(holding[0].lines) > area.body_height(piece.heading):
            problems.append(f"{where} {state}: taller than the screen")
        if any(line.cell_length > area.measure for line in holding[0].lines):
            problems.append(f"{where} {state}: a line wider than the screen")
        if revealed and ("✓" not in text or "◀ counting" in text):
            problems.append(f"{where} revealed: no ✓ mark, or ◀ counting still shown")
        if not revealed and "◀" not in text:
            problems.append(f"{where} counted: the letter being counted is not marked")
    return problems


def test_the_course_is_the_whole_course() -> None:
    """The check below runs over the real course, not a sample of it."""
    assert len(DECKS) >= 45 and QUESTION_COUNT >= 248


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_question_fits_with_its_hands(size) -> None:
    area = SlideArea(*size)
    shuffler = random.Random(16)
    problems, checked = [], 0
    for deck in DECKS:
        for part, piece in enumerate(deck.parts):
            if piece.question is None:
                continue
            for order in (
                tuple(choice.id for choice in piece.question.natural_order()),
                room_order(piece.question, shuffler),
            ):
                problems += problems_of(deck, part, order, area)
            checked += 1
    assert checked == QUESTION_COUNT
    assert problems == []


def _sample() -> list[tuple[str, int]]:
    """A few questions to present for real: the 5-choice Q4 of "How IOP works", the question
    with the most choices, the one with the longest choices and the one with the longest
    story before its choices."""
    questions = [
        (deck, part, piece.question)
        for deck in DECKS
        for part, piece in enumerate(deck.parts)
        if piece.question is not None
    ]
    iop = next(deck for deck in DECKS if deck.lesson.title == "How IOP works")
    q4 = next(part for part, piece in enumerate(iop.parts) if piece.number == 4)
    picked = [(iop.lesson.id, q4)]
    for measure in (
        lambda question: len(question.choices),
        lambda question: sum(len(choice.text) for choice in question.choices),
        lambda question: len(question.scenario),
    ):
        deck, part, _ = max(questions, key=lambda found, m=measure: m(found[2]))
        if (deck.lesson.id, part) not in picked:
            picked.append((deck.lesson.id, part))
    return picked


@pytest.mark.parametrize("lesson_id, part", _sample())
async def test_the_screen_draws_what_the_layout_said(lesson_id, part, beacon) -> None:
    from iop_course.present.settings import PresentSettings
    from iop_course.ui.present.present_app import PresentApp

    deck = build_deck(COURSE, lesson_id)
    question = deck.parts[part].question
    app = PresentApp(COURSE, PresentSettings(), deck, beacon)
    async with app.run_test(size=SIZES[0]) as pilot:
        screen = app.screen
        await pilot.pause()
        screen._go(next(n for n, slide in enumerate(screen._slides) if slide.part == part))
        await pilot.pause()
        order = screen.room_order(part)
        counts = counts_for(question, order)
        for letter, number in counts.items():
            await pilot.press(letter.lower(), *str(number))
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            area = SlideArea(*size)
            for revealed in (True, False):
                await pilot.press("r")
                await pilot.pause()
                text = screen_text(app)
                assert missing_on(text, question, order, counts) == [], (size, revealed)
                _, pieces = cut_question(
                    question,
                    deck.parts[part].number,
                    deck.question_count,
                    counted(question, counts),
                    revealed,
                    order,
                    area,
                    deck.parts[part].heading,
                )
                [drawn] = [cut for cut in pieces if holds_answers(cut)]
                shown = [" ".join(line.split()) for line in text.splitlines()]
                for line in slide_text(drawn).splitlines():
                    assert " ".join(line.split()) in shown, (size, revealed, line)
