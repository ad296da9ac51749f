"""The fast reader of plain front matter gives exactly what YAML gives, or leaves it to YAML."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iop_course.content.plain_front_matter import read_plain

NAMES = st.sampled_from(
    ["title", "summary", "minutes", "objectives", "sources"] * 3
    + ["yes", "on", "1", "null", "a_b", "Title", "x-y", "~"]
)
WORDS = st.text(alphabet=st.sampled_from(list("abcXYZ019 .,:'\"-#\u00a0")), max_size=20)
VALUES = (
    WORDS
    | WORDS
    | WORDS
    | st.text(
        alphabet=st.one_of(
            st.sampled_from(list("aZ09 :#-'\"\\[]{},&*!|>%@`?._+~=\t\u00e9\u2028\ufeff")),
            st.characters(codec="utf-8", exclude_categories=["Cs"]),
        ),
        max_size=20,
    )
)
SEPARATORS = st.sampled_from([": "] * 8 + [":", ":  ", " : ", ":\t"])
INDENTS = st.sampled_from(["  "] * 6 + ["", " ", "    ", "\t"])


@st.composite
def front_matter(draw) -> list[str]:
    """Lines that look like front matter, mostly plain, sometimes not."""
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        name, separator = draw(NAMES), draw(SEPARATORS)
        if draw(st.booleans()):
            lines.append(f"{name}{separator}{draw(VALUES)}")
        else:
            lines.append(f"{name}:")
            indent = draw(INDENTS)
            lines += [f"{indent}- {draw(VALUES)}" for _ in range(draw(st.integers(0, 3)))]
        if draw(st.integers(0, 12)) == 0:
            lines.append(draw(st.sampled_from(["", "# comment", "  more", "---"])))
    return lines


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter())
@example(["title: T", "summary: S", "minutes: 8", "objectives:", "  - a", '  - "b: c"'])
@example(["title: 010"])
@example(["title: 1:20"])
@example(["objectives:", "- a", "- b", "sources:"])
@example(['title: ""'])
@example(['summary: "La culpa dice: \\"Hice algo malo\\"."'])
@example(['summary: "a \\\\ b \\" c"', "title: 'It''s'"])
@example(['summary: "a \\n b"', 'title: "a \\"', "sources:", "  - 'a '' b' c'"])
def test_the_fast_reader_agrees_with_yaml_or_declines(lines):
    fast = read_plain(lines)
    if fast is None:
        return
    assert fast == yaml.load("\n".join(lines), Loader=yaml.SafeLoader) or (
        fast == {} and yaml.load("\n".join(lines), Loader=yaml.SafeLoader) is None
    )


def test_the_guide_s_front_matter_is_read_fast():
    lines = [
        "title: Riding out a craving",
        "summary: A craving rises, peaks and passes.",
        "minutes: 8",
        "objectives:",
        "  - Describe how a craving rises and falls",
        "sources:",
        '  - "SAMHSA. TIP 47: Substance Abuse. 2006."',
    ]
    assert read_plain(lines) == {
        "title": "Riding out a craving",
        "summary": "A craving rises, peaks and passes.",
        "minutes": 8,
        "objectives": ["Describe how a craving rises and falls"],
        "sources": ["SAMHSA. TIP 47: Substance Abuse. 2006."],
    }


def test_quoted_text_with_quotes_of_its_own_is_read_fast():
    """A translation quotes what a person says ("La culpa dice: \\"Hice algo malo\\""): read
    without YAML, whose import would slow the Spanish start-up."""
    lines = [
        'summary: "La culpa dice: \\"Hice algo malo\\". Un \\\\ basta."',
        "title: 'It''s a plan: mine'",
    ]
    assert read_plain(lines) == {
        "summary": 'La culpa dice: "Hice algo malo". Un \\ basta.',
        "title": "It's a plan: mine",
    }
    assert read_plain(lines) == yaml.load("\n".join(lines), Loader=yaml.SafeLoader)
    assert read_plain(['summary: "a line\\nbreak"']) is None  # other escapes: YAML reads them


@settings(max_examples=3000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789-+:._ eExXbBoOTtZz~nulNLyesYESoOfF<=")),
        max_size=24,
    )
)
def test_what_is_not_text_is_decided_by_pyyaml_s_own_rules(value):
    from yaml.nodes import ScalarNode
    from yaml.resolver import Resolver

    from iop_course.content.plain_front_matter import NOT_TEXT

    tag = Resolver().resolve(ScalarNode, value, (True, False))
    assert (tag != "tag:yaml.org,2002:str") == bool(NOT_TEXT.match(value)), tag


def test_the_characters_yaml_refuses_are_exactly_pyyaml_s():
    from yaml.reader import Reader

    from iop_course.content.plain_front_matter import NON_PRINTABLE

    refused = [code for code in range(0x110000) if Reader.NON_PRINTABLE.match(chr(code))]
    assert refused == [code for code in range(0x110000) if NON_PRINTABLE.match(chr(code))]
