"""The parser every ``iop-course`` command is built with: its own words (usage, headings, -h) in
the learner's language, and help text that never breaks a command such as
``iop-course --plain`` at its hyphen.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from iop_course.i18n import _


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
