"""Helpers for driving a quiz whose choices are shuffled: find a choice's key by its words."""

from __future__ import annotations

import re

from textual.app import App
from textual.pilot import Pilot

from iop_course.ui.widgets.choice_list import ChoiceList


def choice_key(app: App, text: str) -> str:
    """The number key of the choice with these words, in the order shown right now."""
    choices = app.screen.query_one(ChoiceList).choices
    return str(next(number for number, choice in enumerate(choices, 1) if choice.text == text))


def shown_choices(app: App) -> list[str]:
    """The words of the choices, in the order shown right now."""
    return [choice.text for choice in app.screen.query_one(ChoiceList).choices]


async def press_choices(pilot: Pilot, *texts: str) -> None:
    """Press the number key of each choice named, in turn."""
    for text in texts:
        await pilot.press(choice_key(pilot.app, text))
    await pilot.pause()


def seed_quiz_order(app: App, lesson_id: str, seed: int) -> None:
    """Save a fresh quiz session with a known order of choices, so a picture never changes."""
    import random

    from iop_course.content import loader
    from iop_course.content.quiz_session import QuizSession

    opened = loader.open_quiz(app.course.lesson(lesson_id))
    assert opened is not None
    session = QuizSession.start(opened[0], random.Random(seed))
    app.store.save_quiz_session(lesson_id, session.to_dict())


def choice_rows(app: App) -> dict[str, list[str]]:
    """Each choice's lines as the list draws them now, keyed by the choice's words.

    A line that starts a choice has its marker (▸, ✓, ✗ or a space), its number and a dot;
    the lines under it belong to the same choice.
    """
    choices = app.screen.query_one(ChoiceList)
    lines = [line.plain for line in choices.lines(choices.content_size.width)]
    rows: list[list[str]] = []
    for line in lines:
        if re.match(r"^[▸✓✗ ] +\d+\. ", line) and not line.startswith(" " * 6):
            rows.append([line])
        else:
            rows[-1].append(line)
    return {choice.text: row for choice, row in zip(choices.choices, rows, strict=True)}


def click_offset(app: App, text: str) -> tuple[int, int]:
    """Where to click, inside the choice list, to pick the choice with these words."""
    choices = app.screen.query_one(ChoiceList)
    lines = [line.plain for line in choices.lines(choices.content_size.width)]
    number = choice_key(app, text)
    row = next(
        index for index, line in enumerate(lines) if re.match(rf"^[▸✓✗ ] +{number}\. ", line)
    )
    return (8 + choices.styles.gutter.left, row + choices.styles.gutter.top)


async def wait_for_answers(pilot: Pilot, limit: float = 5.0) -> None:
    """Wait until the question on screen takes answers (a key typed sooner is not one)."""
    from iop_course.ui.screens.answering_screen import AnsweringScreen

    waited = 0.0
    await pilot.pause()
    while (
        isinstance(pilot.app.screen, AnsweringScreen)
        and pilot.app.screen.too_soon_to_answer()
        and waited < limit
    ):
        await pilot.pause(0.05)
        waited += 0.05
