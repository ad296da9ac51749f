"""The show of hands: pick a letter, type a count or nudge it; never below 0 or above 999."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from iop_course.present.tally import MAX_COUNT, Tally

LETTERS = ("A", "B", "C")


def test_typing_digits_sets_the_picked_letters_count():
    tally = Tally.for_letters(LETTERS).pick("b").type_digit("1").type_digit("2")
    assert tally.entries() == (("A", 0), ("B", 12), ("C", 0))
    again = tally.pick("B").type_digit("4")
    assert again.counts[1] == 4, "picking a letter again starts a new count"


def test_plus_and_minus_nudge_and_stop_at_zero():
    tally = Tally.for_letters(LETTERS).pick("a").add(1).add(1).add(-1)
    assert tally.counts == (1, 0, 0)
    assert tally.add(-1).add(-1).counts == (0, 0, 0)


def test_nothing_counts_until_a_letter_is_picked():
    tally = Tally.for_letters(LETTERS)
    assert tally.type_digit("5") == tally and tally.add(1) == tally
    assert tally.pick("z") == tally


def test_stepping_picks_in_order_and_wraps():
    tally = Tally.for_letters(LETTERS)
    assert tally.pick_step(1).picked == 0
    assert tally.pick("c").pick_step(1).picked == 0
    assert tally.pick("a").pick_step(-1).picked == 2


def test_clear_and_totals():
    tally = Tally.for_letters(LETTERS).pick("a").type_digit("3").pick("c").type_digit("5")
    assert (tally.total, tally.top) == (8, 5)
    assert tally.clear() == Tally.for_letters(LETTERS)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["a", "b", "c", "x"]),
            st.sampled_from(list("0123456789")),
            st.sampled_from(["+", "-"]),
        ),
        max_size=60,
    )
)
def test_any_keys_keep_every_count_between_0_and_999(keys):
    tally = Tally.for_letters(LETTERS)
    for key in keys:
        if key.isdigit():
            tally = tally.type_digit(key)
        elif key in "+-":
            tally = tally.add(1 if key == "+" else -1)
        else:
            tally = tally.pick(key)
    assert all(0 <= count <= MAX_COUNT for count in tally.counts)
    assert len(tally.counts) == len(LETTERS)


def test_a_digit_after_a_pause_starts_a_new_count():
    from iop_course.present.tally import TYPING_PAUSE

    tally = Tally.for_letters(LETTERS).pick("a").type_digit("5", 100.0)
    assert tally.type_digit("3", 100.5).counts[0] == 53
    assert tally.type_digit("3", 100.0 + TYPING_PAUSE).counts[0] == 3
