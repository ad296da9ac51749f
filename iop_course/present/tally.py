"""A show of hands per choice, counted by the facilitator: no names, no scores, no timer.

The room answers by raising hands; the facilitator picks a choice's letter, then types the
count (digits) or nudges it (+ and -). The tally is plain immutable data, so every change is a
new value the screen draws and the presenter's beacon publishes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MAX_COUNT = 999  # a group room, not a stadium: three digits is more than enough
TYPING_PAUSE = 2.0  # seconds: a digit typed after this long starts a new count


@dataclass(frozen=True)
class Tally:
    """Hands counted for each choice letter, and which letter the facilitator is counting."""

    letters: tuple[str, ...]
    counts: tuple[int, ...]
    picked: int | None = None
    typed: str = ""
    typed_at: float = 0.0

    @classmethod
    def for_letters(cls, letters: tuple[str, ...]) -> Tally:
        """An empty tally (no hands yet) for these choice letters."""
        return cls(letters, (0,) * len(letters))

    def pick(self, letter: str) -> Tally:
        """Start counting hands for ``letter``; an unknown letter changes nothing."""
        letter = letter.upper()
        if letter not in self.letters:
            return self
        return replace(self, picked=self.letters.index(letter), typed="")

    def pick_step(self, step: int) -> Tally:
        """Count the next (1) or previous (-1) choice; the first step picks the first choice."""
        if not self.letters:
            return self
        start = -1 if self.picked is None and step > 0 else (self.picked or 0)
        return replace(self, picked=(start + step) % len(self.letters), typed="")

    def type_digit(self, digit: str, now: float = 0.0) -> Tally:
        """Type the picked choice's count, one digit after another (12 is "1" then "2"); a
        digit typed ``TYPING_PAUSE`` seconds or more after the last one (``now`` is the time
        in seconds) starts a new count, so a 5, a pause and a 3 make 3, not 53."""
        if self.picked is None or not (len(digit) == 1 and digit.isdigit()):
            return self
        before = self.typed if now - self.typed_at < TYPING_PAUSE else ""
        typed = (before + digit).lstrip("0")[-len(str(MAX_COUNT)) :]
        return replace(self._set(int(typed or "0"), typed), typed_at=now)

    def add(self, delta: int) -> Tally:
        """One more (1) or one fewer (-1) hand for the picked choice, never below 0."""
        if self.picked is None:
            return self
        return self._set(self.counts[self.picked] + delta, "")

    def clear(self) -> Tally:
        """No hands for any choice, and nothing picked."""
        return Tally.for_letters(self.letters)

    @property
    def total(self) -> int:
        """All hands counted."""
        return sum(self.counts)

    @property
    def top(self) -> int:
        """The largest count, which sets the bars' scale."""
        return max(self.counts, default=0)

    def entries(self) -> tuple[tuple[str, int], ...]:
        """Each letter with its count, in the choices' order (the form the beacon publishes)."""
        return tuple(zip(self.letters, self.counts, strict=True))

    def _set(self, count: int, typed: str) -> Tally:
        assert self.picked is not None
        counts = list(self.counts)
        counts[self.picked] = min(MAX_COUNT, max(0, count))
        return replace(self, counts=tuple(counts), typed=typed)
