"""Cutting units into slides: everything kept, nothing over the height, pieces close in size."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from iop_course.present.flow import Role, plain_unit
from iop_course.ui.present.slide_cutter import cut_into_slides

words = st.text(alphabet="abcdefghij ", min_size=1, max_size=300).filter(str.strip)
units = st.lists(
    st.builds(plain_unit, words, st.sampled_from([Role.TEXT, Role.HEADING])),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(units, st.integers(20, 160), st.integers(3, 40), st.integers(1, 2))
def test_every_word_is_kept_and_no_slide_is_too_tall(units, width, height, gap):
    slides = [cut.lines for cut in cut_into_slides(tuple(units), width, height, gap)]
    assert all(len(slide) <= height for slide in slides)
    assert all(line.cell_length <= max(width, 12) for slide in slides for line in slide)
    shown = "".join(line.plain for slide in slides for line in slide).replace(" ", "")
    assert shown == "".join(unit.plain for unit in units).replace(" ", "")


def test_pieces_are_even_rather_than_a_stray_last_paragraph():
    paragraphs = tuple(plain_unit("word " * 30) for _ in range(5))  # 3 lines each at 60
    slides = cut_into_slides(paragraphs, 60, 14)
    assert [sum(bool(line.plain) for line in slide.lines) for slide in slides] == [9, 6]


def test_a_heading_is_never_left_alone_at_the_bottom():
    units = (
        plain_unit("word " * 30),
        plain_unit("Heading", Role.HEADING),
        plain_unit("word " * 30),
    )
    slides = cut_into_slides(units, 60, 6)
    assert slides[0].lines[-1].plain.strip() != "Heading"
    assert slides[1].lines[0].plain == "Heading"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(words, min_size=1, max_size=4),
    st.lists(words, min_size=2, max_size=6),
    st.lists(words, max_size=3),
    st.integers(20, 120),
    st.integers(3, 30),
    st.integers(1, 2),
)
def test_units_kept_together_share_a_slide_whenever_they_fit_on_one(
    before, together, after, width, height, gap
):
    kept = tuple(
        plain_unit(text, Role.CHOICE, keep_with_next=index + 1 < len(together))
        for index, text in enumerate(together)
    )
    units = (*map(plain_unit, before), *kept, *map(plain_unit, after))
    slides = cut_into_slides(units, width, height, gap)
    fits = len(cut_into_slides(kept, width, 10_000, gap)[0].lines) <= height
    holding = [slide for slide in slides if any(unit in kept for unit in slide.units)]
    if fits:
        assert len(holding) == 1 and set(kept) <= set(holding[0].units)
    assert all(len(slide.lines) <= height for slide in slides)


@given(st.integers(1, 50), st.integers(1, 50), st.integers(40, 160))
def test_bars_compare_by_length_whichever_row_is_being_counted(small, large, width):
    from iop_course.ui.present.slide_cutter import BAR_CHARACTER, unit_lines

    small, large = sorted((small, large))
    counted = plain_unit("◀ counting", marker="A", bar=(small, large))
    other = plain_unit("", marker="B", bar=(large, large))
    short = unit_lines(counted, width)[0].plain.count(BAR_CHARACTER)
    long = unit_lines(other, width)[0].plain.count(BAR_CHARACTER)
    assert abs(short - round(long * small / large)) <= 1
