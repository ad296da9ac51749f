"""Switching the course's language from the command palette, and remembering the choice.

The learner's choice is kept with their settings (as the theme is) and outranks the locale the
next time the course opens (``--lang`` outranks both, for that run). Every screen says its words
when it is drawn, so after a switch the screens are drawn again: the course list is rebuilt and
the lesson or quiz the learner was in is reopened at the same place, in the new language.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from iop_course.content.loader import load_course
from iop_course.i18n import (
    LANGUAGE_SETTING,
    LANGUAGES,
    N_,
    _,
    active_language,
    language_name,
    set_language,
)
from iop_course.store import LessonPlace

if TYPE_CHECKING:
    from iop_course.ui.app import CourseApp

COMMAND = N_("Language: {name}")
COMMAND_HELP = N_("Show the course in {name}")
# Each language named in the language the learner reads now ("Show the course in Spanish").
NAMED_IN_ENGLISH = {"en": N_("English"), "es": N_("Spanish")}
SWITCHED = N_("The course is now in English.")


def language_commands(app: CourseApp) -> Iterator[SystemCommand]:
    """A palette command for each language the course is not in now."""
    for language in LANGUAGES:
        if language != active_language():
            yield SystemCommand(
                _(COMMAND).format(name=language_name(language)),
                _(COMMAND_HELP).format(name=_(NAMED_IN_ENGLISH[language])),
                lambda chosen=language: switch_language(app, chosen),
            )


def switch_language(app: CourseApp, language: str) -> None:
    """Speak ``language`` from now on, remember it for next time, and draw the screens again."""
    if language == active_language():
        return
    set_language(language)
    app.store.set_setting(LANGUAGE_SETTING, language)
    app.run_worker(show_again(app), exclusive=True, group="language")


async def show_again(app: CourseApp) -> None:
    """Draw the course again in the language just chosen: the course list (the screen at the
    bottom, composed afresh), then the lesson or quiz the learner was in (at the place saved),
    then a note that the language changed."""
    was_in = app._resume_target()
    app.course = load_course(app.course.root, active_language())  # its Spanish pairs, or not
    app.use_store(app.store)  # today's review is drawn from the course in its new language
    app.present_mode = None  # made again, on the new course, when next asked for
    app.content_check.start_soon()  # the checker looks at the new language's translations
    app.title = _(app.TITLE)
    while len(app.screen_stack) > 1:
        await app.pop_screen()
    await app.screen.recompose()
    if was_in is not None:
        app.open_lesson(was_in.lesson_id, quiz=was_in.where is LessonPlace.QUIZ)
    app.notify(_(SWITCHED), markup=False)
