"""Where the learner was when the course closed, kept as a setting both front ends share.

The full-screen app reopens a lesson or quiz only when the learner closed it there ("lesson" or
"quiz"); after a quiz's result or on the list of lessons it is "home". Plain mode writes the same
setting, so either front end picks up where the other stopped.
"""

from __future__ import annotations

from iop_course.content.model import Course
from iop_course.store import LessonProgress, ProgressStore

WHERE_SETTING = "screen"
HOME = "home"
LESSON = "lesson"
QUIZ = "quiz"


def lesson_to_resume(store: ProgressStore, course: Course) -> LessonProgress | None:
    """The lesson to reopen at start-up (the learner closed the app in it, and the course
    still has it), or None to start on the list of lessons."""
    if store.get_setting(WHERE_SETTING, HOME) == HOME:
        return None  # most starts: no need to look through every lesson the learner opened
    last = store.last_location()
    if last is None or course.lesson(last.lesson_id) is None:
        return None
    return last
