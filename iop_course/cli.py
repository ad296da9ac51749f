"""The ``iop-course`` command: open the course, check a content folder, or show where things are.

Heavy imports (Textual, the parsers) happen inside the command that needs them, so ``--help``,
``paths`` and start-up stay quick. No command lets a traceback reach the person using it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iop_course import __version__

DESCRIPTION = (
    "IOP Course: short lessons and quizzes that support intensive outpatient treatment "
    "for substance use. Your progress stays on this computer."
)


def build_parser() -> argparse.ArgumentParser:
    """The command-line options, worded for people who are not programmers."""
    parser = argparse.ArgumentParser(prog="iop-course", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"iop-course {__version__}")
    _add_place_options(parser, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check", help="check a content folder for mistakes",
        description="Check every lesson and quiz in a content folder. Each mistake is shown as "
        "path:line: message. Exits with 1 when there is a mistake, 0 when there is none.",
    )
    check.add_argument(
        "folder", nargs="?", type=Path, metavar="DIR",
        help="the folder that holds lessons/ and quizzes/ (default: the built-in course)",
    )
    paths = commands.add_parser(
        "paths", help="show where your progress and the course content are kept",
        description="Show where your progress and the course content are kept.",
    )
    _add_place_options(paths, argparse.SUPPRESS)
    _add_export_parser(commands)
    return parser


def _add_export_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export", help="write a lesson as a printable handout (HTML)",
        description="Write course material as one printable HTML file.",
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    handout = kinds.add_parser(
        "handout", help="a lesson's pages, room to write, and the help numbers",
        description="Write a lesson as one printable HTML file: its pages, the 'Try this' "
        "prompts with room to write, and the help numbers. It opens in any web browser, "
        "with no internet needed.",
    )
    handout.add_argument("lesson", metavar="LESSON",
                         help="the lesson's id, such as 02-relapse-prevention/02-high-risk-situations")
    handout.add_argument("-o", "--output", type=Path, metavar="FILE",
                         help="where to write it (default: LESSON-handout.html here)")
    handout.add_argument("--facilitator", action="store_true",
                         help="add the group plans and the quiz with its answer key")
    handout.add_argument("--content", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                         help="use the lessons/ and quizzes/ in DIR instead of the built-in course")
    _add_plan_export_parser(kinds)


def _add_plan_export_parser(kinds: argparse._SubParsersAction) -> None:
    from iop_course.content.model import ALL_PLAN_CHOICES

    names = [choice.value for choice in ALL_PLAN_CHOICES]

    plan = kinds.add_parser(
        "plan", help="your recovery plan, from what you wrote in the lessons",
        description="Write your recovery plan (what you wrote in the lessons' worksheets, and "
        "the help numbers) as one printable HTML file that only you can open. It opens in any "
        "web browser, with no internet needed.",
    )
    plan.add_argument("-o", "--output", type=Path, metavar="FILE",
                      help="where to write it (default: my-recovery-plan.html here)")
    plan.add_argument("--parts", nargs="+", metavar="PART", choices=names,
                      help=f"only these parts: {', '.join(names)} (default: all)")
    _add_place_options(plan, argparse.SUPPRESS)


def _add_place_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--content", type=Path, metavar="DIR", default=default,
        help="use the lessons/ and quizzes/ in DIR instead of the built-in course",
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", default=default,
        help="keep your progress in DIR (or set IOP_COURSE_DATA_DIR); "
        "by default it is in your user data folder",
    )


def main(argv: list[str] | None = None) -> int:
    """Run a command and return its exit code; errors are told in words, never as a traceback."""
    args = build_parser().parse_args(argv)
    content = getattr(args, "content", None)
    data_dir = getattr(args, "data_dir", None)
    try:
        if args.command == "check":
            from iop_course.commands.check import run_check

            return run_check(args.folder)
        if args.command == "export":
            if args.export_kind == "plan":
                from iop_course.commands.export import run_export_plan

                return run_export_plan(args.output, args.parts, data_dir, content)
            from iop_course.commands.export import run_export_handout

            return run_export_handout(args.lesson, args.output, args.facilitator, content)
        if args.command == "paths":
            from iop_course.commands.paths import show_paths

            return show_paths(content, data_dir)
        from iop_course.commands.open_course import open_course

        return open_course(content, data_dir)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last guard before a person sees a traceback
        from iop_course.commands.crash import report_crash

        return report_crash(error, data_dir)


if __name__ == "__main__":
    sys.exit(main())
