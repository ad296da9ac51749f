"""``iop-course stamp`` writes a translation's ``translates`` hash, and Spanish text is measured
with Spanish syllables (Fernández-Huerta)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iop_course.content.checker import check_content
from iop_course.content.readability import measure
from iop_course.content.readability_es import count_syllables, fernandez_huerta
from iop_course.content.translates import english_hash, stamp

from .conftest import MODULE_TEXT, quiz_text

SPANISH = "---\ntitle: Superar las ansias\nsummary: Las ansias pasan.\n---\nTexto.\n"


def _folder(make_content, clean_files, pair: str) -> tuple:
    root = make_content({**clean_files, "lessons/01-coping/01-cravings.es.md": pair})
    return (
        root,
        root / "lessons/01-coping/01-cravings.es.md",
        root / "lessons/01-coping/01-cravings.md",
    )


def test_english_hash_is_what_sha256sum_prints(make_content, clean_files):
    root = make_content(clean_files)
    english = root / "lessons/01-coping/01-cravings.md"
    assert english_hash(english) == hashlib.sha256(english.read_bytes()).hexdigest()[:12]


def test_stamp_adds_the_field_last_and_refreshes_an_old_one(make_content, clean_files):
    _root, pair, english = _folder(make_content, clean_files, SPANISH)
    assert stamp(pair) == (None, english_hash(english))
    assert pair.read_text(encoding="utf-8") == SPANISH.replace(
        "---\nTexto", f"translates: sha256:{english_hash(english)}\n---\nTexto"
    )
    stamped = pair.read_text(encoding="utf-8")
    english.write_text(english.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert stamp(pair) == (stamped.split("sha256:")[1][:12], english_hash(english))
    assert pair.read_text(encoding="utf-8").count("translates:") == 1
    assert stamp(pair)[0] == stamp(pair)[1]


def test_a_stamped_quiz_gets_front_matter_and_passes_the_check(make_content, clean_files):
    root = make_content({**clean_files, "quizzes/01-coping/01-cravings.es.md": quiz_text()})
    pair = root / "quizzes/01-coping/01-cravings.es.md"
    before = [p for p in check_content(root, quality=False).errors if p.path == pair]
    assert [p.line for p in before] == [1]
    stamp(pair)
    assert pair.read_text(encoding="utf-8").startswith("---\ntranslates: sha256:")
    assert [p for p in check_content(root, quality=False).problems if p.path == pair] == []


def test_stamp_keeps_windows_line_ends(make_content, clean_files):
    _root, pair, _english = _folder(make_content, clean_files, SPANISH.replace("\n", "\r\n"))
    stamp(pair)
    text = pair.read_bytes()
    assert b"\r\ntranslates: sha256:" in text and b"\n" not in text.replace(b"\r\n", b"")


def test_stamp_refuses_an_english_file_and_an_unclosed_front_matter(make_content, clean_files):
    _root, pair, english = _folder(make_content, clean_files, "---\ntitle: Sin fin\n")
    with pytest.raises(ValueError, match="not a translation"):
        stamp(english)
    with pytest.raises(ValueError, match="never ends"):
        stamp(pair)
    assert pair.read_text(encoding="utf-8") == "---\ntitle: Sin fin\n"


def test_the_stamp_command(make_content, clean_files, run_cli):
    root, pair, english = _folder(make_content, clean_files, SPANISH)
    ran = run_cli("stamp", str(pair))
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().endswith(f"translates sha256:{english_hash(english)} (was missing)")
    ran = run_cli("stamp", str(pair), str(english), str(root / "lessons/01-coping/module.es.md"))
    assert ran.returncode == 1
    assert "(already)" in ran.stdout
    assert ran.stderr.count("not a translation file") == 2


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("recuperación", 5),
        ("sustancias", 3),
        ("equipo", 3),
        ("ahora", 3),
        ("día", 2),
        ("leer", 2),
        ("poeta", 3),
        ("aéreo", 4),
        ("guía", 2),
        ("ciudad", 2),
        ("que", 1),
        ("muy", 1),
        ("y", 1),
        ("Uruguay", 3),
        ("consejero", 4),
        ("naloxona", 4),
    ],
)
def test_spanish_syllables(word, syllables):
    assert count_syllables(word) == syllables


@given(st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúü", min_size=1, max_size=30))
def test_every_spanish_word_has_at_least_one_syllable_and_at_most_one_a_letter(word):
    assert 1 <= count_syllables(word) <= len(word)


def test_fernandez_huerta_rewards_short_sentences_and_short_words():
    easy = measure(["Llame a un amigo. Tome agua. Salga a caminar."], "es")
    hard = measure(
        [
            "La rehabilitación psicológica integral necesita compromisos organizacionales "
            "considerables e intervenciones terapéuticas individualizadas."
        ],
        "es",
    )
    assert (easy.words, easy.sentences) == (9, 3)
    assert easy.ease > 90 > 30 > hard.ease
    assert fernandez_huerta(100, 10, 200) == pytest.approx(206.84 - 120 - 10.2)
    assert fernandez_huerta(0, 0, 0) == 100.0


def test_spanish_words_keep_their_accented_letters():
    stats = measure(["¿Qué pasó? Señales de alerta, niño, pingüino."], "es")
    assert stats.words == 7 and stats.language == "es"


def test_the_module_file_of_a_pair_is_checked_too(make_content, clean_files):
    root = make_content(
        {**clean_files, "lessons/01-coping/module.es.md": "---\ntitle: Habilidades\n---\n"}
    )
    problems = [
        p.message.split(":")[0]
        for p in check_content(root, quality=False).problems
        if p.path.name == "module.es.md"
    ]
    assert sorted(problems) == [
        "the summary is missing",
        "this translation does not say which English text it translates",
    ]
    assert MODULE_TEXT  # the English module the pair is checked against
