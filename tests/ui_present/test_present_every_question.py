"""Every question of every lesson, projected at 60x20 and 80x24: with hands counted for every
choice, and again after the reveal, the choices and their counts are on one slide and no choice
is cut; after the reveal the right ones are marked and "◀ counting" is gone."""

from __future__ import annotations

import re

import pytest

from iop_course.content.loader import load_course
from iop_course.content.locate import builtin_content_dir
from iop_course.present.deck import build_deck
from iop_course.present.room_question import lettered_choices
from iop_course.present.settings import PresentSettings
from iop_course.ui.present.present_app import PresentApp
from tests.ui.conftest import screen_text

COURSE = load_course(builtin_content_dir())
LESSONS = [lesson.id for lesson in COURSE.lessons()]
SIZES = ((60, 20), (80, 24))


async def go_to_part(pilot, screen, part: int) -> None:
    """Show the first slide of ``part`` (as pressing → would, without a press per slide)."""
    screen._go(next(n for n, slide in enumerate(screen._slides) if slide.part == part))
    await pilot.pause()


def missing_on(text: str, question, order, counts: dict[str, int]) -> list[str]:
    """What one screen lacks: each choice whole, each with its count on its own line."""
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


@pytest.mark.parametrize("lesson_id", LESSONS)
async def test_every_question_fits_with_its_hands_at_60x20_and_80x24(lesson_id, beacon):
    deck = build_deck(COURSE, lesson_id)
    app = PresentApp(COURSE, PresentSettings(), deck, beacon)
    problems: list[str] = []
    questions = [(part, piece) for part, piece in enumerate(deck.parts) if piece.question]
    counts_of: dict[int, dict[str, int]] = {}
    async with app.run_test(size=SIZES[0]) as pilot:
        await pilot.pause()
        screen = app.screen
        for size in SIZES:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            for part, piece in questions:
                order = screen.room_order(part)
                choices = lettered_choices(piece.question, order)
                await go_to_part(pilot, screen, part)
                if part not in counts_of:  # counted once, at the first size, by keys
                    counts_of[part] = {}
                    for number, (letter, _) in enumerate(choices, start=1):
                        counts_of[part][letter] = number  # all differ, so each is found
                        await pilot.press(letter.lower(), str(number))
                else:
                    await pilot.press("r")  # hide the answer again: the counted view
                where = f"{size[0]}x{size[1]} Q{piece.number}"
                text = screen_text(app)
                problems += [
                    f"{where} counted: {m}"
                    for m in missing_on(text, piece.question, order, counts_of[part])
                ]
                await pilot.press("r")
                text = screen_text(app)
                problems += [
                    f"{where} revealed: {m}"
                    for m in missing_on(text, piece.question, order, counts_of[part])
                ]
                if "✓" not in text or "◀ counting" in text:
                    problems.append(f"{where} revealed: no ✓ mark, or ◀ counting still shown")
    assert problems == [], f"{lesson_id}: {problems}"
