"""A learner's progress as numbers: lessons done per module, and each quiz's scores over time.

The progress screen shows these beside its bars and charts, so every picture has its words and
numbers too. Only lessons the course still has are counted, in course order; scores kept for a
lesson that was removed from the content are left out rather than shown without a title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from iop_course.content.model import Course
from iop_course.store.records import LessonProgress, LessonStatus, QuizScore


@dataclass(frozen=True)
class QuizHistory:
    """Every kept score of one lesson's quiz, oldest first (never empty)."""

    lesson_id: str
    title: str
    percents: tuple[int, ...]
    pass_percent: int

    @property
    def last(self) -> int:
        """The latest score, in percent."""
        return self.percents[-1]

    @property
    def best(self) -> int:
        """The best score kept, in percent."""
        return max(self.percents)

    @property
    def tries(self) -> int:
        """How many finished tries are kept (the latest SCORES_KEPT_PER_LESSON at most)."""
        return len(self.percents)


@dataclass(frozen=True)
class ModuleProgress:
    """One module: how many of its lessons are done, and the quizzes taken in it."""

    module_id: str
    title: str
    done: int
    total: int
    quizzes: tuple[QuizHistory, ...]


@dataclass(frozen=True)
class CourseProgress:
    """The whole course for the progress screen, module by module in course order."""

    modules: tuple[ModuleProgress, ...]

    @property
    def done(self) -> int:
        """Lessons done in the whole course."""
        return sum(module.done for module in self.modules)

    @property
    def total(self) -> int:
        """Lessons in the whole course."""
        return sum(module.total for module in self.modules)


def summarize(
    course: Course,
    progress: dict[str, LessonProgress],
    scores_of: Callable[[str], Sequence[QuizScore]],
) -> CourseProgress:
    """The course's progress from the store's records: ``progress`` by lesson id (as
    ``all_lesson_progress`` returns it) and ``scores_of`` a lesson's scores, oldest first."""
    modules = []
    for module in course.modules:
        done = sum(
            1
            for lesson in module.lessons
            if lesson.id in progress and progress[lesson.id].status is LessonStatus.DONE
        )
        quizzes = []
        for lesson in module.lessons:
            scores = scores_of(lesson.id)
            if scores:
                quizzes.append(
                    QuizHistory(
                        lesson.id,
                        lesson.title,
                        tuple(score.percent for score in scores),
                        scores[-1].pass_percent,
                    )
                )
        modules.append(
            ModuleProgress(module.id, module.title, done, len(module.lessons), tuple(quizzes))
        )
    return CourseProgress(tuple(modules))
