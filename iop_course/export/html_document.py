"""One self-contained HTML page with a print stylesheet, and the Markdown that goes in it.

Every export is a single file that opens offline and prints on letter or A4 paper: the styles
are inline, there are no scripts, fonts or images from outside. Course text is untrusted, so
Markdown is rendered with raw HTML turned off (it is shown as text, never run), and an image it
names is left out with its words (its alt text): the page never asks for a file beside it or a
host elsewhere, which would also tell that host when a learner opened their plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

STYLE = """
:root { color-scheme: light; }
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff;
       max-width: 44em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .4em; border-bottom: 1px solid #999; }
h3 { font-size: 1.1em; margin: 1.2em 0 .3em; }
.summary { font-size: 1.1em; margin: 0 0 1em; }
.meta { color: #333; }
.box { border: 2px solid #333; border-radius: 4px; padding: .4em .9em; margin: 1em 0; }
.box > .label { font-weight: bold; text-transform: uppercase; letter-spacing: .05em; }
.box-warning { border-style: double; border-width: 4px; }
.box-facilitator { border-style: dashed; background: #f3f3f3; }
.write-space { margin: .6em 0 0; }
.write-space div { border-bottom: 1px solid #555; height: 2em; }
.box-worksheet { border-style: double; border-width: 4px; }
.prompt { break-inside: avoid; margin-top: .8em; }
.prompt > p { font-weight: bold; margin: 0; }
.plan-part { break-inside: avoid; }
.answer { white-space: pre-wrap; border-left: 3px solid #555; padding: .2em 0 .2em .8em;
          margin: .4em 0; }
.where { color: #333; font-size: .95em; font-weight: normal; }
.contacts { border-collapse: collapse; margin: .4em 0; }
.contacts th, .contacts td { border: 1px solid #555; padding: .3em .8em; text-align: left; }
.help { border: 3px solid #111; padding: .4em 1em; margin-top: 2em; break-inside: avoid; }
.help dt { font-weight: bold; margin-top: .4em; }
.help dd { margin: 0 0 0 1em; }
.choices { list-style: none; padding-left: 0; }
.choices li { margin: .3em 0 .3em 2.2em; text-indent: -2.2em; }
.feedback { display: block; text-indent: 0; margin-left: 0; color: #333; }
.key { font-weight: bold; }
.question { break-inside: avoid; }
a { color: inherit; }
@page { size: auto; margin: 16mm 16mm 18mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11.5pt; }
  h2 { break-after: avoid; }
  .box, .write-space, .plan-part { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .9em; }
}
"""


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    markdown = MarkdownIt("commonmark", {"html": False})
    markdown.add_render_rule("image", _image_as_words)
    return markdown


def _image_as_words(
    renderer: RendererHTML, tokens: Sequence[Token], index: int, options: OptionsDict, env: Any
) -> str:
    """An image as its words only (nothing is fetched); an image without words leaves nothing."""
    words = renderer.renderInlineAsText(tokens[index].children or [], options, env)
    return f'<span class="image-words">{escape(words)}</span>' if words.strip() else ""


def markdown_html(text: str) -> str:
    """Course Markdown as HTML; raw HTML in the text is escaped, never passed through."""
    return _markdown().render(text)


def text_html(text: str) -> str:
    """Plain text made safe to put in HTML."""
    return escape(text, quote=True)


def html_document(title: str, body: str, lang: str = "en", style: str = "") -> str:
    """A whole page: ``body`` is HTML already made safe by this module's helpers; ``style``
    adds to (and may override) the shared stylesheet."""
    return (
        f'<!DOCTYPE html>\n<html lang="{text_html(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{text_html(title)}</title>\n<style>{STYLE}{style}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
