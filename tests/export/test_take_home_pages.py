"""The learner's take-home handout of every lesson prints on at most two pages, on Letter and on
A4 paper, in English and in Spanish, in a real browser (headless Chromium's print to PDF, as
"Save as PDF" makes it)."""

from __future__ import annotations

import asyncio
import base64
import re

import pytest

from iop_course import i18n
from iop_course.content.loader import load_course, open_lesson
from iop_course.content.locate import builtin_content_dir
from iop_course.export.handout import build_handout
from tests.serve.browser import HeadlessPage
from tests.serve.test_serve import chromium_or_skip

PAPERS = {"Letter": (8.5, 11.0), "A4": (8.27, 11.69)}  # inches
MOST_PAGES = 2


def page_count(pdf: bytes) -> int:
    """The pages of a PDF Chromium wrote: one ``/Type /Page`` object each."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


async def loaded(page: HeadlessPage, deadline_seconds: float = 20.0) -> None:
    """Wait, with a deadline, until the page just opened has finished loading: Chromium refuses
    to print a page that is still loading ("Printing failed")."""
    deadline = asyncio.get_running_loop().time() + deadline_seconds
    while True:
        result = await page.call(
            "Runtime.evaluate", returnByValue=True, expression="document.readyState"
        )
        if result.get("result", {}).get("value") == "complete":
            return
        assert asyncio.get_running_loop().time() < deadline, "the page never finished loading"
        await asyncio.sleep(0.05)


async def print_to_pdf(page: HeadlessPage, width: float, height: float) -> bytes:
    """The page printed to PDF; a print Chromium refuses while it is busy is asked again, a few
    times, so only a page that can never be printed fails the test."""
    for attempt in range(3):
        try:
            result = await page.call("Page.printToPDF", paperWidth=width, paperHeight=height)
            return base64.b64decode(result["data"])
        except RuntimeError as error:
            if "Printing failed" not in str(error) or attempt == 2:
                raise
            await asyncio.sleep(0.5)
    raise AssertionError("unreachable")


async def printed_pages(page: HeadlessPage, html_file) -> dict[str, int]:
    await page.open(html_file.as_uri())
    await loaded(page)
    counts = {}
    for paper, (width, height) in PAPERS.items():
        counts[paper] = page_count(await print_to_pdf(page, width, height))
    return counts


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.SPANISH])
async def test_every_take_home_prints_on_two_pages_at_most(tmp_path, monkeypatch, language) -> None:
    chromium = chromium_or_skip()
    monkeypatch.setattr(i18n, "_active", language)
    course = load_course(builtin_content_dir(), language)
    page = HeadlessPage(chromium)
    too_long, counted = [], 0
    try:
        await page.start()
        for info in course.lessons():
            html_file = tmp_path / f"{info.id.replace('/', '-')}.html"
            html_file.write_text(build_handout(open_lesson(info)[0]), encoding="utf-8")
            counts = await printed_pages(page, html_file)
            assert all(count >= 1 for count in counts.values()), (info.id, counts)
            too_long += [(info.id, counts) for count in counts.values() if count > MOST_PAGES]
            counted += 1
    finally:
        await page.close()
    assert counted == len(course.lessons()) >= 45
    assert too_long == []


async def test_the_page_count_is_real(tmp_path) -> None:
    """The count sees more than two pages where there are: the facilitator's copy (the whole
    lesson, the plan and the answer key) is longer."""
    from iop_course.content.loader import open_quiz

    chromium = chromium_or_skip()
    course = load_course(builtin_content_dir())
    info = course.lesson("02-relapse-prevention/02-high-risk-situations")
    html_file = tmp_path / "facilitator.html"
    html_file.write_text(
        build_handout(open_lesson(info)[0], open_quiz(info)[0], facilitator=True), "utf-8"
    )
    page = HeadlessPage(chromium)
    try:
        await page.start()
        counts = await printed_pages(page, html_file)
    finally:
        await page.close()
    assert min(counts.values()) > MOST_PAGES, counts
