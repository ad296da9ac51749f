"""The parsers of the commands a facilitator and an author use (``serve``, ``present``,
``export``) and the place options every command shares, kept apart from ``iop_course.cli`` so
that module stays a short list of commands. Nothing here loads the course: each check that needs
it imports it when the option is given, so ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iop_course.commands.course_parser import CourseParser
from iop_course.i18n import _


def add_serve_parser(commands: argparse._SubParsersAction) -> None:
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
    add_place_options(serve)


def add_present_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
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
        metavar=_("LESSON"),
        help=_(
            "the lesson's id, as --list shows it, or its short name (high-risk-situations) "
            "when that names one lesson (default: pick from a list)"
        ),
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
    add_content_option(present)
    return present


def add_export_parser(commands: argparse._SubParsersAction) -> None:
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
        metavar=_("LESSON"),
        help=_("the lesson's id, such as 02-relapse-prevention/02-high-risk-situations"),
    )
    handout.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=_("FILE"),
        help=_("where to write it (default: LESSON-handout.html here)"),
    )
    handout.add_argument(
        "--facilitator",
        action="store_true",
        help=_("add the group plans and the quiz with its answer key"),
    )
    add_content_option(handout)
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
        metavar=_("FILE"),
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
        metavar=_("PART"),
        type=plan_part,
        help=_("only these parts of the plan (default: all; a wrong name lists the parts)"),
    )
    add_place_options(plan)


def add_place_options(parser: argparse.ArgumentParser) -> None:
    """--content and --data-dir, as every command that opens the learner's course takes them."""
    add_content_option(parser)
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_(
            "keep your progress in DIR (or set IOP_COURSE_DATA_DIR); "
            "by default it is in your user data folder"
        ),
    )


def add_content_option(parser: argparse.ArgumentParser) -> None:
    """--content: another course folder (left unset when not given, so a command's own
    --content does not hide the one given before it)."""
    parser.add_argument(
        "--content",
        type=Path,
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_("use the lessons/ and quizzes/ in DIR instead of the built-in course"),
    )
