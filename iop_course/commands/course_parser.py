"""The parser every ``iop-course`` command is built with: its own words (usage, headings, -h) in
the learner's language, and help text that never breaks a command such as
``iop-course --plain`` at its hyphen.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from iop_course.i18n import N_, _, ngettext

# argparse's own words (its errors, and -h of a parser made without CourseParser), which it
# looks up each time it says them through its module's ``_`` and ``ngettext``: the standard
# gettext's, which has no Spanish for it. They are in the course's catalog (marked here) and
# said through it (``speak_argparse_in_learners_language``). "usage: ", "positional arguments"
# and "options" are said below too.
ARGPARSE_WORDS = (
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
    N_("show this help message and exit"),
)
# Marked for the catalog (said in English here, at import; argparse asks for it by its count).
ARGPARSE_PLURAL = ngettext("expected %s argument", "expected %s arguments", 2)


def speak_argparse_in_learners_language() -> None:
    """Have argparse say its own words (errors such as "the following arguments are required")
    through the course's catalog, in the active language; in English they are argparse's own,
    word for word (English is the catalog's key). For the ``iop-course`` process only: the
    command line is its one parser."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


class UsageInLanguage(argparse.HelpFormatter):
    """argparse's help layout, with "usage:" in the learner's language, and lines that never
    break a command such as ``iop-course --plain`` at its hyphen."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = " ".join(text.split())
        return textwrap.fill(
            text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        )

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class CourseParser(argparse.ArgumentParser):
    """A command's parser whose own words (usage, headings, -h) are in the learner's language;
    argparse's error messages stay as argparse words them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", UsageInLanguage)
        kwargs["add_help"] = False  # its own -h, worded in the learner's language
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help=_("show this help")
        )
