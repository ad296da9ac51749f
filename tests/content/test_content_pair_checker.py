"""The checker keeps each translation honest: the same markup as its English (pages, boxes,
prompts, group-plan steps, questions, choices and keys), a ``translates`` hash that is the
English's, and one line about the English files with no translation."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iop_course.content.checker import check_content
from iop_course.content.model import Severity

from .conftest import MODULE_TEXT, quiz_text

ENGLISH_LESSON = """---
title: Riding out cravings
summary: Cravings pass. Learn three ways to wait one out.
minutes: 8
objectives:
  - Name three ways to ride out a craving
  - Make a plan for the next one
sources:
  - "SAMHSA. TIP 47. 2006."
---
A craving is a strong urge to use. It rises, peaks and fades.

::: group-plan
- **Open (5 min):** Check in.
- **Teach (10 min, slides):** Show the slides.
- **Quiz (5 min, quiz):** Count hands.
:::

::: notes
Ask what a craving feels like.
:::

## Warning signs

Some signs come before a craving.

::: worksheet
Write them down.

? my-warning-signs (plan: warning-signs)
What do you notice first?
:::

::: notes
Listen for early signs.
:::

## What to do

Call a friend. Take a walk.

::: tip
Cold water helps.
:::

::: notes
Ask for one more idea.
:::
"""

SPANISH_LESSON = """---
title: Superar las ansias
summary: Las ansias pasan. Aprenda tres formas de esperar.
minutes: 8
objectives:
  - Nombrar tres formas de superar las ansias
  - Hacer un plan para la próxima vez
sources:
  - "SAMHSA. TIP 47. 2006."
translates: sha256:{hash}
---
Las ansias son un impulso fuerte de consumir. Suben, llegan a su punto más alto y se van.

::: group-plan
- **Abrir (5 min):** Salude al grupo.
- **Enseñar (10 min, slides):** Muestre las diapositivas.
- **Cuestionario (5 min, quiz):** Cuente las manos.
:::

::: notes
Pregunte cómo se sienten las ansias.
:::

## Señales de alerta

Algunas señales llegan antes de las ansias.

::: worksheet
Escríbalas.

? my-warning-signs (plan: warning-signs)
¿Qué nota primero?
:::

::: notes
Escuche las primeras señales.
:::

## Qué hacer

Llame a un amigo. Salga a caminar.

::: tip
El agua fría ayuda.
:::

::: notes
Pida una idea más.
:::
"""

ENGLISH_QUIZ = """## Which helps with a craving?

> Hint: think of people.

- [ ] Keep it to yourself
  > Secrets give cravings power.
- [x] Call a friend
  > Yes. Talking it through helps.

Reaching out is one of the strongest steps.

## True or false: a craving lasts for ever.

- [ ] True
  > No, it fades.
- [x] False
  > Yes, it fades.

Cravings pass.
"""

SPANISH_QUIZ = """---
translates: sha256:{hash}
---
## ¿Qué ayuda con las ansias?

> Hint: piense en las personas.

- [ ] Guardárselo
  > Los secretos dan fuerza a las ansias.
- [x] Llamar a un amigo
  > Sí. Hablarlo ayuda.

Pedir ayuda es uno de los pasos más fuertes.

## Verdadero o falso: las ansias duran para siempre.

- [ ] Verdadero
  > No, se van.
- [x] Falso
  > Sí, se van.

