"""The presenter's notes for one slide: what the facilitator needs and the room must not see.

A notes view (``iop-course present --notes`` in a second terminal) and the presenting window
itself (one-screen use) both show these. They are made from the course content and the
presenter's state alone, so they never touch a learner's progress: the page's own notes
(``::: notes``) and group boxes, on a title slide the lesson's objectives and minutes, on a
question slide the right answer(s) with every choice's feedback, the explanation, the
facilitator prompt and the show-of-hands tally, always the lesson's group plan (the UI shows it
as a run sheet) and a preview of the next slide.

Choices are lettered in the order the room sees them (the presenter publishes it, shuffled once
per presentation): a room calls out letters and the notes must name the same ones.
No Textual here: the notes are plain data; the UI decides how they look.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from iop_course.content.lesson_model import Box, BoxKind, GroupPlan, Lesson
from iop_course.content.loader import ContentUnreadable, load_course, open_lesson, open_quiz
from iop_course.content.markdown import markdown_parser
from iop_course.content.model import Course, LessonInfo, Module
from iop_course.content.quiz_model import Question, Quiz
from iop_course.i18n import N_, Words, _
from iop_course.present.room_question import lettered_choices
from iop_course.present.state import PresenterState, SlideKind, SlideRef

PREVIEW_CHARACTERS = 140

WORDS = Words(
    {
        "position": N_("Slide {position} of {total}"),
        "title": N_("Title slide: {title}"),
        "module_intro": N_("Module intro: {title}"),
        "page": "{title}",
        "part": N_("{title} (part {part} of {parts})"),
        "question": N_("Question {number} of {count}: {prompt}"),
        "end": N_("End of the lesson: {title}"),
        "last": N_("This is the last slide."),
        "no_lesson": N_(
            "The presenter shows a lesson ({lesson_id}) that is not in the course at "
            "{root}. Start the notes with the presenter's --content folder."
        ),
        "no_page": N_(
            "The presenter shows page {number} of {title}, which these notes do not have: "
            "the lesson may have changed since the presenter started."
        ),
        "no_question": N_(
            "The presenter shows a question these notes do not find in the quiz for "
            "{title}: the quiz may have changed since the presenter started."
        ),
        "unreadable": N_("This lesson could not be read: {problem}"),
        "module_lessons": N_("This module has {count} lessons; the first is {title}."),
        "next_lesson": N_("After this lesson: {title}."),
        "course_end": N_("This is the last lesson of the course."),
    }
)


@dataclass(frozen=True)
class ChoiceNote:
    """One choice as the room sees it (its letter) with what the facilitator needs to know."""

    letter: str
    text: str
    correct: bool
    feedback: str
    hands: int | None = None  # the show-of-hands count, None while nobody counted


@dataclass(frozen=True)
class QuestionNote:
    """A question slide's answer key: right choices, feedback, explanation, group prompt."""

    number: int
    count: int
    prompt: str
    select_all: bool
    choices: tuple[ChoiceNote, ...]
    explanation: str
    facilitator_prompt: str
    revealed: bool

    @property
    def right_letters(self) -> tuple[str, ...]:
        """The letters of the right choice(s), for a one-line answer."""
        return tuple(choice.letter for choice in self.choices if choice.correct)

    @property
    def counted(self) -> bool:
        """True once any hands were counted for this question."""
        return any(choice.hands is not None for choice in self.choices)


@dataclass(frozen=True)
class SlideNotes:
    """Everything the notes show for one slide.

    ``problem`` is set (and the rest mostly empty) when the slide cannot be found in the
    content these notes read, so the facilitator is told why instead of seeing blank notes.
    ``group_boxes`` holds the Markdown of each "For the group" box, ``page_notes`` each of
    the page's ``::: notes`` boxes; ``side_notes`` short lines of context (what a module holds,
    which lesson comes next). ``plan`` is the lesson's group plan, shown on every slide, and
    ``kind`` the kind of slide, which places the group in the plan.
    """

    position: str
    on_screen: str
    started_at: float
    next_up: str
    objectives: tuple[str, ...] = ()
    minutes: int | None = None
    group_boxes: tuple[str, ...] = ()
    side_notes: tuple[str, ...] = ()
    question: QuestionNote | None = None
    problem: str = ""
    page_notes: tuple[str, ...] = ()
    plan: GroupPlan | None = None
    kind: SlideKind | None = None
    paused: bool = False


