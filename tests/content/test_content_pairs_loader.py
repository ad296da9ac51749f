"""Translations: ``01-a.es.md`` beside ``01-a.md`` is never part of the English course, and
``load_course(root, "es")`` gives the Spanish course, each file replaced by its pair where there
is one, front matter only, with the English lesson and question ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iop_course.content import lesson_parser, quiz_parser
from iop_course.content.checker import check_content
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.model import Severity

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
    assert [
        str(p)
        for p in report.problems
        if "this quiz has no lesson" in p.message or "not in a module folder" in p.message
    ] == []
    assert (report.modules, len(report.lessons)) == (english.modules, len(english.lessons))
    assert [figures.questions for figures in report.lessons] == [
        figures.questions for figures in english.lessons
    ]


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


SPANISH_MODULE = "---\ntitle: Habilidades para afrontar\nsummary: Formas de seguir.\n---\nIntro.\n"
SPANISH_QUIZ = (
    "---\ntranslates: sha256:0123456789ab\n---\n"
    "## Pregunta número {n}: ¿qué ayuda?\n\n"
    "- [ ] Guardárselo\n  > Los secretos dan fuerza a las ansias.\n"
    "- [x] Llamar a un amigo\n  > Sí. Hablarlo ayuda.\n\n"
    "Pedir ayuda es uno de los pasos más fuertes.\n"
)


def _spanish_files(author):
    spanish_quiz = SPANISH_QUIZ.split("## ")[0] + "".join(
        "## " + SPANISH_QUIZ.split("## ")[1].format(n=n) + "\n" for n in range(1, 5)
    )
    return {
        "lessons/01-coping/module.es.md": SPANISH_MODULE,
        "lessons/01-coping/01-cravings.es.md": (
            "---\ntitle: Superar las ansias\nsummary: Las ansias pasan.\nminutes: 8\n"
            "translates: sha256:0123456789ab\n---\nTexto.\n\n## Segunda página\n\nMás.\n"
        ),
        "quizzes/01-coping/01-cravings.es.md": spanish_quiz,
    }


def test_the_spanish_course_replaces_each_file_by_its_pair_where_there_is_one(
    make_content, clean_files, author
):
    root = make_content({**clean_files, **_spanish_files(author)})
    course = load_course(root, "es")
    assert course.problems == ()
    assert course.language == "es"
    [module] = course.modules
    assert (module.title, module.summary, module.intro, module.language) == (
        "Habilidades para afrontar",
        "Formas de seguir.",
        "Intro.",
        "es",
    )
    first, second = course.lessons()
    assert (first.id, first.title, first.language) == (
        "01-coping/01-cravings",
        "Superar las ansias",
        "es",
    )
    assert first.path == root / "lessons/01-coping/01-cravings.es.md"
    assert first.quiz_path == root / "quizzes/01-coping/01-cravings.es.md"
    # No pair: the lesson and its quiz stay English in the Spanish course.
    assert (second.id, second.title, second.language) == (
        "01-coping/02-saying-no",
        "Saying no",
        "en",
    )
    assert second.quiz_path == root / "quizzes/01-coping/02-saying-no.md"
    english = load_course(root)
    assert english.language == "en" and english.modules[0].title == "Coping skills"
    assert [lesson.language for lesson in english.lessons()] == ["en", "en"]


def test_the_spanish_course_reads_front_matter_only(make_content, clean_files, author, monkeypatch):
    def no_markdown(*args, **kwargs):
        raise AssertionError("load_course parsed Markdown: it must read front matter only")

    monkeypatch.setattr(lesson_parser, "markdown_parser", no_markdown)
    monkeypatch.setattr(quiz_parser, "markdown_parser", no_markdown)
    files = _spanish_files(author)
    files["lessons/01-coping/01-cravings.es.md"] += "\n## Never parsed at start-up\n"
    course = load_course(make_content({**clean_files, **files}), "es")
    assert course.problems == () and course.lessons()[0].title == "Superar las ansias"


def test_a_spanish_lesson_opens_with_its_own_pages(make_content, clean_files, author):
    course = load_course(make_content({**clean_files, **_spanish_files(author)}), "es")
    lesson, problems = open_lesson(course.lessons()[0])
    assert problems == []
    assert [page.title for page in lesson.pages] == ["Superar las ansias", "Segunda página"]


def test_a_spanish_quiz_keeps_its_english_question_ids(make_content, clean_files, author):
    root = make_content({**clean_files, **_spanish_files(author)})
    english, _ = open_quiz(load_course(root).lessons()[0])
    spanish, problems = open_quiz(load_course(root, "es").lessons()[0])
    assert problems == []  # no warning about the translates field
    assert spanish.language == "es" and english.language == "en"
    assert spanish.questions[0].prompt == "Pregunta número 1: ¿qué ayuda?"
    assert [q.id for q in spanish.questions] == [q.id for q in english.questions]
    assert [[c.id for c in q.choices] for q in spanish.questions] == [
        [c.id for c in q.choices] for q in english.questions
    ]


def test_a_spanish_quiz_opens_with_one_markdown_parse(
    make_content, clean_files, author, monkeypatch
):
    """Its English file gives only its headings (for the ids), read without parsing its
    Markdown: today's review opens several quizzes before the home screen's first paint."""
    root = make_content({**clean_files, **_spanish_files(author)})
    english, _ = open_quiz(load_course(root).lessons()[0])
    parsed = []
    parser = quiz_parser.markdown_parser

    def counted():
        parsed.append(1)
        return parser()

    monkeypatch.setattr(quiz_parser, "markdown_parser", counted)
    spanish, _ = open_quiz(load_course(root, "es").lessons()[0])
    assert len(parsed) == 1
    assert [q.id for q in spanish.questions] == [q.id for q in english.questions]


def test_a_pair_that_cannot_be_read_is_reported_and_its_english_is_used(
    make_content, clean_files, author
):
    files = {
        **clean_files,
        "lessons/01-coping/module.es.md": "---\ntitle: [unclosed\n---\n",
        "lessons/01-coping/01-cravings.es.md": b"---\ntitle: \xff\n---\n",
        "lessons/01-coping/02-saying-no.es.md": "---\nsummary: Sin título.\n---\nTexto.\n",
    }
    root = make_content(files)
    course = load_course(root, "es")
    assert [m.title for m in course.modules] == ["Coping skills"]
    assert course.modules[0].language == "en"
    assert [(lesson.title, lesson.language) for lesson in course.lessons()] == [
        ("Riding out cravings", "en"),
        ("Saying no", "en"),
    ]
    assert {p.path.name for p in course.errors()} == {
        "module.es.md",
        "01-cravings.es.md",
        "02-saying-no.es.md",
    }


def test_translates_is_a_field_of_translations_only(make_content, clean_files, author):
    files = {
        **clean_files,
        "lessons/01-coping/02-saying-no.md": author.lesson(
            title="Saying no", extra_front="translates: sha256:0123456789ab\n"
        ),
        **_spanish_files(author),
    }
    course = load_course(make_content(files), "es")
    assert [(p.path.name, p.severity) for p in course.problems] == [
        ("02-saying-no.md", Severity.WARNING)
    ]
    assert "'translates' belongs only in a translation" in course.problems[0].message


def test_an_unknown_language_is_refused(make_content, clean_files):
    with pytest.raises(ValueError, match="unknown course language 'fr'"):
        load_course(make_content(clean_files), "fr")


def test_verdadero_o_falso_is_a_true_or_false_question(make_content, clean_files):
    quiz = (
        "## Verdadero o falso: un desliz no es una recaída.\n\n"
        "- [ ] Falso\n  > No.\n- [x] Verdadero\n  > Sí.\n\nUn desliz se puede corregir.\n"
    )
    root = make_content({**clean_files, "quizzes/01-coping/01-cravings.es.md": quiz})
    spanish, _ = open_quiz(load_course(root, "es").lessons()[0])
    [question] = spanish.questions
    assert question.true_false and not question.shuffled
    assert [c.text for c in question.natural_order()] == ["Verdadero", "Falso"]


def test_the_content_and_the_screens_know_the_same_languages():
    from iop_course import i18n
    from iop_course.content import languages

    assert languages.LANGUAGES == i18n.LANGUAGES
    assert languages.ENGLISH == i18n.ENGLISH


@given(st.from_regex(r"[0-9]{2}-[a-z0-9][a-z0-9.-]{0,20}", fullmatch=True))
def test_a_pair_name_leads_back_to_its_english(stem):
    from pathlib import Path

    from iop_course.content.languages import english_path, is_pair, language_of, pair_path

    english = Path("lessons/01-m") / f"{stem}.md"
    pair = pair_path(english, "es")
    assert pair.name == f"{stem}.es.md"
    assert is_pair(pair.name) and language_of(pair) == "es"
    assert english_path(pair) == english
    if not stem.endswith(".es"):
        assert not is_pair(english.name) and language_of(english) == "en"