Las ansias pasan.
"""

LESSON = "lessons/01-coping/01-cravings.md"
QUIZ = "quizzes/01-coping/01-cravings.md"
LESSON_ES = "lessons/01-coping/01-cravings.es.md"
QUIZ_ES = "quizzes/01-coping/01-cravings.es.md"
MODULE_ES = "lessons/01-coping/module.es.md"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _files(**changes: str) -> dict[str, str]:
    """A folder with one lesson and its quiz, both translated, with the module file; each
    keyword replaces the file of that name (lesson_es, quiz_es, module_es, lesson, quiz)."""
    english = {
        "lesson": changes.get("lesson", ENGLISH_LESSON),
        "quiz": changes.get("quiz", ENGLISH_QUIZ),
    }
    files = {
        "lessons/01-coping/module.md": MODULE_TEXT,
        LESSON: english["lesson"],
        QUIZ: english["quiz"],
        MODULE_ES: (
            "---\ntitle: Habilidades\nsummary: Formas de seguir.\n"
            f"translates: sha256:{_hash(MODULE_TEXT)}\n---\nIntro.\n"
        ),
        LESSON_ES: SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON)),
        QUIZ_ES: SPANISH_QUIZ.replace("{hash}", _hash(ENGLISH_QUIZ)),
    }
    for name, path in (("lesson_es", LESSON_ES), ("quiz_es", QUIZ_ES), ("module_es", MODULE_ES)):
        if name in changes:
            files[path] = changes[name]
    return files


def _pair_problems(make_content, files, quality=True):
    root = make_content(files)
    report = check_content(root, quality=quality)
    return root, [p for p in report.problems if ".es." in p.path.name], report


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = text.split("\n")
    found = [n for n, line in enumerate(lines, start=1) if line.startswith(needle)]
    return found[occurrence - 1]


def test_a_faithful_pair_has_no_problem(make_content):
    _root, problems, report = _pair_problems(make_content, _files())
    assert problems == []
    assert report.translations == 3
    assert "and 2 quiz questions, and 3 translated files: 0 mistakes" in report.summary()


def test_a_missing_page_is_a_mistake_at_the_page_that_differs(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    start, end = spanish.index("## Señales de alerta"), spanish.index("## Qué hacer")
    broken = spanish[:start] + spanish[end:]
    root, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    [problem] = problems
    assert problem.severity is Severity.ERROR and problem.path == root / LESSON_ES
    assert problem.line == _line_of(broken, "## Qué hacer")
    assert "has 2 pages and the English has 3" in problem.message
    assert f"{LESSON}:{_line_of(ENGLISH_LESSON, '## Warning signs')}" in problem.message.replace(
        str(root) + "/", ""
    )


def test_boxes_out_of_order_are_a_mistake_at_the_first_box_that_differs(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    broken = spanish.replace("::: tip\nEl agua fría ayuda.\n:::", "::: warning\nCuidado.\n:::")
    _root, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    [problem] = problems
    assert problem.line == _line_of(broken, "::: warning")
    assert "the boxes of this page are ::: warning, ::: notes" in problem.message
    assert "has ::: tip, ::: notes" in problem.message


def test_a_translated_box_name_is_a_mistake(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    broken = spanish.replace("::: tip\n", "::: consejo\n")
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    messages = [p.message for p in problems if p.severity is Severity.ERROR]
    assert any("unknown box kind 'consejo'" in m for m in messages)


def test_a_changed_prompt_id_or_plan_part_is_a_mistake_at_the_prompt(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    broken = spanish.replace(
        "? my-warning-signs (plan: warning-signs)", "? mis-senales (plan: triggers)"
    )
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    [problem] = problems
    assert problem.line == _line_of(broken, "? mis-senales")
    assert "'? mis-senales (plan: triggers)'" in problem.message
    assert "'? my-warning-signs (plan: warning-signs)'" in problem.message


def test_a_group_plan_step_with_other_minutes_or_kind_is_a_mistake(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    broken = spanish.replace("**Enseñar (10 min, slides):**", "**Enseñar (15 min, diapositivas):**")
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    [step] = [p for p in errors if "this step is" in p.message]
    assert step.line == _line_of(broken, "- **Enseñar")
    assert "(15 min) and the English step" in step.message and "(10 min, slides)" in step.message


def test_front_matter_minutes_sources_and_objectives_are_kept(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON))
    broken = (
        spanish.replace("minutes: 8", "minutes: 10")
        .replace('  - "SAMHSA. TIP 47. 2006."', '  - "SAMHSA. TIP 47 en español. 2006."')
        .replace("  - Hacer un plan para la próxima vez\n", "")
    )
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=broken))
    assert sorted((p.line, p.message.split(" ")[0]) for p in problems) == [
        (_line_of(broken, "minutes:"), "minutes"),
        (_line_of(broken, "objectives:"), "this"),
        (_line_of(broken, "sources:"), "the"),
    ]


def test_a_spanish_source_may_follow_the_english_ones(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON)).replace(
        '  - "SAMHSA. TIP 47. 2006."\n',
        '  - "SAMHSA. TIP 47. 2006."\n  - "NIDA en español. Las drogas y el cerebro."\n',
    )
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish))
    assert problems == []


def test_a_moved_key_is_a_mistake_at_the_choice(make_content):
    spanish = SPANISH_QUIZ.replace("{hash}", _hash(ENGLISH_QUIZ))
    broken = spanish.replace("- [ ] Guardárselo", "- [x] Guardárselo").replace(
        "- [x] Llamar a un amigo", "- [ ] Llamar a un amigo"
    )
    root, problems, _ = _pair_problems(make_content, _files(quiz_es=broken))
    [problem] = problems
    assert (problem.path, problem.line) == (root / QUIZ_ES, _line_of(broken, "- [x] Guardárselo"))
    assert "choice 1 is marked [x] here and [ ] in the English" in problem.message
    assert f":{_line_of(ENGLISH_QUIZ, '## Which helps')}" in problem.message


def test_a_missing_question_a_missing_choice_and_a_lost_hint_are_mistakes(make_content):
    spanish = SPANISH_QUIZ.replace("{hash}", _hash(ENGLISH_QUIZ))
    one_question = spanish[: spanish.index("## Verdadero")]
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=one_question))
    assert ["has 1 question and the English has 2" in p.message for p in problems] == [True]
    no_choice = spanish.replace(
        "- [ ] Guardárselo\n  > Los secretos dan fuerza a las ansias.\n", ""
    )
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=no_choice))
    assert [p.line for p in problems if "has 1 choice and the English" in p.message] == [
        _line_of(no_choice, "## ¿Qué ayuda")
    ]
    no_hint = spanish.replace("> Hint: piense en las personas.\n\n", "")
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=no_hint))
    assert ["has a '> Hint:' line and this one does not" in p.message for p in problems] == [True]
    spanish_hint = spanish.replace("> Hint:", "> Pista:")
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=spanish_hint))
    assert ["has a '> Hint:' line" in p.message for p in problems] == [True]


def test_a_translation_with_no_english_file_is_a_mistake(make_content):
    files = _files()
    files["lessons/01-coping/02-gone.es.md"] = SPANISH_LESSON.replace("{hash}", "0" * 12)
    root, problems, _ = _pair_problems(make_content, files)
    [problem] = problems
    assert problem.path == root / "lessons/01-coping/02-gone.es.md"
    assert problem.severity is Severity.ERROR
    assert "this translation has no English file: there is no" in problem.message
    assert "02-gone.md" in problem.message


def test_a_missing_translates_field_is_a_mistake_that_gives_the_hash(make_content):
    spanish = SPANISH_LESSON.replace("translates: sha256:{hash}\n", "")
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish))
    [problem] = problems
    assert problem.severity is Severity.ERROR and problem.line == 1
    assert f"add 'translates: sha256:{_hash(ENGLISH_LESSON)}'" in problem.message
    quiz = SPANISH_QUIZ.replace("---\ntranslates: sha256:{hash}\n---\n", "")
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=quiz))
    assert [(p.line, p.severity) for p in problems] == [(1, Severity.ERROR)]


def test_a_malformed_translates_field_is_a_mistake(make_content):
    spanish = SPANISH_LESSON.replace("sha256:{hash}", "abc")
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish))
    [problem] = problems
    assert problem.line == _line_of(spanish, "translates:")
    assert "translates must be 'sha256:'" in problem.message


def test_a_stale_hash_warns_and_names_both_files(make_content):
    changed = ENGLISH_LESSON.replace("It rises, peaks and fades.", "It rises and fades.")
    root, problems, report = _pair_problems(make_content, _files(lesson=changed))
    [problem] = problems
    assert problem.severity is Severity.WARNING and problem.path == root / LESSON_ES
    assert problem.line == _line_of(SPANISH_LESSON, "translates:")
    assert "01-cravings.md changed after this translation" in problem.message
    assert f"says sha256:{_hash(ENGLISH_LESSON)}, the English is now sha256:{_hash(changed)}" in (
        problem.message
    )
    assert "01-cravings.es.md" in problem.message
    assert report.errors == []


def test_the_hash_reads_windows_line_ends_as_unix_ones(make_content):
    files = _files()
    files[LESSON] = ENGLISH_LESSON.replace("\n", "\r\n")
    _, problems, _ = _pair_problems(make_content, files)
    assert problems == []


def test_translates_in_an_english_file_is_an_unknown_field(make_content):
    english = ENGLISH_LESSON.replace(
        "---\nA craving", "translates: sha256:0123456789ab\n---\nA craving"
    )
    spanish = SPANISH_LESSON.replace("{hash}", _hash(english))
    root = make_content(_files(lesson=english, lesson_es=spanish))
    report = check_content(root)
    [problem] = [p for p in report.problems if "translates" in p.message]
    assert (problem.path, problem.severity) == (root / LESSON, Severity.WARNING)
    assert "'translates' belongs only in a translation" in problem.message


def test_english_files_with_no_translation_are_told_once_in_one_line(make_content, author):
    files = _files()
    for number in range(2, 12):
        files[f"lessons/01-coping/{number:02}-more.md"] = author.lesson(title=f"More {number}")
        files[f"quizzes/01-coping/{number:02}-more.md"] = quiz_text()
    root, problems, report = _pair_problems(make_content, files)
    assert problems == []
    [line] = [p for p in report.problems if "translation yet" in p.message]
    assert (line.path, line.severity) == (root / "lessons", Severity.WARNING)
    assert line.message.startswith("10 lessons, 10 quizzes have no Spanish translation yet")
    assert "lessons/01-coping/02-more.md" in line.message and "and 15 more." in line.message


def test_a_folder_with_no_translation_is_not_told_about_translations(make_content, clean_files):
    report = check_content(make_content(clean_files))
    assert report.problems == [] and report.translations == 0
    assert "translated" not in report.summary()


def test_a_spanish_lesson_that_reads_hard_gets_a_fernandez_huerta_warning(make_content):
    hard = (
        "La rehabilitación psicológica integral necesita compromisos organizacionales "
        "considerables, colaboración interdisciplinaria e intervenciones terapéuticas "
        "individualizadas de profesionales, instituciones y comunidades participantes. "
    ) * 4
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON)).replace(
        "Las ansias son un impulso fuerte de consumir. Suben, llegan a su punto más alto y se van.",
        hard,
    )
    _root, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish))
    [problem] = problems
    assert problem.severity is Severity.WARNING
    assert "reading ease (Fernández-Huerta) is" in problem.message
    assert "aim for 60 or more" in problem.message
    _, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish), quality=False)
    assert problems == []


def test_the_pairs_own_mistakes_are_reported(make_content):
    spanish = SPANISH_LESSON.replace("{hash}", _hash(ENGLISH_LESSON)).replace(
        "::: tip\nEl agua fría ayuda.\n:::", "::: tip\nEl agua fría ayuda."
    )
    _root, problems, _ = _pair_problems(make_content, _files(lesson_es=spanish))
    assert any(
        p.line == _line_of(spanish, "::: tip") and "never closed" in p.message for p in problems
    )


@pytest.mark.parametrize("where", ["lesson", "quiz"])
def test_the_built_in_course_and_its_translations_have_no_pair_mistake(where):
    from iop_course.content.locate import builtin_content_dir

    report = check_content(builtin_content_dir(), quality=False)
    assert [str(p) for p in report.errors if ".es." in p.path.name] == []
    assert report.translations > 0


QUESTION = st.builds(
    lambda keys, hint: (keys, hint),
    st.lists(st.booleans(), min_size=2, max_size=5).filter(any),
    st.booleans(),
)


def _quiz(questions, words: str) -> str:
    parts = []
    for number, (keys, hint) in enumerate(questions, start=1):
        parts.append(f"## {words} {number}?\n\n")
        if hint:
            parts.append(f"> Hint: {words}.\n\n")
        for index, key in enumerate(keys):
            parts.append(f"- [{'x' if key else ' '}] {words} {index}\n  > {words}.\n")
        parts.append(f"\n{words}.\n\n")
    return "".join(parts)


@settings(max_examples=40, deadline=None)
@given(
    english=st.lists(QUESTION, min_size=1, max_size=4),
    spanish=st.lists(QUESTION, min_size=1, max_size=4),
)
def test_a_quiz_pair_is_clean_exactly_when_its_markup_is_the_englishs(
    tmp_path_factory, english, spanish
):
    from .conftest import write_files

    english_quiz = _quiz(english, "Which")
    spanish_quiz = f"---\ntranslates: sha256:{_hash(english_quiz)}\n---\n" + _quiz(spanish, "Cuál")
    files = {
        "lessons/01-coping/module.md": MODULE_TEXT,
        LESSON: ENGLISH_LESSON,
        QUIZ: english_quiz,
        QUIZ_ES: spanish_quiz,
    }
    root = write_files(tmp_path_factory.mktemp("pairs"), files)
    report = check_content(root, quality=False)
    pair_errors = [p for p in report.errors if p.path.name.endswith(".es.md")]
    assert (pair_errors == []) == (english == spanish), [str(p) for p in pair_errors]


def test_the_learners_check_reads_the_course_in_their_language_and_compares_nothing(
    make_content, monkeypatch
):
    """The app checks the course a learner reads, for its mistakes: in Spanish, a Spanish
    file's own mistake is found, and neither a difference from its English (the author's
    check finds that) nor the English file a translation replaces is read."""
    from iop_course.content import checker, pair_checker

    spanish = (
        SPANISH_LESSON.replace("minutes: 8", "minutes: 9").replace("{hash}", "0" * 12)
        + "\n::: tip\nUn recuadro sin cerrar.\n"
    )
    english = ENGLISH_LESSON + "\n::: tip\nA box never closed.\n"
    root = make_content(_files(lesson_es=spanish, lesson=english))
    everything = check_content(root, quality=False)
    assert everything.translations == 3
    assert any("minutes is 9 here" in p.message for p in everything.errors)
    compared = []
    monkeypatch.setattr(
        pair_checker,
        "_check_pair",
        lambda *args: compared.append(args[0]),  # no comparing
    )
    read = []
    real_read_source = checker.read_source

    def read_source(path, **how):
        read.append(path.name)
        return real_read_source(path, **how)

    monkeypatch.setattr(checker, "read_source", read_source)
    learner = check_content(root, quality=False, translations=(), language="es")
    assert compared == [] and learner.translations == 0
    never_closed = [(p.path.name, "never closed" in p.message) for p in learner.errors]
    assert never_closed == [("01-cravings.es.md", True)]
    assert "01-cravings.md" not in read and "01-cravings.es.md" in read
    english_check = check_content(root, quality=False, translations=())
    assert [p.path.name for p in english_check.errors] == ["01-cravings.md"]
    with pytest.raises(ValueError):
        check_content(root, quality=True, language="es")


def test_a_link_to_another_place_is_a_mistake_at_its_line(make_content):
    english = ENGLISH_LESSON.replace(
        "Call a friend. Take a walk.",
        "Call a friend. See [FindTreatment](https://findtreatment.gov).",
    )
    spanish = SPANISH_LESSON.replace(
        "Llame a un amigo. Salga a caminar.",
        "Llame a un amigo. Vea [FindTreatment](https://findtreatment.gov/es).",
    ).replace("{hash}", _hash(english))
    _, problems, _ = _pair_problems(make_content, _files(lesson=english, lesson_es=spanish))
    [problem] = problems
    assert problem.line == _line_of(spanish, "Llame a un amigo.")
    assert "goes to https://findtreatment.gov/es and the English link" in problem.message
    same = spanish.replace("https://findtreatment.gov/es", "https://findtreatment.gov")
    _, problems, _ = _pair_problems(make_content, _files(lesson=english, lesson_es=same))
    assert problems == []


def test_a_true_or_false_question_says_verdadero_and_falso(make_content):
    spanish = SPANISH_QUIZ.replace("{hash}", _hash(ENGLISH_QUIZ))
    cierto = spanish.replace("- [ ] Verdadero", "- [ ] Cierto")
    _, problems, _ = _pair_problems(make_content, _files(quiz_es=cierto))
    [problem] = problems
    assert problem.line == _line_of(cierto, "## Verdadero o falso")
    assert "is a true-or-false one" in problem.message
    assert "'Verdadero' and 'Falso'" in problem.message
