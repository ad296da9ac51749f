"""The course index: a start with nothing changed reads no lesson, quiz or module file, and
gives exactly the course (and quiz ids) that reading them gives; an edited, added or removed
file is read again; a damaged, foreign or unwritable index is as if there were none."""

from __future__ import annotations

import itertools
import json
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.content import course_index, module_reader, quiz_ids
from iop_course.content.course_index import LESSON_LENGTH, QUIZ_LENGTH
from iop_course.content.loader import ContentUnreadable, load_course, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.content.model import Course, LessonInfo, Severity
from iop_course.content.quiz_ids import quiz_question_ids
from iop_course.files.cache_folder import CACHE_DIR_ENV_VAR, course_index_folder

from .conftest import LESSON, lesson_text, quiz_text

SPANISH_LESSON = "---\ntitle: Superar las ansias\nsummary: Las ansias pasan.\n---\nTexto.\n"


def forget_open_indexes() -> None:
    """Drop the indexes this process read, as a new process starts without them."""
    course_index._open.clear()


def index_entries() -> dict[str, dict[str, object]]:
    """The one index file's entries, by folder and file name."""
    (path,) = course_index_folder().iterdir()
    return json.loads(path.read_text("utf-8"))["folders"]


def saved() -> None:
    """Wait for the index's writer, as the end of a process does."""
    for thread in threading.enumerate():
        if thread.name == "iop-course-index":
            thread.join()


def next_start() -> None:
    """What a new process sees: the index as saved, nothing read yet."""
    saved()
    forget_open_indexes()


EDIT_TIMES = itertools.count(1_600_000_000_000_000_000, 1_000_000_000)


def edit(path: Path, text: str) -> None:
    """Change a file as an author would; its modification time is set to one no other edit
    has (in the past: a time still to come is too recent to keep), so whatever the file
    system's time steps, its stamp differs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    when = next(EDIT_TIMES)
    os.utime(path, ns=(when, when))


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own, and files kept however recently written (each edit
    here moves a file's time on by a second: ``edit``)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(folder))
    monkeypatch.setattr(course_index, "RECENT_NS", 0)
    forget_open_indexes()
    yield folder
    saved()
    forget_open_indexes()


def refuse_reading(patch: pytest.MonkeyPatch) -> None:
    """Make every way start-up reads a content file (and the quiz ids read a quiz) fail."""

    def refuse(path: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"{path} was read")

    patch.setattr(module_reader, "read_front_only", refuse)
    patch.setattr(module_reader, "read_text", refuse)
    patch.setattr(quiz_ids, "read_source", refuse)


def uncached(root: Path, language: str = "en") -> Course:
    return load_course(root, language, cached=False)


def opened_ids(lesson: LessonInfo) -> tuple[str, ...] | None:
    """The quiz's question ids as the quiz screen gets them."""
    try:
        opened = open_quiz(lesson)
    except ContentUnreadable:
        return None
    return None if opened is None else tuple(question.id for question in opened[0].questions)


