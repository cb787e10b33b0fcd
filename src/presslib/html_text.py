"""A transcript page saved from a browser, reduced to the text a transcript file would hold.

Paragraph-like elements (``p``, ``div``, headings, list items, table rows) become paragraphs
separated by a blank line; ``<br>`` becomes a line end; runs of white space inside a paragraph
become one space, as a browser shows them; ``<pre>`` keeps its lines. ``<head>``, scripts,
styles, navigation and forms are left out. Only the standard library's parser is used.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer main blockquote "
    "dd dt dl figure figcaption hr".split()
)
_SKIP = frozenset("head script style noscript nav form template svg button select".split())
_SPACE = re.compile(r"\s+")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def looks_like_html(text: str, *, suffix: str = "") -> bool:
    """Is this an HTML page (a ``.html``/``.htm`` name, or text starting ``<!doctype html``/``<html``)?

    >>> looks_like_html("<!DOCTYPE html><p>Hi"), looks_like_html("Max Delany, AFP:")
    (True, False)
    """
    return suffix.lower() in (".html", ".htm") or bool(_HTML_START.match(text[:2000]))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]  # paragraphs of lines of text pieces
        self.line: list[str] = []
        self.skip = 0
        self.pre = 0

    def _end_line(self):
        text = "".join(self.line)
        if not self.pre:
            text = _SPACE.sub(" ", text).strip()
        if text:
            self.paragraphs[-1].append(text)
        self.line = []

    def _end_paragraph(self):
        self._end_line()
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._end_line()
        elif tag == "pre":
            self._end_paragraph()
            self.pre += 1
        elif tag in _BLOCKS:
            self._end_paragraph()

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._end_line()
        elif tag == "hr":
            self._end_paragraph()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            for line in "".join(self.line).split("\n"):
                if line.strip():
                    self.paragraphs[-1].append(line.rstrip())
            self.line = []
            self.pre = max(0, self.pre - 1)
            self._end_paragraph()
        elif tag in _BLOCKS:
            self._end_paragraph()

    def handle_data(self, data):
        if not self.skip:
            self.line.append(data)


def html_to_text(html: str) -> str:
    """The text of an HTML page: one line per ``<br>``-separated line, a blank line between paragraphs.

    >>> html_to_text("<html><head><title>x</title></head><body><h1>Briefing</h1>"
    ...              "<p>MS. JEAN-PIERRE:  Hello,<br>everyone.</p><p>Q  Thanks.</p></body></html>")
    'Briefing\\n\\nMS. JEAN-PIERRE: Hello,\\neveryone.\\n\\nQ Thanks.\\n'
    """
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._end_paragraph()
    return "\n\n".join("\n".join(p) for p in parser.paragraphs if p) + "\n"