def elapsed_text(started_at: float, now: float) -> str:
    """Time since the presentation started, as m:ss or h:mm:ss (never negative)."""
    seconds = max(0, int(now - started_at))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def plain_preview(markdown: str, limit: int = PREVIEW_CHARACTERS) -> str:
    """The first words of some Markdown as plain text, cut at a word near ``limit``."""
    words: list[str] = []
    for token in markdown_parser().parse(markdown):
        if token.type == "inline":
            words.extend(
                child.content
                for child in token.children or ()
                if child.type in ("text", "code_inline")
            )
            words.append(" ")
    text = " ".join("".join(words).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


@dataclass
class _Shelf:
    """Lessons and quizzes parsed once each (the notes view asks five times a second)."""

    lessons: dict[Path, Lesson | ContentUnreadable] = field(default_factory=dict)
    quizzes: dict[Path, Quiz | None] = field(default_factory=dict)


class SpeakerNotes:
    """Makes the notes for any presenter state, reading the content the presenter shows.

    ``course`` is the content the notes start with; when the presenter shows another content
    folder (its state names the folder), that folder is read instead, once, in the same language
    (the notes' language, which may not be the slides').
    """

    def __init__(self, course: Course) -> None:
        self._courses: dict[Path, Course] = {_key(course.root): course}
        self._default = course
        self._shelf = _Shelf()

    def course_for(self, content_root: str) -> Course:
        """The course at the presenter's content folder, or the default one if it cannot be read."""
        root = Path(content_root) if content_root else self._default.root
        key = _key(root)
        if key not in self._courses:
            if not (root / "lessons").is_dir():
                return self._default
            self._courses[key] = load_course(root, self._default.language)
        return self._courses[key]

    def notes_for(self, state: PresenterState) -> SlideNotes:
        """The notes for the slide in ``state``, with a preview of the slide after it."""
        course = self.course_for(state.content_root)
        base = SlideNotes(
            position=WORDS["position"].format(position=state.position, total=state.total),
            on_screen="",
            started_at=state.started_at,
            next_up=self._describe(course, state.next_slide) if state.next_slide else WORDS["last"],
            kind=state.slide.kind,
            paused=state.paused,
        )
        info = course.lesson(state.slide.lesson_id)
        lesson = self._lesson(info) if info is not None else None
        if isinstance(lesson, Lesson):
            base = replace(base, plan=lesson.plan)
        return self._fill(course, state, base)

    def _fill(self, course: Course, state: PresenterState, base: SlideNotes) -> SlideNotes:
        slide = state.slide
        info = course.lesson(slide.lesson_id)
        if info is None:
            return replace(
                base, problem=WORDS["no_lesson"].format(lesson_id=slide.lesson_id, root=course.root)
            )
        if slide.kind is SlideKind.MODULE_INTRO:
            return self._module_intro(course, info, base)
        if slide.kind is SlideKind.END:
            following = course.lesson_after(info.id)
            after = (
                WORDS["next_lesson"].format(title=following.title)
                if following
                else WORDS["course_end"]
            )
            return replace(
                base, on_screen=WORDS["end"].format(title=info.title), side_notes=(after,)
            )
        lesson = self._lesson(info)
        if isinstance(lesson, ContentUnreadable):
            return replace(
                base, problem=WORDS["unreadable"].format(problem=_(lesson.problem.message))
            )
        if slide.kind is SlideKind.TITLE:
            return replace(
                base,
                on_screen=WORDS["title"].format(title=info.title),
                objectives=info.objectives,
                minutes=info.minutes,
                group_boxes=_group_boxes(lesson, 0),
            )
        if slide.kind is SlideKind.QUESTION:
            return self._question(info, state, base)
        if slide.page >= len(lesson.pages):
            return replace(
                base, problem=WORDS["no_page"].format(number=slide.page + 1, title=info.title)
            )
        return replace(
            base,
            on_screen=_page_title(lesson, slide),
            group_boxes=_group_boxes(lesson, slide.page),
            page_notes=lesson.pages[slide.page].boxes(BoxKind.NOTES),
        )

    def _module_intro(self, course: Course, info: LessonInfo, base: SlideNotes) -> SlideNotes:
        module = _module_of(course, info)
        return replace(
            base,
            on_screen=WORDS["module_intro"].format(title=module.title),
            side_notes=(
                WORDS["module_lessons"].format(
                    count=len(module.lessons), title=module.lessons[0].title
                ),
            ),
        )

    def _question(self, info: LessonInfo, state: PresenterState, base: SlideNotes) -> SlideNotes:
        quiz = self._quiz(info)
        questions = quiz.questions if quiz is not None else ()
        index = next(
            (
                number
                for number, question in enumerate(questions)
                if question.id == state.slide.question_id
            ),
            None,
        )
        if index is None:
            return replace(base, problem=WORDS["no_question"].format(title=info.title))
        note = _question_note(questions[index], index + 1, len(questions), state)
        on_screen = WORDS["question"].format(
            number=note.number, count=note.count, prompt=note.prompt
        )
        return replace(base, on_screen=on_screen, question=note)

    def _describe(self, course: Course, slide: SlideRef) -> str:
        """A short preview of a slide: what it is and its first words."""
        info = course.lesson(slide.lesson_id)
        if info is None:
            return slide.lesson_id
        if slide.kind is SlideKind.TITLE:
            return WORDS["title"].format(title=info.title)
        if slide.kind is SlideKind.MODULE_INTRO:
            return WORDS["module_intro"].format(title=_module_of(course, info).title)
        if slide.kind is SlideKind.END:
            return WORDS["end"].format(title=info.title)
        if slide.kind is SlideKind.QUESTION:
            quiz = self._quiz(info)
            questions = quiz.questions if quiz is not None else ()
            for number, question in enumerate(questions, start=1):
                if question.id == slide.question_id:
                    return WORDS["question"].format(
                        number=number, count=len(questions), prompt=plain_preview(question.prompt)
                    )
            return info.title
        lesson = self._lesson(info)
        if isinstance(lesson, ContentUnreadable) or slide.page >= len(lesson.pages):
            return info.title
        first_text = next(
            (
                block.markdown
                for block in lesson.pages[slide.page].learner_blocks()
                if not isinstance(block, Box)
            ),
            "",
        )
        preview = plain_preview(first_text)
        title = _page_title(lesson, slide)
        return f"{title}: {preview}" if preview and slide.part == 0 else title

    def _lesson(self, info: LessonInfo) -> Lesson | ContentUnreadable:
        if info.path not in self._shelf.lessons:
            try:
                self._shelf.lessons[info.path] = open_lesson(info)[0]
            except ContentUnreadable as error:
                self._shelf.lessons[info.path] = error
        return self._shelf.lessons[info.path]

    def _quiz(self, info: LessonInfo) -> Quiz | None:
        if info.quiz_path is None:
            return None
        if info.quiz_path not in self._shelf.quizzes:
            try:
                opened = open_quiz(info)
            except ContentUnreadable:
                opened = None
            self._shelf.quizzes[info.quiz_path] = opened[0] if opened else None
        return self._shelf.quizzes[info.quiz_path]


def _question_note(
    question: Question, number: int, count: int, state: PresenterState
) -> QuestionNote:
    hands = dict(state.tally)
    counted = any(hands.values())  # once a hand is counted, a letter with none has 0
    choices = tuple(
        ChoiceNote(
            letter,
            choice.text,
            choice.correct,
            choice.feedback,
            hands.get(letter, 0) if counted else None,
        )
        for letter, choice in lettered_choices(question, state.order or None)
    )
    return QuestionNote(
        number,
        count,
        question.prompt,
        question.select_all,
        choices,
        question.explanation,
        question.facilitator_prompt,
        state.revealed,
    )


def _module_of(course: Course, info: LessonInfo) -> Module:
    return next(module for module in course.modules if module.id == info.module_id)


def _group_boxes(lesson: Lesson, page: int) -> tuple[str, ...]:
    """The page's "For the group" boxes, in order (its notes and the lesson's plan are shown
    apart). A group plan the run sheet cannot read (no timed steps) is shown here as written,
    so nothing written for the facilitator is lost."""
    if page >= len(lesson.pages):
        return ()
    kinds = {BoxKind.FACILITATOR}
    if lesson.plan is None or not lesson.plan.steps:
        kinds.add(BoxKind.GROUP_PLAN)
    return tuple(
        block.markdown
        for block in lesson.pages[page].blocks
        if isinstance(block, Box) and block.kind in kinds
    )


def _page_title(lesson: Lesson, slide: SlideRef) -> str:
    title = lesson.pages[slide.page].title
    if slide.parts > 1:
        return WORDS["part"].format(title=title, part=slide.part + 1, parts=slide.parts)
    return WORDS["page"].format(title=title)


def _key(root: Path) -> Path:
    try:
        return root.resolve()
    except OSError:
        return root.absolute()
