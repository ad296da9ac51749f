"""What plain mode reads out in place, from any prompt: Get help now, My progress, My plan.

Each is sentences, in the same order as the full-screen app's screen of the same name: every help
number in full; each module's lessons done and each quiz's scores ("Triggers and cravings: quiz
scores 60%, 80%, 100%"); each part of the recovery plan with the learner's own words, or where
it can be written.
"""

from __future__ import annotations

from iop_course.content.help_lines import help_lines, where
from iop_course.content.model import Course
from iop_course.export.recovery_plan import gather_plan
from iop_course.plain import words
from iop_course.plain.console import PlainConsole
from iop_course.progress.summary import summarize
from iop_course.store import ProgressStore


def say_help(console: PlainConsole) -> None:
    """Get help now: each need and what to do, with every number."""
    console.say("")
    console.say(words.HELP_TITLE)
    for need, what in help_lines():
        console.say(words.HELP_LINE.format(need=need, what=what))
    console.say(where())


def say_progress(console: PlainConsole, course: Course, store: ProgressStore) -> None:
    """Lessons done per module, then each quiz's kept scores, oldest first."""
    summary = summarize(course, store.all_lesson_progress(), store.quiz_scores)
    console.say("")
    console.say(words.PROGRESS_TITLE)
    console.say(words.DONE_COUNT.format(done=summary.done, total=summary.total))
    any_scores = False
    for module in summary.modules:
        console.say(
            words.PROGRESS_MODULE.format(title=module.title, done=module.done, total=module.total)
        )
        for quiz in module.quizzes:
            any_scores = True
            scores = ", ".join(f"{percent}%" for percent in quiz.percents)
            console.say(words.PROGRESS_QUIZ.format(title=quiz.title, scores=scores))
    if not any_scores:
        console.say(words.PROGRESS_NO_QUIZ)
    console.say(words.PROGRESS_DELETE)


def say_plan(console: PlainConsole, course: Course, store: ProgressStore) -> None:
    """Each part of the plan: the learner's answers, or the lessons where it is written."""
    plan = gather_plan(course, store.worksheet_answers())
    console.say("")
    console.say(words.PLAN_TITLE)
    for section in plan.sections:
        console.say("")
        console.say(words.PLAN_PART.format(label=section.part.label))
        for entry in section.entries:
            if entry.prompt.asks_for_contacts:
                people = "; ".join(
                    words.PERSON.format(name=p.name, number=p.number) for p in entry.contacts
                )
                console.say(words.PEOPLE.format(people=people))
            else:
                console.say(entry.text)
        if section.empty:
            places = ", ".join(dict.fromkeys(place.lesson_title for place in section.places))
            console.say(
                words.PLAN_EMPTY.format(places=places) if places else words.PLAN_EMPTY_NOWHERE
            )
    console.say("")
    console.say(words.PLAN_HELP)
    for need, what in help_lines():
        console.say(words.HELP_LINE.format(need=need, what=what))
    console.say(where())
