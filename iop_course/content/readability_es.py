"""Syllables in Spanish words, for the Fernández-Huerta reading ease of a Spanish lesson.

Flesch-Kincaid is made for English. Spanish text is measured with Fernández-Huerta's
adaptation of Flesch's reading ease (1959), in its corrected form (Law 2011; the often copied
"1.02 x sentences per 100 words" rewards long sentences):

    L = 206.84 - 60 x (syllables / words) - 1.02 x (words / sentences)

0 to 100, higher is easier: 90-100 muy fácil (4th grade), 80-90 fácil (5th), 70-80 bastante
fácil (6th), 60-70 normal (7th-8th), 50-60 bastante difícil, below 50 difícil.

Syllables come from pyphen's Spanish hyphenation dictionary (it ships its data, so the check
works offline), allowed to split off a single letter (``e-qui-po``). Hyphenation never splits two
vowels, but Spanish says two strong vowels (a, e, o, or an accented í or ú) in two syllables
(``le-er``, ``dí-a``, ``po-e-ta``), so each such pair inside a hyphenated piece adds one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
VOWEL_RUN = re.compile(r"[aeiouáéíóúü]+")
STRONG = frozenset("aeoáéíóú")


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="es", left=1, right=1)


@lru_cache(maxsize=20_000)
def count_syllables(word: str) -> int:
    """Syllables in one Spanish word: at least 1, even for a word of consonants ("y", "sr")."""
    pieces = _hyphenator().inserted(word.lower()).split("-")
    return max(1, sum(_nuclei(piece) for piece in pieces))


def _nuclei(piece: str) -> int:
    """The syllables a hyphenated piece holds: each run of vowels is one (a diphthong or a
    triphthong), plus one for each pair of strong vowels side by side (a hiatus)."""
    runs = VOWEL_RUN.findall(piece.replace("h", ""))
    hiatuses = sum(
        first in STRONG and second in STRONG for run in runs for first, second in pairwise(run)
    )
    return len(runs) + hiatuses


def fernandez_huerta(words: int, sentences: int, syllables: int) -> float:
    """The reading ease of a text from its counts (100 for a text with no words)."""
    if not words:
        return 100.0
    return 206.84 - 60 * (syllables / words) - 1.02 * (words / max(sentences, 1))