def test_a_second_start_reads_no_file_and_gives_the_same_course(
    make_content, clean_files, monkeypatch
):
    root = make_content(clean_files)
    first = load_course(root)
    expected = uncached(root)
    next_start()
    opened: list[str] = []
    real_open = Path.open

    def watched(path: Path, *args: object, **kwargs: object):
        opened.append(path.name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", watched)
    refuse_reading(monkeypatch)
    second = load_course(root)
    assert opened == []
    assert second == first == expected


def test_an_edited_lesson_is_read_again(make_content, clean_files):
    root = make_content(clean_files)
    load_course(root)
    next_start()
    edit(root / LESSON, lesson_text(title="Waiting out cravings"))
    course = load_course(root)
    assert [lesson.title for lesson in course.lessons()] == ["Waiting out cravings", "Saying no"]
    assert course == uncached(root)


def test_an_edit_that_keeps_the_size_and_time_is_still_seen_by_its_change_time(
    make_content, clean_files
):
    root = make_content(clean_files)
    path = root / LESSON
    load_course(root)
    next_start()
    stat = path.stat()
    time.sleep(0.05)  # past the file system's time step, so its change time moves
    path.write_text(lesson_text(title="Riding out urges..."), encoding="utf-8")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert load_course(root).lessons()[0].title == "Riding out urges..."


def test_a_file_changed_just_now_is_not_kept(make_content, clean_files, monkeypatch):
    monkeypatch.setattr(course_index, "RECENT_NS", 2_000_000_000)
    root = make_content(clean_files)
    load_course(root)
    next_start()
    assert not course_index_folder().exists()


def test_a_removed_and_an_added_lesson_are_seen(make_content, clean_files):
    root = make_content(clean_files)
    load_course(root)
    next_start()
    (root / LESSON).unlink()
    edit(root / "lessons/01-coping/03-new.md", lesson_text(title="A new one"))
    course = load_course(root)
    assert [lesson.title for lesson in course.lessons()] == ["Saying no", "A new one"]
    assert course == uncached(root)
    next_start()
    assert set(index_entries()["lessons/01-coping"]) == {
        "module.md",
        "02-saying-no.md",
        "03-new.md",
    }


def test_a_file_with_a_problem_is_read_and_reported_on_every_start(make_content, clean_files):
    warned = lesson_text(extra_front="minutes: 8\ncolour: blue\n")
    root = make_content({**clean_files, LESSON: warned})
    first = load_course(root)
    assert [(p.line, p.severity) for p in first.problems] == [(5, Severity.WARNING)]
    next_start()
    assert load_course(root) == first
    next_start()
    assert set(index_entries()["lessons/01-coping"]) == {"module.md", "02-saying-no.md"}


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\xff\xfe not text",
        b"{ not json",
        b"[1, 2, 3]",
        b'{"format": 999, "root": "", "folders": {}, "values": []}',
        b"[" * 100_000,
        "same root, every entry wrong",
    ],
)
def test_a_damaged_or_foreign_index_is_as_if_there_were_none(make_content, clean_files, damage):
    root = make_content(clean_files)
    load_course(root)
    next_start()
    (path,) = course_index_folder().iterdir()
    if isinstance(damage, bytes):
        path.write_bytes(damage)
    else:
        whole = json.loads(path.read_text())
        whole["values"] = [7, None, {"a": 1}, [2], [], -1]  # no text where each entry points
        path.write_text(json.dumps(whole))
    assert load_course(root) == uncached(root)
    next_start()
    assert load_course(root) == uncached(root)  # and it was written anew


def test_an_unwritable_cache_folder_changes_nothing(make_content, clean_files, cache):
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the folder would be")
    failures: list[object] = []
    hook = threading.excepthook
    threading.excepthook = failures.append
    try:
        root = make_content(clean_files)
        assert load_course(root) == uncached(root)
        next_start()
        assert load_course(root) == uncached(root)
    finally:
        saved()
        threading.excepthook = hook
    assert failures == []


def test_a_read_only_cache_folder_changes_nothing(make_content, clean_files, cache):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("a folder's permissions bind only a non-root user on POSIX")
    cache.mkdir(mode=0o500)
    root = make_content(clean_files)
    try:
        assert load_course(root) == uncached(root)
        next_start()
        assert load_course(root) == uncached(root)
    finally:
        cache.chmod(0o700)
    assert list(cache.iterdir()) == []


def spanish_files(clean_files: dict[str, str | bytes]) -> dict[str, str | bytes]:
    return {
        **clean_files,
        "lessons/01-coping/module.es.md": "---\ntitle: Habilidades\nsummary: Formas.\n---\nIntro.",
        "lessons/01-coping/01-cravings.es.md": SPANISH_LESSON,
        "quizzes/01-coping/01-cravings.es.md": quiz_text().replace("Question", "Pregunta"),
    }


def test_spanish_and_english_starts_share_the_index_and_see_a_changed_pair(
    make_content, clean_files
):
    root = make_content(spanish_files(clean_files))
    expected = {language: uncached(root, language) for language in ("en", "es")}
    for language in ("es", "en", "es"):
        load_course(root, language)
    next_start()
    with pytest.MonkeyPatch.context() as patch:
        refuse_reading(patch)
        assert {language: load_course(root, language) for language in expected} == expected
    pair = root / "lessons/01-coping/01-cravings.es.md"
    edit(pair, SPANISH_LESSON.replace("Superar", "Aguantar"))
    course = load_course(root, "es")
    assert course.lessons()[0].title == "Aguantar las ansias"
    assert course == uncached(root, "es")
    assert course.modules[0].title == "Habilidades" and course.modules[0].language == "es"


