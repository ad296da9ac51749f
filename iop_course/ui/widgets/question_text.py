"""The quiz's question (its story, the question and how to answer it), one text in one widget."""

from __future__ import annotations

from textual.widgets import Static

from iop_course.ui.widgets.sized_in_layout import SizedInLayout


class QuestionText(SizedInLayout, Static):
    """A ``Static`` whose height, new with each question, is laid out in one pass."""
