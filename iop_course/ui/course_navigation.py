"""Going to a place in the course: a lesson (at the page reached, or its module's intro first), its
quiz, today's review, the recovery plan, My progress, and the content problems.

A mixin of CourseApp (app.py), kept apart so the app class stays a small router; screens call
these methods through ``course_app(self)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from iop_course.content import loader
from iop_course.content.loader import ContentUnreadable
from iop_course.content.model import LessonInfo, Module
from iop_course.i18n import N_, _
from iop_course.review.clock import Clock
from iop_course.store import LessonPlace, LessonStatus
from iop_course.ui.content_check import ContentCheck
from iop_course.ui.saving_watch import SavingWatch
from iop_course.ui.screens import review_words
from iop_course.ui.todays_review import TodaysReview

if TYPE_CHECKING:
    from iop_course.content.lesson_model import Lesson
    from iop_course.review.deck import ReviewDeck, ReviewItem

LESSON_UNREADABLE = N_("This lesson could not be opened: {problem}")


class CourseNavigation(SavingWatch):
    """Opens the course's screens, each parsed or built before it is pushed, so a file that
    cannot be read is told in words and the learner stays where they were."""

    todays_review: TodaysReview
    _reviews: ReviewDeck | None
    _review_clock: Clock

    @property
    def reviews(self) -> ReviewDeck:
        """The spaced review deck over the current store, made when first needed (in the
        worker that builds today's review: fsrs is not loaded before)."""
        if self._reviews is None:
            from iop_course.review.deck import ReviewDeck

            self._reviews = ReviewDeck(self.store, self.course, clock=self._review_clock)
        return self._reviews

    def open_lesson(
        self, lesson_id: str, quiz: bool = False, from_start: bool = False, intro: bool = True
    ) -> None:
        """Open a lesson at the page the learner reached (or its first page), or its quiz.

        A module's first lesson, never opened before, is preceded by the module's intro (unless
        ``intro`` is False: the intro itself opens the lesson). Re-reading a lesson whose quiz
        is under way keeps the saved place in the quiz, so Continue still goes there. The lesson
        is parsed here, before any screen is made, so a file that cannot be read is told in
        words and the learner stays where they were; a long one is parsed in a thread while a
        screen says it is opening (``OpeningLessonScreen``), so the app never freezes.
        """
        info = self.course.lesson(lesson_id)
        if info is None:
            return
        if quiz and info.quiz_path is not None:
            self.start_quiz(info)
            return
        record = self.store.lesson_progress(lesson_id)
        module = next(module for module in self.course.modules if module.id == info.module_id)
        if intro and module.lessons[0] == info and record.status is LessonStatus.NOT_STARTED:
            self.show_module_intro(module, info)
            return
        from iop_course.ui.screens.lesson import LessonScreen
        from iop_course.ui.screens.opening_lesson import (
            LONG_LESSON_BYTES,
            OpeningLessonScreen,
            file_size,
        )

        page = 0 if from_start else record.page
        in_quiz = record.where is LessonPlace.QUIZ

        def lesson_screen(lesson: Lesson) -> LessonScreen:
            return LessonScreen(lesson, page, save_place=not in_quiz)

        if file_size(info.path) > LONG_LESSON_BYTES:
            self.push_screen(OpeningLessonScreen(info, lesson_screen))
            return
        try:
            lesson = loader.open_lesson(info)[0]
        except ContentUnreadable as error:
            self.tell_lesson_unreadable(error)
            return
        self.push_screen(lesson_screen(lesson))

    def tell_lesson_unreadable(self, error: ContentUnreadable) -> None:
        """Say why a lesson could not be opened (the learner stays where they were)."""
        self.notify(
            _(LESSON_UNREADABLE).format(problem=_(error.problem.message)),
            markup=False,
            severity="error",
            timeout=10,
        )

    def show_module_intro(self, module: Module, lesson: LessonInfo, started: bool = False) -> None:
        """Show what a module is about, before ``lesson`` (the one it leads to, ``started``
        or not)."""
        from iop_course.ui.screens.module_intro import ModuleIntroScreen

        self.push_screen(ModuleIntroScreen(module, lesson, started=started))

    def start_quiz(self, info: LessonInfo, replacing: Screen | None = None) -> None:
        """Show a lesson's quiz, in place of ``replacing`` when given (the lesson just read).

        A quiz that cannot run (unreadable, or no working question) is told in a dialog over
        the screen the learner is on; the lesson is not marked done, since nothing was checked.
        """
        from iop_course.ui.screens import quiz as quiz_screen

        try:
            opened = loader.open_quiz(info)
            quiz = opened[0] if opened is not None and opened[0].questions else None
            why = _(quiz_screen.NO_WORKING_QUESTION)
        except ContentUnreadable as error:
            quiz, why = None, _(quiz_screen.UNREADABLE).format(problem=_(error.problem.message))
        if quiz is None:
            from iop_course.ui.dialogs.notice import NoticeDialog

            self.push_screen(NoticeDialog(_(quiz_screen.CANNOT_RUN), why))
            return
        screen = quiz_screen.QuizScreen(info, quiz)
        if replacing is not None:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_recovery_plan(self) -> None:
        """The learner's plan, gathered from their worksheets."""
        from iop_course.ui.screens.recovery_plan import RecoveryPlanScreen

        if not isinstance(self.screen, RecoveryPlanScreen):
            self.push_screen(RecoveryPlanScreen())

    def action_show_progress(self) -> None:
        """Lessons done per module and each quiz's scores over time."""
        from iop_course.ui.screens.progress import ProgressScreen

        if not isinstance(self.screen, ProgressScreen):
            self.push_screen(ProgressScreen())

    def open_review(self) -> None:
        """Today's spaced review, or a kind word that there is none today (once its quizzes
        are read, in a worker, if they were not yet)."""
        self.todays_review.when_made(self._show_review)

    def _show_review(self, items: list[ReviewItem]) -> None:
        if not items:
            self.notify(review_words.NOTHING_TODAY, markup=False, title=review_words.TITLE)
            return
        from iop_course.ui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(items))

    def show_content_problems(self) -> None:
        """List what ``iop-course check`` finds in the course files: the whole check, asked
        for now (the app's own check looks only for mistakes)."""
        from iop_course.ui.screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(ContentCheck(self, self.course.root, quality=True)))
