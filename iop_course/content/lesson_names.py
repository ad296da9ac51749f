"""A lesson found by the name a facilitator types: its id, or the end of its id.

``export handout`` and ``present`` both take a LESSON on the command line and find it here, so
a short name (``02-high-risk-situations`` or ``high-risk-situations``) works the same in both,
and a name that could mean several lessons names them in both.
"""

from __future__ import annotations

from iop_course.content.model import Course, LessonInfo


def find_lesson(course: Course, wanted: str) -> tuple[LessonInfo | None, list[LessonInfo]]:
    """The lesson named by its id, or by the end of its id when that names one lesson only
    (``02-high-risk-situations``); else None and the lessons the name could mean."""
    name = wanted.strip().strip("/").removesuffix(".md")
    exact = course.lesson(name)
    if exact is not None:
        return exact, [exact]
    matches = [
        info
        for info in course.lessons()
        if info.id.endswith("/" + name) or info.id.split("/")[-1].split("-", 1)[-1] == name
    ]
    return (matches[0] if len(matches) == 1 else None), matches
