"""Plain mode's course: the welcome, the list of lessons, and the loop that follows the learner.

Each place the learner can be (the list, a lesson, a quiz, today's review) is a method that runs
until the learner goes elsewhere: it raises ``Navigate`` with the next place, or ``QuitCourse``.
Get help, My progress, My recovery plan and Delete my data are read out in place, from any
prompt. The store is the one the full-screen app uses, and this writes the same things (the page
reached, the quiz session, the place to resume), so either picks up where the other stopped.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from iop_course.content.model import Course, LessonInfo
from iop_course.content.quiz_session import QuizSession
from iop_course.i18n import ngettext
from iop_course.learning.resume_place import HOME, LESSON, QUIZ, WHERE_SETTING
from iop_course.plain import words
from iop_course.plain.console import InputEnded, OutputClosed, PlainConsole
from iop_course.plain.prompting import Navigate, Prompt, QuitCourse, read_line
from iop_course.review.clock import Clock, utc_now
from iop_course.store import ProgressStore
from iop_course.store.records import LessonPlace, LessonProgress, LessonStatus


class PlainCourse:
    """The learner's course as plain lines, from the first prompt to q (or the end of input)."""

    def __init__(
        self,
        console: PlainConsole,
        course: Course,
        store: ProgressStore,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self.console = console
        self.course = course
        self.store = store
        self.clock = clock
        self.rng = rng or random.Random()

    def run(self) -> int:
        """Follow the learner from place to place until q or the end of input; the exit code."""
        say = self.console.say
        place: Callable[[], None] = self.show_home
        try:
            self._greet()
            place = self._first_place()
            while True:
                try:
                    place()
                    place = self.show_home
                except Navigate as going:
                    place = going.place
        except (QuitCourse, InputEnded):
            self.store.flush()
            say("")
            say(words.GOODBYE_NOT_SAVED if self.store.saving_problem else words.GOODBYE)
            return 0
        except OutputClosed:
            self.store.flush()
            return 0

    def _greet(self) -> None:
        """The welcome and its disclaimer the first time; any note about the progress file."""
        say = self.console.say
        if self.store.saving_problem is not None:
            say(words.NOT_KEPT.format(reason=self.store.saving_problem.short))
        if self.store.recovery is not None:
            say(self.store.recovery.message())
        if self.store.get_setting("welcome_seen", False):
            return
        say(words.WELCOME_TITLE)
        for paragraph in words.WELCOME:
            say(paragraph)
        if self.store.saving_problem is None:
            say(words.WHERE_KEPT.format(path=self.store.path))
        read_line(self, Prompt((words.BEGIN, words.HELP, words.QUIT), own=frozenset({""})))
        self.store.set_setting("welcome_seen", True)

    def _first_place(self) -> Callable[[], None]:
        """Where the learner left the course (a lesson or its quiz), else the list."""
        last = self.store.last_location()
        where = self.store.get_setting(WHERE_SETTING, HOME)
        if where == HOME or last is None or self.course.lesson(last.lesson_id) is None:
            return self.show_home
        return lambda: self.open_lesson(last.lesson_id, quiz=last.where is LessonPlace.QUIZ)

    def remember(self, where: str) -> None:
        """Keep which kind of place the learner is in, for whichever front end opens next."""
        self.store.set_setting(WHERE_SETTING, where)

    # The list of lessons

    def show_home(self) -> None:
        """Where the learner stands, in a few lines, and the prompt to go on or pick a lesson."""
        self._home(with_list=False)

    def show_lessons(self) -> None:
        """The numbered list of lessons with their status, then the same prompt."""
        self._home(with_list=True)

    def _home(self, with_list: bool) -> None:
        say = self.console.say
        self.remember(HOME)
        lessons = self.course.lessons()
        if not lessons:
            say(words.NO_LESSONS.format(folder=self.course.root))
            read_line(self, Prompt((words.HELP, words.QUIT)))
            return
        progress = self.store.all_lesson_progress()
        say("")
        say(words.HOME_TITLE)
        if with_list:
            self._say_list(progress)
        done = sum(1 for p in progress.values() if p.status is LessonStatus.DONE)
        say(words.DONE_COUNT.format(done=done, total=len(lessons)))
        upcoming = self._next_lesson(progress)
        if upcoming is None:
            say(words.ALL_DONE)
        else:
            say(words.NEXT_UP.format(title=upcoming.title, where=self._where_in(upcoming)))
        offer = self._review_offer()
        if offer:
            say(offer)
        phrases = [words.OPEN_NUMBER]
        if upcoming is not None:
            phrases.insert(0, words.CONTINUE.format(title=upcoming.title))
        if not with_list:
            phrases.append(words.LESSONS)
        if offer:
            phrases.append(words.REVIEW)
        phrases += [words.PROGRESS, words.PLAN, words.HELP, words.QUIT]
        numbers = {str(n) for n in range(1, len(lessons) + 1)}
        line = read_line(
            self,
            Prompt(
                tuple(phrases), own=frozenset({""}), takes=lambda typed: typed.strip().isdigit()
            ),
        ).strip()
        if line == "" and upcoming is not None:
            record = self.store.lesson_progress(upcoming.id)
            raise Navigate(
                lambda: self.open_lesson(upcoming.id, quiz=record.where is LessonPlace.QUIZ)
            )
        if line in numbers:
            chosen = lessons[int(line) - 1]
            from_start = self.store.lesson_progress(chosen.id).status is LessonStatus.DONE
            raise Navigate(lambda: self.open_lesson(chosen.id, from_start=from_start))
        if line.isdigit():
            say(words.NUMBER_RANGE.format(last=len(lessons)))
        raise Navigate(self.show_home)

    def _say_list(self, progress: dict[str, LessonProgress]) -> None:
        say = self.console.say
        say(words.LIST_TITLE)
        number = 0
        for module_number, module in enumerate(self.course.modules, start=1):
            done = sum(
                1
                for lesson in module.lessons
                if lesson.id in progress and progress[lesson.id].status is LessonStatus.DONE
            )
            say(
                words.MODULE_LINE.format(
                    number=module_number, title=module.title, done=done, total=len(module.lessons)
                )
            )
            for lesson in module.lessons:
                number += 1
                status = progress.get(lesson.id, LessonProgress(lesson.id)).status
                minutes = (
                    words.ABOUT_MINUTES.format(minutes=lesson.minutes) if lesson.minutes else ""
                )
                say(
                    words.LESSON_LINE.format(
                        number=number,
                        title=lesson.title,
                        minutes=minutes,
                        status=words.STATUS[status.value],
                    )
                )

    def _next_lesson(self, progress: dict[str, LessonProgress]) -> LessonInfo | None:
        """The lesson last worked on if unfinished, else the first lesson not yet done."""
        last = self.store.last_location()
        if last is not None and last.status is not LessonStatus.DONE:
            lesson = self.course.lesson(last.lesson_id)
            if lesson is not None:
                return lesson
        return next(
            (
                lesson
                for lesson in self.course.lessons()
                if lesson.id not in progress or progress[lesson.id].status is not LessonStatus.DONE
            ),
            None,
        )

    def _where_in(self, lesson: LessonInfo) -> str:
        record = self.store.lesson_progress(lesson.id)
        if record.status is LessonStatus.NOT_STARTED:
            return ""
        if record.where is LessonPlace.QUIZ:
            return words.IN_QUIZ
        return words.AT_PAGE.format(page=record.page + 1)

    # Places the learner goes

    def open_lesson(self, lesson_id: str, quiz: bool = False, from_start: bool = False) -> None:
        """Read a lesson from the page reached (or page 1), or go straight to its quiz."""
        from iop_course.plain.lesson_reading import read_lesson

        info = self.course.lesson(lesson_id)
        if info is None:
            return
        if quiz and info.quiz_path is not None:
            self.take_quiz(info)
            return
        self.remember(LESSON)
        read_lesson(self, info, from_start=from_start)

    def take_quiz(self, info: LessonInfo, retake_after: QuizSession | None = None) -> None:
        """A lesson's quiz, from the saved question on (or anew after ``retake_after``), then
        its result."""
        from iop_course.plain.quiz_taking import take_quiz

        self.remember(QUIZ)
        take_quiz(self, info, retake_after=retake_after)

    def take_review(self) -> None:
        """Today's spaced review."""
        from iop_course.plain.quiz_taking import take_review

        take_review(self)

    def review_ready(self) -> bool:
        """True when today's review has a question."""
        return bool(self._todays_review())

    def _todays_review(self) -> list:
        from iop_course.review.deck import ReviewDeck

        return ReviewDeck(self.store, self.course, clock=self.clock).todays_review()

    def _review_offer(self) -> str:
        from iop_course.review.deck import minutes_for

        count = len(self._todays_review())
        if not count:
            return ""
        minutes = minutes_for(count)
        return words.REVIEW_READY.format(
            count=ngettext("{count} question", "{count} questions", count).format(count=count),
            minutes=ngettext("{minutes} minute", "{minutes} minutes", minutes).format(
                minutes=minutes
            ),
        )

    # Read out in place, from any prompt

    def show_help(self) -> None:
        """Get help now: every line and number in full."""
        from iop_course.plain.readouts import say_help

        say_help(self.console)

    def show_progress(self) -> None:
        """My progress, as sentences."""
        from iop_course.plain.readouts import say_progress

        say_progress(self.console, self.course, self.store)

    def show_plan(self) -> None:
        """My recovery plan, part by part, then the help numbers."""
        from iop_course.plain.readouts import say_plan

        say_plan(self.console, self.course, self.store)

    def delete_my_data(self) -> None:
        """Delete my data, after DELETE is typed; then the course starts over as for someone new."""
        from iop_course.plain.deleting import delete_my_data

        fresh = delete_my_data(self)
        if fresh is not None:
            self.store = fresh
            self._greet()
            raise Navigate(self.show_home)

    @property
    def data_dir(self) -> Path:
        """The progress folder."""
        return self.store.data_dir
