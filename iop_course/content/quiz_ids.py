"""The ids of a lesson's quiz questions, without parsing its Markdown when the quiz is plain.

Today's review counts the day's questions before the home screen's first paint; parsing each
quiz with the Markdown parser for that (and importing the parser) was most of the review's
start-up work. A quiz written as the authoring guide shows has its kept questions read line by
line (``question_headings.kept_question_prompts``); any other is opened as when it starts.
The ids are kept in the course index (``course_index``) while the quiz file, and for a
translation its English file, are unchanged, so a start that changed nothing reads no quiz.
"""

from __future__ import annotations

from iop_course.content.course_index import CourseIndex
from iop_course.content.languages import english_path, is_pair
from iop_course.content.loader import (
    QUIZZES_DIR,
    ContentUnreadable,
    english_question_ids,
    open_quiz,
    read_source,
)
from iop_course.content.model import LessonInfo, Problem


def quiz_question_ids(info: LessonInfo) -> tuple[str, ...] | None:
    """The ids of the questions ``open_quiz`` gives for this lesson, in order (a translated
    quiz's are its English ones); None when the lesson has no quiz or it cannot be read."""
    path = info.quiz_path
    if path is None:
        return None
    index = CourseIndex.of(path.parent.parent.parent)
    folder, name = f"{QUIZZES_DIR}/{path.parent.name}", path.name
    stamp = index.stamp(path)
    english = english_path(path) if is_pair(path.name) else None
    english_stamp = None if english is None else index.stamp(english)
    if stamp is None or (english is not None and english_stamp is None):
        return _read_ids(info)
    kept = index.quiz_ids(folder, name, stamp, english_stamp)
    if kept is not None:
        return kept
    ids = _read_ids(info)
    if ids is not None:
        index.keep_quiz_ids(folder, name, stamp, english_stamp, ids)
        index.save_soon()
    return ids


def _read_ids(info: LessonInfo) -> tuple[str, ...] | None:
    """``quiz_question_ids`` from the quiz file (and its English file) as they are now."""
    # A warm start finds every quiz's ids in the index: the line reader's patterns and the
    # quiz's classes load only for a quiz that changed.
    from iop_course.content.question_headings import kept_question_prompts, question_id
    from iop_course.content.quiz_model import MAX_CHOICES

    assert info.quiz_path is not None  # the caller asks only for a lesson with a quiz
    source = read_source(info.quiz_path, front_matter_required=False)
    if isinstance(source, Problem):
        return None
    prompts = kept_question_prompts(source.body, MAX_CHOICES)
    if prompts is None:
        return _parsed_ids(info)
    english = english_question_ids(info.quiz_path)
    if english is not None and len(english) == len(prompts):
        ids = english
    else:
        ids = [question_id(prompt) for prompt in prompts]
    return tuple(dict.fromkeys(ids))  # a repeated question is left out, as the parser does


def _parsed_ids(info: LessonInfo) -> tuple[str, ...] | None:
    """The ids as the quiz's parse gives them, for a quiz the quick reading declines."""
    try:
        opened = open_quiz(info)
    except ContentUnreadable:
        return None
    return None if opened is None else tuple(question.id for question in opened[0].questions)
