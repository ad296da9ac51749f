"""The facilitator's copy has the group plan and the answer key on page 1, as printed.

Printed by headless Chromium (as "Save as PDF" prints it) on Letter and on A4, and read back
with pypdf: page 1's text holds every paragraph of the group plan and, for every question of
the quiz, its right answers. Checked for the lessons that fill page 1 most (the longest plan,
the most questions, the longest right answers) in English and in Spanish, and one more. The
order of the HTML alone does not show it: the plan once filled page 1 and the key began on
page 2.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata

import pytest

from iop_course import i18n
from iop_course.content.lesson_model import Lesson
from iop_course.content.loader import load_course, open_lesson, open_quiz
from iop_course.content.locate import builtin_content_dir
from iop_course.content.quiz_model import Quiz
from iop_course.export.handout import build_handout, plan_boxes
from iop_course.export.html_document import markdown_html
from tests.export.test_take_home_pages import PAPERS, loaded, print_to_pdf
from tests.serve.browser import HeadlessPage
from tests.serve.test_serve import chromium_or_skip

ALSO = "02-relapse-prevention/02-high-risk-situations"


def squeezed(text: str) -> str:
    """Text without its spaces and line breaks, ligatures undone: as comparable from a PDF
    (its lines break elsewhere) as from the lesson."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def plan_paragraphs(lesson: Lesson) -> list[str]:
    """The words of each paragraph and list item of the lesson's group plan."""
    found = []
    for box in plan_boxes(lesson):
        for _tag, inner in re.findall(r"<(p|li)>(.*?)</\1>", markdown_html(box.markdown), re.S):
            words = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
            if words:
                found.append(words)
    return found


def right_answers(quiz: Quiz) -> list[tuple[str, str]]:
    """Each question (its number and words) and the words of each of its right choices."""
    return [
        (f"{number}. {question.prompt}", choice.text)
        for number, question in enumerate(quiz.questions, start=1)
        for choice in question.choices
        if choice.correct
    ]


def fullest_lessons(language: str) -> list[str]:
    """The lessons whose page 1 is fullest: the longest plan, the most questions, the longest
    right answers, and one more."""
    course = load_course(builtin_content_dir(), language)
    sizes = {}
    for info in course.lessons():
        lesson, quiz = open_lesson(info)[0], open_quiz(info)[0]
        sizes[info.id] = (
            sum(len(words) for words in plan_paragraphs(lesson)),
            len(quiz.questions),
            sum(len(question + words) for question, words in right_answers(quiz)),
        )
    picked = [max(sizes, key=lambda lesson: sizes[lesson][which]) for which in range(3)]
    picked.append(max(sizes, key=lambda lesson: sizes[lesson][0] + sizes[lesson][2]))
    return sorted(set(picked) | {ALSO})


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.SPANISH])
async def test_page_one_holds_the_group_plan_and_the_answer_key(tmp_path, monkeypatch, language):
    from pypdf import PdfReader

    chromium = chromium_or_skip()
    monkeypatch.setattr(i18n, "_active", language)
    course = load_course(builtin_content_dir(), language)
    lessons = fullest_lessons(language)
    assert len(lessons) >= 3
    missing = []
    page = HeadlessPage(chromium)
    try:
        await page.start()
        for lesson_id in lessons:
            info = course.lesson(lesson_id)
            assert info is not None
            lesson, quiz = open_lesson(info)[0], open_quiz(info)[0]
            html_file = tmp_path / f"{lesson_id.replace('/', '-')}.html"
            html_file.write_text(build_handout(lesson, quiz, facilitator=True), encoding="utf-8")
            await page.open(html_file.as_uri())
            await loaded(page)
            for paper, (width, height) in PAPERS.items():
                pdf = PdfReader(io.BytesIO(await print_to_pdf(page, width, height)))
                first = squeezed(pdf.pages[0].extract_text())
                assert len(pdf.pages) > 1, "the whole lesson follows page 1"
                for words in plan_paragraphs(lesson):
                    if squeezed(words) not in first:
                        missing.append((lesson_id, paper, "plan", words[:60]))
                for question, words in right_answers(quiz):
                    if squeezed(question) not in first or squeezed(words) not in first:
                        missing.append((lesson_id, paper, question[:60], words[:60]))
    finally:
        await page.close()
    assert missing == []
