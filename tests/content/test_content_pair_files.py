"""A translation (``01-a.es.md`` beside ``01-a.md``) is never a lesson, quiz or module of the
English course, and the checker does not take it for a quiz without a lesson."""

from __future__ import annotations

from iop_course.content.checker import check_content
from iop_course.content.loader import load_course

SPANISH_LESSON = "---\ntitle: Superar las ansias\nsummary: Las ansias pasan.\n---\nTexto.\n"


def test_spanish_pairs_are_not_english_lessons_quizzes_or_modules(
    make_content, clean_files, author
):
    english = load_course(make_content(clean_files))
    root = make_content(
        {
            **clean_files,
            "lessons/01-coping/module.es.md": "---\ntitle: Habilidades\nsummary: Formas.\n---\n",
            "lessons/01-coping/01-cravings.es.md": SPANISH_LESSON,
            "quizzes/01-coping/01-cravings.es.md": author.quiz(),
            # Not even read: a broken pair cannot break the English course.
            "lessons/01-coping/02-saying-no.es.md": b"---\ntitle: \xff\n",
            "quizzes/01-coping/02-saying-no.es.md": b"\xff",
        }
    )
    course = load_course(root)
    assert course.problems == ()
    assert [m.title for m in course.modules] == ["Coping skills"]
    assert [lesson.id for lesson in course.lessons()] == [lesson.id for lesson in english.lessons()]
    assert [lesson.title for lesson in course.lessons()] == ["Riding out cravings", "Saying no"]
    assert [lesson.quiz_path for lesson in course.lessons()] == [
        root / "quizzes/01-coping/01-cravings.md",
        root / "quizzes/01-coping/02-saying-no.md",
    ]


def test_the_checker_reports_no_pair_as_a_loose_file_or_a_quiz_without_a_lesson(
    make_content, clean_files, author
):
    english = check_content(make_content(clean_files), quality=False)
    root = make_content(
        {
            **clean_files,
            "lessons/01-coping/module.es.md": "---\ntitle: Habilidades\nsummary: Formas.\n---\n",
            "lessons/01-coping/01-cravings.es.md": SPANISH_LESSON,
            "quizzes/01-coping/01-cravings.es.md": author.quiz(),
        }
    )
    report = check_content(root, quality=False)
    assert [p for p in report.problems if ".es." in p.path.name] == []
    assert report.summary() == english.summary()


def test_a_lesson_whose_name_only_contains_es_is_still_a_lesson(make_content, clean_files):
    root = make_content(
        {
            **clean_files,
            "lessons/01-coping/03-es.md": SPANISH_LESSON,
            "lessons/01-coping/04-notes.esmd.md": SPANISH_LESSON,
        }
    )
    ids = [lesson.id for lesson in load_course(root).lessons()]
    assert ids[2:] == ["01-coping/03-es", "01-coping/04-notes.esmd"]
