"""Reading a lesson in plain mode: its pages in parts, and its worksheets, one prompt at a time.

A part is one paragraph, list, heading or box: what a screen reader takes in at once. Enter reads
the next part (the next page after a page's last part, the quiz after the lesson's last); b reads
the one before. The page reached is saved as it starts, as in the full-screen app, so either
reopens there. A worksheet prompt shows what was written and takes a line to replace it; people to
call are added one per line. The module's intro comes before its first lesson, the first time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iop_course.content.lesson_model import Box, Lesson, TextBlock
from iop_course.content.loader import ContentUnreadable, open_lesson
from iop_course.content.model import LessonInfo
from iop_course.content.worksheet_model import Worksheet, WorksheetPrompt
from iop_course.i18n import _
from iop_course.plain import words
from iop_course.plain.plain_text import parts_of
from iop_course.plain.prompting import Navigate, Prompt, not_a_command, read_line
from iop_course.store.records import LessonPlace, LessonStatus
from iop_course.store.worksheet_answers import (
    LARGEST_ANSWER,
    Contact,
    contacts_from_text,
    contacts_to_text,
)

if TYPE_CHECKING:
    from iop_course.plain.plain_course import PlainCourse

PHONE_AT_END = re.compile(r"^(?P<name>.*?)[\s,:;]*(?P<number>\+?[\d(][\d\s().-]{5,})$")


@dataclass(frozen=True)
class Part:
    """One thing read at a time: text, or a worksheet prompt to answer (``prompt``), led by
    ``text`` (the worksheet's heading and intro, before its first prompt)."""

    page: int
    text: str = ""
    prompt: WorksheetPrompt | None = None
    prompt_number: int = 0
    prompts_on_sheet: int = 0


def read_lesson(course: PlainCourse, info: LessonInfo, from_start: bool = False) -> None:
    """Read ``info`` from the page reached (or page 1) to its end, then its quiz."""
    say = course.console.say
    try:
        lesson, _problems = open_lesson(info)
    except ContentUnreadable as error:
        say(words.CANNOT_OPEN.format(problem=_(error.problem.message)))
        return
    record = course.store.lesson_progress(info.id)
    # Reading again while the quiz is under way keeps the place in the quiz, as in the app.
    save_place = record.where is not LessonPlace.QUIZ
    _module_intro_first(course, info, record.status)
    parts = lesson_parts(lesson)
    if not parts:
        return
    start_page = 0 if from_start else min(record.page, len(lesson.pages) - 1)
    index = next(i for i, part in enumerate(parts) if part.page >= start_page)
    say("")
    say(words.LESSON_TITLE.format(title=info.title))
    shown_page = -1
    while True:
        part = parts[index]
        if part.page != shown_page:
            shown_page = part.page
            if save_place:
                course.store.set_page(info.id, part.page)
        if part.prompt is not None:
            step = _worksheet_step(course, info, part)
        else:
            say(part.text)
            step = _reading_step(course, last=index == len(parts) - 1)
        if step < 0 and index == 0:
            say(words.LESSON_START)
        index = min(max(index + step, 0), len(parts))
        if index == len(parts):
            _finish(course, info)
            return


def lesson_parts(lesson: Lesson) -> list[Part]:
    """Every part of the lesson a learner reads, page by page; a page's title leads its first
    part, so a page starts with what it is about."""
    parts: list[Part] = []
    total = len(lesson.pages)
    for number, page in enumerate(lesson.pages):
        texts = [words.PAGE_TITLE.format(number=number + 1, total=total, title=page.title)]
        for block in page.learner_blocks():
            if isinstance(block, TextBlock):
                texts += parts_of(block.markdown)
            elif isinstance(block, Box):
                kind = block.kind.value
                label = words.BOX[kind] if kind in words.BOX else block.kind.label  # noqa: SIM401 (get would not translate)
                texts.append(f"{label}:\n" + "\n\n".join(parts_of(block.markdown)))
            elif isinstance(block, Worksheet):
                parts += [Part(number, text) for text in _title_joined(texts, parts, number)]
                texts = []
                lead = "\n".join([words.WORKSHEET, *parts_of(block.intro)])
                count = len(block.prompts)
                parts += [
                    Part(number, lead if n == 1 else "", prompt, n, count)
                    for n, prompt in enumerate(block.prompts, start=1)
                ]
        parts += [Part(number, text) for text in _title_joined(texts, parts, number)]
    return parts


def _title_joined(texts: list[str], parts: list[Part], page: int) -> list[str]:
    """A page's title (its first text, while the page has no part yet) joined to the text after
    it: a title is never read alone when there is text to follow it."""
    page_started = any(part.page == page for part in parts)
    if page_started or len(texts) < 2:
        return texts
    return [f"{texts[0]}\n{texts[1]}", *texts[2:]]


def _module_intro_first(course: PlainCourse, info: LessonInfo, status: LessonStatus) -> None:
    """A module's intro, before its first lesson the first time it is opened."""
    module = next(module for module in course.course.modules if module.id == info.module_id)
    if module.lessons[0] != info or status is not LessonStatus.NOT_STARTED or not module.intro:
        return
    say = course.console.say
    say("")
    say(words.MODULE_INTRO.format(title=module.title))
    for text in parts_of(module.intro):
        say(text)


def _reading_step(course: PlainCourse, last: bool) -> int:
    """+1 to read on, -1 to go back."""
    if last:
        course.console.say(words.LESSON_END)
    line = read_line(
        course,
        Prompt(
            (words.GO_ON, words.BACK, words.LESSONS, words.HELP, words.QUIT), frozenset({"", "b"})
        ),
    )
    return -1 if line.strip().lower() == "b" else 1


def _worksheet_step(course: PlainCourse, info: LessonInfo, part: Part) -> int:
    """Show a prompt and its answer; a typed line replaces it (Enter keeps it). +1 or -1."""
    prompt = part.prompt
    assert prompt is not None
    say = course.console.say
    if part.text:
        say(part.text)
    say(
        words.WORKSHEET_PROMPT.format(
            number=part.prompt_number, total=part.prompts_on_sheet, text=prompt.text
        )
    )
    current = next(
        (a.text for a in course.store.worksheet_answers(info.id) if a.prompt_id == prompt.id), ""
    )
    if prompt.asks_for_contacts:
        return _people_step(course, info, prompt, list(contacts_from_text(current)))
    say(words.YOU_WROTE.format(text=current) if current.strip() else words.NOTHING_WRITTEN)
    line = read_line(
        course,
        Prompt(
            (words.REPLACE, words.BACK, words.HELP, words.QUIT),
            frozenset({"", "b"}),
            takes=not_a_command,
        ),
    )
    if line.strip().lower() == "b":
        return -1
    if line.strip():
        _save(course, info, prompt, line.strip())
    return 1


def _people_step(
    course: PlainCourse, info: LessonInfo, prompt: WorksheetPrompt, people: list[Contact]
) -> int:
    """People to call: the list, then one line a person ("Sam 555-0100"), Enter when done."""
    say = course.console.say
    while True:
        listed = "; ".join(words.PERSON.format(name=p.name, number=p.number) for p in people)
        say(words.PEOPLE.format(people=listed) if people else words.NO_PEOPLE)
        line = read_line(
            course,
            Prompt(
                (words.ADD_PERSON, words.BACK, words.HELP, words.QUIT),
                frozenset({"", "b", "clear"}),
                takes=not_a_command,
            ),
        ).strip()
        if line.lower() == "b":
            return -1
        if not line:
            return 1
        if line.lower() == "clear":
            people = []
        else:
            found = PHONE_AT_END.match(line)
            name, number = (found["name"], found["number"]) if found else (line, "")
            people.append(Contact(name.strip(), number.strip()))
        _save(course, info, prompt, contacts_to_text(people))


def _save(course: PlainCourse, info: LessonInfo, prompt: WorksheetPrompt, text: str) -> None:
    say = course.console.say
    if len(text) > LARGEST_ANSWER:
        text = text[:LARGEST_ANSWER]
        say(words.CUT_TO_LIMIT.format(limit=f"{LARGEST_ANSWER:,}"))
    try:
        course.store.save_worksheet_answer(info.id, prompt.id, text)
    except (TypeError, ValueError) as error:
        say(words.NOT_SAVED.format(reason=error))
        return
    say(words.SAVED)


def _finish(course: PlainCourse, info: LessonInfo) -> None:
    """After the last part: the quiz, or (for a lesson without one) done."""
    if info.quiz_path is not None:
        raise Navigate(lambda: course.take_quiz(info))
    course.store.mark_lesson_done(info.id)
    course.console.say(words.LESSON_DONE)
