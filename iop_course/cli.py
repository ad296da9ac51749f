"""The ``iop-course`` command: open the course, check a content folder, show where things are, or
delete them.

Heavy imports (Textual, the parsers) happen inside the command that needs them, so ``--help``,
``paths`` and start-up stay quick. No command lets a traceback reach the person using it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iop_course import __version__
from iop_course.commands.course_parser import CourseParser, speak_argparse_in_learners_language
from iop_course.commands.parsers import (
    add_export_parser,
    add_place_options,
    add_present_parser,
    add_serve_parser,
)
from iop_course.i18n import LANGUAGES, N_, _, language_of_locale, set_language

DESCRIPTION = N_(
    "IOP Course: short lessons and quizzes that support intensive outpatient treatment "
    "for substance use. Your progress stays on this computer. Using a screen reader or a "
    "braille display? Run: iop-course --plain"
)


def build_parser() -> argparse.ArgumentParser:
    """The command-line options, worded for people who are not programmers."""
    parser = CourseParser(prog="iop-course", description=_(DESCRIPTION))
    parser.add_argument(
        "--version",
        action="version",
        version=f"iop-course {__version__}",
        help=_("show the version number and stop"),
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help=_(
            "the course as plain lines of text, one part at a time, for a screen reader, a "
            "braille display or a basic console (no colours, boxes or moving cursor)"
        ),
    )
    add_place_options(parser)
    commands = parser.add_subparsers(
        dest="command", metavar=_("COMMAND"), title=_("commands"), parser_class=CourseParser
    )
    check = commands.add_parser(
        "check",
        help=_("check a content folder for mistakes"),
        description=_(
            "Check every lesson and quiz in a content folder. Each mistake is shown as "
            "path:line: message. Exits with 1 when there is a mistake, 0 when there is none."
        ),
    )
    check.add_argument(
        "folder",
        nargs="?",
        type=Path,
        metavar=_("DIR"),
        help=_("the folder that holds lessons/ and quizzes/ (default: the built-in course)"),
    )
    stamp = commands.add_parser(
        "stamp",
        help=_("record in a translation which English text it translates"),
        description=_(
            "For each translation (a file ending in .es.md), write 'translates: sha256:...' "
            "with the hash its English file has now, so 'iop-course check' stops warning that "
            "the English changed. Stamp a translation only once it is up to date with its "
            "English."
        ),
    )
    stamp.add_argument("files", nargs="+", type=Path, metavar=_("FILE"), help=_("a .es.md file"))
    paths = commands.add_parser(
        "paths",
        help=_("show where your progress and the course content are kept"),
        description=_("Show where your progress and the course content are kept."),
    )
    add_place_options(paths)
    forget = commands.add_parser(
        "forget",
        help=_("delete every file the course keeps about you (asks first)"),
        description=_(
            "Delete every file IOP Course keeps about you (the files 'iop-course "
            "paths' lists). It shows them and asks you to type DELETE first."
        ),
    )
    forget.add_argument(
        "--data-dir",
        type=Path,
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_("the progress folder, if not the usual one"),
    )
    forget.add_argument("--yes", action="store_true", help=_("do not ask (for scripts)"))
    add_export_parser(commands)
    add_serve_parser(commands)
    add_present_parser(commands)
    _add_language_everywhere(parser)
    return parser


def _add_language_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--lang`` on ``parser`` and on each of its commands, down to ``export handout``."""
    _add_language_option(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                _add_language_everywhere(command)


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang``, on the main command and on every command (given after the command, it is
    still taken); without it the locale decides (i18n.language_of_locale)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "the language of the course: es (Español) or en (English); "
            "by default the one your computer's locale names (LC_ALL, LC_MESSAGES, LANG)"
        ),
    )


def _language_asked(argv: list[str]) -> str | None:
    """The language ``--lang`` names in ``argv`` (before it is parsed), if a known one."""
    for index, word in enumerate(argv):
        value = argv[index + 1] if word == "--lang" and index + 1 < len(argv) else None
        if word.startswith("--lang="):
            value = word.partition("=")[2]
        if value in LANGUAGES:
            return value
    return None


def main(argv: list[str] | None = None) -> int:
    """Run a command and return its exit code; errors are told in words, never as a traceback."""
    asked = _language_asked(sys.argv[1:] if argv is None else argv)
    set_language(asked or language_of_locale())  # before the parser: --help in that language
    speak_argparse_in_learners_language()
    args = build_parser().parse_args(argv)
    chosen_language = getattr(args, "lang", None)
    set_language(chosen_language or language_of_locale())
    content = getattr(args, "content", None)
    data_dir = getattr(args, "data_dir", None)
    try:
        if args.command == "check":
            from iop_course.commands.check import run_check

            return run_check(args.folder)
        if args.command == "stamp":
            from iop_course.commands.stamp import run_stamp

            return run_stamp(args.files)
        if args.command == "export":
            if args.export_kind == "plan":
                from iop_course.commands.export import run_export_plan

                return run_export_plan(
                    args.output, args.parts, data_dir, content, card=args.card, force=args.force
                )
            from iop_course.commands.export import run_export_handout

            return run_export_handout(args.lesson, args.output, args.facilitator, content)
        if args.command == "forget":
            from iop_course.commands.forget import run_forget

            return run_forget(data_dir, args.yes)
        if args.command == "serve":
            from iop_course.commands.serve import run_serve

            return run_serve(
                args.port, args.host, args.present, content, data_dir, args.max_sessions
            )
        if args.command == "present":
            from iop_course.commands.present import present_folder, run_present

            data_dir = present_folder()  # an unexpected error is noted here, not with a learner's
            if args.notes:
                from iop_course.commands.present_notes import run_notes

                return run_notes(content)
            return run_present(args.lesson, args.list_lessons, content)
        if args.command == "paths":
            from iop_course.commands.paths import show_paths

            return show_paths(content, data_dir)
        if args.plain:
            from iop_course.commands.plain import run_plain

            return run_plain(content, data_dir, chosen_language)
        from iop_course.commands.open_course import open_course

        return open_course(content, data_dir, chosen_language)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from iop_course.crash import report_crash

        return report_crash(error, data_dir)


if __name__ == "__main__":
    sys.exit(main())
