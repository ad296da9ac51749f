"""The command palette's commands (ctrl+p), in the learner's language.

The course's own commands come after Textual's, whose titles and help are said in the learner's
language too (``textual_commands``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from iop_course.i18n import _
from iop_course.ui.language_choice import language_commands
from iop_course.ui.screens import review_words
from iop_course.ui.textual_commands import KEYS_HELP, in_learners_words, keys_in_learners_words

if TYPE_CHECKING:
    from iop_course.ui.app import CourseApp

SCREENSHOT = "Screenshot"  # Textual's command, left out while presenting


def course_commands(app: CourseApp, presenting: bool) -> Iterator[SystemCommand]:
    """The course's commands; while ``presenting``, only those that show nothing of the
    learner's (no plan, progress or review on a projected screen)."""
    yield SystemCommand(_("Get help now"), _("Crisis lines and helplines"), app.action_get_help)
    yield SystemCommand(_("How to use"), _(KEYS_HELP), app.action_how_to_use)
    if presenting:
        return
    yield SystemCommand(_("Today's review"), _(review_words.PALETTE_HELP), app.open_review)
    yield SystemCommand(
        _("Present a lesson to a group"),
        _("Project a lesson, slide by slide; nothing about you is shown"),
        app.action_present,
    )
    yield SystemCommand(
        _("Content problems"),
        _("Files in the course that could not be read"),
        app.show_content_problems,
    )
    yield SystemCommand(
        _("My progress"), _("Lessons done and quiz scores over time"), app.action_show_progress
    )
    yield SystemCommand(
        _("Delete my data"),
        _("Remove everything the course keeps about you on this computer (asks first)"),
        app.action_delete_my_data,
    )
    yield SystemCommand(
        _("My recovery plan"),
        _("What you wrote for your plan, and a copy to print"),
        app.show_recovery_plan,
    )
    yield from language_commands(app)


def all_commands(app: CourseApp, textual: Iterable[SystemCommand]) -> Iterator[SystemCommand]:
    """Textual's commands (``textual``) then the course's, all in the learner's words (but no
    Screenshot while presenting: the projector is not the place to save one)."""
    presenting = app.present_mode is not None and app.present_mode.active
    offered = (command for command in textual if not (presenting and command.title == SCREENSHOT))
    yield from in_learners_words(keys_in_learners_words(app, offered))
    yield from course_commands(app, presenting)