def test_each_content_folder_has_its_own_index(make_content, clean_files):
    mine = make_content(clean_files)
    theirs = make_content({**clean_files, LESSON: lesson_text(title="Their own title")})
    for _ in range(2):
        assert load_course(mine) == uncached(mine)
        assert load_course(theirs) == uncached(theirs)
        next_start()
    assert len(list(course_index_folder().iterdir())) == 2
    assert load_course(theirs).lessons()[0].title == "Their own title"


def test_the_builtin_course_and_its_quiz_ids_in_both_languages_are_the_same_from_the_index(
    monkeypatch,
):
    root = builtin_content_dir()
    expected = {language: uncached(root, language) for language in ("en", "es")}
    ids = {
        lesson.path: opened_ids(lesson)
        for course in expected.values()
        for lesson in course.lessons()
    }
    for language in expected:
        for lesson in load_course(root, language).lessons():
            quiz_question_ids(lesson)
    next_start()
    refuse_reading(monkeypatch)
    assert {language: load_course(root, language) for language in expected} == expected
    assert {
        lesson.path: quiz_question_ids(lesson)
        for language in expected
        for lesson in load_course(root, language).lessons()
    } == ids


def test_a_quiz_whose_english_changed_gives_its_new_ids(make_content, clean_files):
    root = make_content(spanish_files(clean_files))
    (lesson, _) = load_course(root, "es").lessons()
    english_ids = quiz_question_ids(lesson)
    assert english_ids is not None and english_ids[0] == "question-number-1-which-helps"
    next_start()
    edit(root / "quizzes/01-coping/01-cravings.md", quiz_text().replace("number", "No."))
    assert quiz_question_ids(lesson) == tuple(i.replace("number", "no") for i in english_ids)
    edit(root / "quizzes/01-coping/01-cravings.md", quiz_text(3))
    assert quiz_question_ids(lesson) == tuple(
        i.replace("question", "pregunta") for i in english_ids
    )  # another number of questions than its English: the translation's own ids


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["lesson", "remove", "pair", "unpair", "module", "quiz", "quiz pair"]),
        st.integers(1, 3),
        st.text(st.sampled_from("Abc é:-'\"#\x1b"), min_size=0, max_size=8),
    ),
    max_size=8,
)


def edited(root: Path, what: str, number: int, words: str) -> None:
    """One change an author might make to the course at ``root``."""
    name = f"0{number}-lesson"
    lesson = root / "lessons/01-coping" / f"{name}.md"
    pair = lesson.with_name(f"{name}.es.md")
    quiz = root / "quizzes/01-coping" / f"{name}.md"
    if what == "lesson":
        edit(lesson, lesson_text(title=words or "Plain"))
    elif what == "remove":
        lesson.unlink(missing_ok=True)
    elif what == "pair":
        edit(pair, SPANISH_LESSON.replace("Superar", words))
    elif what == "unpair":
        pair.unlink(missing_ok=True)
    elif what == "module":
        edit(root / "lessons/01-coping/module.md", f"---\ntitle: {words}\nsummary: S.\n---\n")
    elif what == "quiz":
        edit(quiz, quiz_text(number).replace("which", words))
    else:
        edit(quiz.with_name(f"{name}.es.md"), quiz_text(len(words) % 4).replace("Question", words))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDITS)
def test_a_course_from_the_index_is_the_course_its_files_give_whatever_was_edited(edits):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV_VAR, str(Path(folder) / "cache"))
        forget_open_indexes()
        root = Path(folder) / "content"
        for number in (1, 2, 3):
            edited(root, "lesson", number, f"Lesson {number}")
            edited(root, "quiz", number, "which")
        edited(root, "module", 1, "Coping")
        for change in [None, *edits]:
            if change is not None:
                edited(root, *change)
            for language in ("en", "es"):
                course = uncached(root, language)
                assert load_course(root, language) == course
                for lesson in course.lessons():
                    assert quiz_question_ids(lesson) == opened_ids(lesson)
            next_start()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=5,
)


