"""The scrolling part of the quiz screen: the question, the feedback, the choices, the hint."""

from __future__ import annotations

from textual.containers import VerticalScroll

from iop_course.ui.widgets.sized_in_layout import SizedInLayout


class QuizBody(SizedInLayout, VerticalScroll):
    """A ``VerticalScroll`` whose length, new with each question, is laid out in one pass."""
