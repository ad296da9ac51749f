"""The ``iop-course`` command: open the course, check a content folder, show where things are, or
delete them.

Heavy imports (Textual, the parsers) happen inside the command that needs them, so ``--help``,
``paths`` and start-up stay quick. No command lets a traceback reach the person using it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

from iop_course import __version__
from iop_course.i18n import LANGUAGES, N_, _, language_of_locale, set_language

DESCRIPTION = N_(
    "IOP Course: short lessons and quizzes that support intensive outpatient treatment "
    "for substance use. Your progress stays on this computer. Using a screen reader or a "
    "braille display? Run: iop-course --plain"
)


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
    _add_place_options(parser, argparse.SUPPRESS)
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
        metavar="DIR",
        help=_("the folder that holds lessons/ and quizzes/ (default: the built-in course)"),
    )
    stamp = commands.add_parser(
        "stamp",
        help="record in a translation which English text it translates",
        description="For each translation (a file ending in .es.md), write 'translates: "
        "sha256:...' with the hash its English file has now, so 'iop-course check' stops "
        "warning that the English changed. Stamp a translation only once it is up to date "
        "with its English.",
    )
    stamp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a .es.md file")
    paths = commands.add_parser(
        "paths",
        help=_("show where your progress and the course content are kept"),
        description=_("Show where your progress and the course content are kept."),
    )
    _add_place_options(paths, argparse.SUPPRESS)
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
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("the progress folder, if not the usual one"),
    )
    forget.add_argument("--yes", action="store_true", help=_("do not ask (for scripts)"))
    _add_export_parser(commands)
    _add_serve_parser(commands)
    _add_present_parser(commands)
    _add_language_everywhere(parser)
    return parser


def _add_language_everywhere(parser: argparse.ArgumentParser) -> None:
    """``--lang`` on ``parser`` and on each of its commands, down to ``export handout``."""
    _add_language_option(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                _add_language_everywhere(command)


def _add_serve_parser(commands: argparse._SubParsersAction) -> None:
    from iop_course.commands.port import DEFAULT_PORT, DEFAULT_SESSIONS, port_number, session_count

    serve = commands.add_parser(
        "serve",
        help=_("open the course in a web browser (for a room with only a browser)"),
        description=_(
            "Serve the course to a web browser on this computer. Open the address it "
            "shows; each browser window gets its own course. Ctrl+C stops it and closes them all."
        ),
    )
    serve.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        metavar="N",
        help=_("the port to serve on (default: {port})").format(port=DEFAULT_PORT),
    )
    serve.add_argument(
        "--host",
        metavar="H",
        help=_(
            "the address to listen on (default: 127.0.0.1, this computer only; "
            "any other lets others on the network open it)"
        ),
    )
    serve.add_argument(
        "--present",
        action="store_true",
        help=_("serve present mode (iop-course present) instead of the course"),
    )
    serve.add_argument(
        "--max-sessions",
        type=session_count,
        default=DEFAULT_SESSIONS,
        metavar="N",
        help=_(
            "the most browser windows that each run the course at once (default: {count}); a "
            "window past that is told to close another"
        ).format(count=DEFAULT_SESSIONS),
    )
    _add_place_options(serve, argparse.SUPPRESS)


def _add_present_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    present = commands.add_parser(
        "present",
        help=_("project a lesson to a group, one slide at a time"),
        description=_(
            "Project a lesson to a group: a title slide, its pages as slides sized to "
            "the screen, its quiz with a show of hands, and an end slide. Nothing about any "
            "learner (progress, scores, folders) is shown or saved."
        ),
    )
    present.add_argument(
        "lesson",
        nargs="?",
        metavar="LESSON",
        help=_("the lesson's id, as --list shows it (default: pick from a list)"),
    )
    present.add_argument(
        "--list",
        action="store_true",
        dest="list_lessons",
        help=_("print the lessons you can present, and stop"),
    )
    present.add_argument(
        "--notes",
        action="store_true",
        help=_(
            "show the presenter's notes (group plan, answers, next slide, "
            "time) for a present window running on this computer; run it in a "
            "second terminal on your own screen"
        ),
    )
    present.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("use the lessons/ and quizzes/ in DIR instead of the built-in course"),
    )
    return present


def _add_export_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=_("write a lesson as a printable handout (HTML)"),
        description=_("Write course material as one printable HTML file."),
    )
    kinds = export.add_subparsers(
        dest="export_kind", metavar=_("KIND"), required=True, parser_class=CourseParser
    )
    handout = kinds.add_parser(
        "handout",
        help=_("a lesson's pages, room to write, and the help numbers"),
        description=_(
            "Write a lesson as one printable HTML file: its pages, the 'Try this' "
            "prompts with room to write, and the help numbers. It opens in any web browser, "
            "with no internet needed."
        ),
    )
    handout.add_argument(
        "lesson",
        metavar="LESSON",
        help=_("the lesson's id, such as 02-relapse-prevention/02-high-risk-situations"),
    )
    handout.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=_("where to write it (default: LESSON-handout.html here)"),
    )
    handout.add_argument(
        "--facilitator",
        action="store_true",
        help=_("add the group plans and the quiz with its answer key"),
    )
    handout.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("use the lessons/ and quizzes/ in DIR instead of the built-in course"),
    )
    _add_plan_export_parser(kinds)


def plan_part(name: str) -> str:
    """One part of the recovery plan named after --parts, checked only when it is given, so
    ``--help`` and ``--version`` load nothing of the course."""
    from iop_course.content.worksheet_model import ALL_PLAN_CHOICES

    names = [choice.value for choice in ALL_PLAN_CHOICES]
    if name not in names:
        raise argparse.ArgumentTypeError(
            _("'{name}' is not a part of the plan; the parts are: {parts}").format(
                name=name, parts=", ".join(names)
            )
        )
    return name


def _add_plan_export_parser(kinds: argparse._SubParsersAction) -> None:
    plan = kinds.add_parser(
        "plan",
        help=_("your recovery plan, from what you wrote in the lessons"),
        description=_(
            "Write your recovery plan (what you wrote in the lessons' worksheets, and "
            "the help numbers) as one printable HTML file that only you can open. It opens in any "
            "web browser, with no internet needed."
        ),
    )
    plan.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=_(
            "where to write it (default: my-recovery-plan.html here); a file there "
            "already is left as it is and the next free name is taken (-2, -3...)"
        ),
    )
    plan.add_argument(
        "--force",
        action="store_true",
        help=_(
            "replace the file at FILE (or the default name) instead of taking the next free name"
        ),
    )
    plan.add_argument(
        "--card",
        action="store_true",
        help=_(
            "a wallet card instead of the one-page plan: people to call, three help numbers "
            "and three things you do instead (default file: my-wallet-card.html)"
        ),
    )
    plan.add_argument(
        "--parts",
        nargs="+",
        metavar="PART",
        type=plan_part,
        help=_("only these parts of the plan (default: all; a wrong name lists the parts)"),
    )
    _add_place_options(plan, argparse.SUPPRESS)


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


def _add_place_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        default=default,
        help=_("use the lessons/ and quizzes/ in DIR instead of the built-in course"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help=_(
            "keep your progress in DIR (or set IOP_COURSE_DATA_DIR); "
            "by default it is in your user data folder"
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