def damages_entry(entry: list[object], position: int, value: object, texts: int) -> bool:
    """Whether ``value`` at ``position`` of ``entry`` is not what the index's writer could
    have written there for this file (``texts``: the size of the table of texts)."""
    if position < 3 or (len(entry), position) == (QUIZ_LENGTH, 3):
        return value != entry[position] or type(value) is not type(entry[position])  # stamps
    if (len(entry), position) == (LESSON_LENGTH, 5):
        return not (value is None or type(value) is int)  # minutes
    if len(entry) == QUIZ_LENGTH:
        return not (isinstance(value, list) and all(type(item) is str for item in value))
    return not (type(value) is int and 0 <= value < texts)  # a text's place in the table


def damages_text(original: object, value: object) -> bool:
    """Whether ``value`` in the table in place of ``original`` is another kind of value."""
    if isinstance(original, str):
        return not isinstance(value, str)
    return not (isinstance(value, list) and all(isinstance(item, str) for item in value))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_an_entry_with_a_wrong_value_anywhere_is_as_if_there_were_none(data):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV_VAR, str(Path(folder) / "cache"))
        forget_open_indexes()
        root = Path(folder) / "content"
        for number in (1, 2):
            edited(root, "lesson", number, f"Lesson {number}")
            edited(root, "pair", number, f"Lección {number}")
            edited(root, "quiz", number, "which")
            edited(root, "quiz pair", number, "Pregunta")
        edited(root, "module", 1, "Coping")
        expected = {language: uncached(root, language) for language in ("en", "es")}
        for course in expected.values():
            for lesson in load_course(course.root, course.language).lessons():
                quiz_question_ids(lesson)
        next_start()
        (path,) = course_index_folder().iterdir()
        whole = json.loads(path.read_text("utf-8"))
        values = whole["values"]
        if data.draw(st.booleans()):
            place = data.draw(st.integers(0, len(values) - 1))
            values[place] = data.draw(JSON.filter(lambda value: damages_text(values[place], value)))
        else:
            entries = whole["folders"][data.draw(st.sampled_from(sorted(whole["folders"])))]
            entry = entries[data.draw(st.sampled_from(sorted(entries)))]
            at = data.draw(st.integers(0, len(entry) - 1))
            entry[at] = data.draw(
                JSON.filter(lambda value: damages_entry(entry, at, value, len(values)))
            )
        path.write_text(json.dumps(whole), "utf-8")
        for language, course in expected.items():
            assert load_course(root, language) == course
            for lesson in course.lessons():
                assert quiz_question_ids(lesson) == opened_ids(lesson)
        saved()
        forget_open_indexes()


@pytest.mark.parametrize("place", [-1, "size", True, 0.0, None])
def test_an_entry_pointing_outside_the_table_is_as_if_there_were_none(
    make_content, clean_files, place
):
    root = make_content(clean_files)
    load_course(root)
    next_start()
    (path,) = course_index_folder().iterdir()
    whole = json.loads(path.read_text("utf-8"))
    for entry in whole["folders"]["lessons/01-coping"].values():
        entry[3] = len(whole["values"]) if place == "size" else place  # the title's place
    path.write_text(json.dumps(whole), "utf-8")
    assert load_course(root) == uncached(root)


def test_a_test_that_loads_the_course_as_it_is_imported_keeps_the_real_cache_untouched(tmp_path):
    """Some test modules load the course when imported, before any fixture runs: the test
    run's own cache folder must be in place by then."""
    import subprocess
    import sys

    test = tmp_path / "test_loads_on_import.py"
    test.write_text(
        "from iop_course.content.loader import load_course\n"
        "from iop_course.content.locate import builtin_content_dir\n"
        "COURSE = load_course(builtin_content_dir())\n"
        "def test_it():\n"
        "    assert COURSE.lessons()\n"
    )
    env = {key: value for key, value in os.environ.items() if key != CACHE_DIR_ENV_VAR}
    env["XDG_CACHE_HOME"] = str(tmp_path / "real-cache")
    plugins = ["-p", "tests.conftest", "-p", "no:cacheprovider", "-p", "no:xdist"]
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *plugins, str(test)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert not (tmp_path / "real-cache").exists()
