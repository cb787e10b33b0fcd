"""HTML and XML transcripts reduced to the text a plain transcript file would hold.

A web page saved from a browser holds its transcript among menus, scripts and footers. Only
its article is read: the element marked ``itemprop="articleBody"``, else the first
``<article>``, else ``<main>``, else the whole ``<body>`` less navigation, headers, footers and
asides. Paragraph-like elements (``p``, ``div``, headings, list items, table rows) become
paragraphs separated by a blank line; ``<br>`` ends a line; runs of white space inside a
paragraph become one space, as a browser shows them; ``<pre>`` keeps its lines.

An XML record (such as the Australian prime ministers' transcripts) is read the same way,
each element a paragraph; HTML inside a CDATA section is read as HTML. Every line of the text
remembers the source line it came from (:attr:`Markup.line_map`), so that a turn read from a
page still points into the file.

Only the standard library's parser is used; it reads in linear time whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer main blockquote "
    "dd dt dl figure figcaption hr address center".split()
)
_SKIP = frozenset("head script style noscript nav form template svg button select iframe".split())
_CHROME = frozenset("nav header footer aside".split())  # left out of a page without an article
# Elements without an end tag, which must not count in the depth of the article
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# ARIA roles of what is not the text: related links, menus, banners, page footers
_NOT_TEXT_ROLES = frozenset("complementary navigation banner contentinfo search".split())
_SPACE = re.compile(r"\s+")
_TITLE_TAGS = ("title", "h1")


@dataclass
class Markup:
    """The text of a page or record, each text line's 1-based source line, and what the
    markup says of itself (``title``, ``date``, and an XML record's other short fields)."""

    text: str
    line_map: list[int]
    fields: dict[str, str] = field(default_factory=dict)


def looks_like_markup(text: str, *, suffix: str = "") -> str:
    """``"html"``, ``"xml"`` or ``""``: what ``text`` is, by its name's ``suffix`` or its start.

    >>> looks_like_markup("<!DOCTYPE html><p>Hi"), looks_like_markup("<?xml version='1.0'?><a/>")
    ('html', 'xml')
    >>> looks_like_markup("Max Delany, AFP:")
    ''
    """
    suffix = suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix == ".xml":
        return "xml"
    head = text[:2000].lstrip().lower()
    # Comments before the first tag are skipped one at a time, without a regular expression:
    # a pattern over them can take exponential time on a run of "<!---->".
    while head.startswith("<!--"):
        end = head.find("-->", 4)
        if end < 0:
            return ""
        head = head[end + 3:].lstrip()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("<?xml"):
        return "xml"
    return ""


def _container(source: str) -> tuple[str, str | None]:
    """Which element holds a page's article: ``("attr", "articleBody")``, ``("tag", "article")``,
    ``("tag", "main")`` or ``("body", None)``."""
    lowered = source.lower()
    if 'itemprop="articlebody"' in lowered or "itemprop='articlebody'" in lowered:
        return "attr", "articlebody"
    for tag in ("article", "main"):
        if re.search(rf"<{tag}[\s>]", lowered):
            return "tag", tag
    return "body", None


class _Reader(HTMLParser):
    """Collects paragraphs of lines, each line with the source line of its first text.

    Open elements are kept on a stack, each with what holds inside it: whether its text is
    read (inside the article, outside scripts, menus and the like). An end tag closes every
    element opened after its own start tag, as browsers do with unclosed ``<p>``s.
    """

    def __init__(self, *, container=("body", None), line_offset: int = 0, xml: bool = False):
        super().__init__(convert_charrefs=True)
        self.kind, self.target = container
        self.line_offset = line_offset
        self.xml = xml
        self.paragraphs: list[list[tuple[str, int]]] = [[]]
        self.line: list[str] = []
        self.line_at: int | None = None
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, inside the article, text read)
        self.pre = 0
        self.fields: dict[str, str] = {}
        self._field: list[str] | None = None  # the text of a title (or XML leaf) being read
        self._field_tag = ""

    # -- where we are
    def _state(self) -> tuple[bool, bool]:
        """(inside the article, its text is read) at this point of the page."""
        if self.stack:
            return self.stack[-1][1], self.stack[-1][2]
        inside = self.kind == "body"
        return inside, inside

    def _opens_container(self, tag: str, attrs: dict) -> bool:
        if self.kind == "tag":
            return tag == self.target
        if self.kind == "attr":
            return (attrs.get("itemprop") or "").lower() == self.target
        return False

    def _is_chrome(self, tag: str, attrs: dict, inside: bool) -> bool:
        if self.xml:
            return False
        if tag in _SKIP or attrs.get("role") in _NOT_TEXT_ROLES:
            return True
        return self.kind == "body" and tag in _CHROME

    # -- lines and paragraphs
    def _end_line(self):
        text = "".join(self.line)
        if not self.pre:
            text = _SPACE.sub(" ", text).strip()
        if text:
            self.paragraphs[-1].append((text, self.line_at or 1))
        self.line, self.line_at = [], None

    def _end_paragraph(self):
        self._end_line()
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    # -- the parser's callbacks
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _VOID:
            self.handle_startendtag(tag, attrs)
            return
        if tag in _TITLE_TAGS or (self.xml and self._field is None):
            self._field, self._field_tag = [], tag
        if tag == "time" and attrs.get("datetime"):
            self.fields.setdefault("date", attrs["datetime"])
        inside, read = self._state()
        inside = inside or self._opens_container(tag, attrs)
        read = (read or (inside and not self.stack)) if not self.stack else read
        if inside and not (self.stack and self.stack[-1][1]):
            read = True  # the article opens here
        if self._is_chrome(tag, attrs, inside):
            read = False
        self.stack.append((tag, inside, read))
        if tag == "pre":
            self._end_paragraph()
            self.pre += 1
        elif tag in _BLOCKS or self.xml:
            self._end_paragraph()

    def handle_startendtag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self._meta(attrs)
        elif tag == "br":
            self._end_line()
        elif tag == "hr" or self.xml:
            self._end_paragraph()

    def handle_endtag(self, tag):
        if self._field is not None and tag == self._field_tag:
            value = _SPACE.sub(" ", "".join(self._field)).strip()
            key = "title" if tag in _TITLE_TAGS else tag
            if value and key not in self.fields and len(value) < 300:
                self.fields[key] = value
            self._field = None
        if not any(open_tag == tag for open_tag, _, _ in self.stack):
            return  # an end tag that closes nothing
        while self.stack:
            open_tag = self.stack.pop()[0]
            if open_tag == "pre" and self.pre:
                self._end_pre()
            elif open_tag in _BLOCKS or self.xml:
                self._end_paragraph()
            if open_tag == tag:
                break

    def _end_pre(self):
        at = self.line_at or 1
        for k, line in enumerate("".join(self.line).split("\n")):
            if line.strip():
                self.paragraphs[-1].append((line.rstrip(), at + k))
        self.line, self.line_at = [], None
        self.pre -= 1
        self._end_paragraph()

    def handle_data(self, data):
        if self._field is not None:
            self._field.append(data)
        if not self._state()[1]:
            return
        if self.line_at is None:
            stripped = data.lstrip()
            if stripped or self.pre:
                skipped = data.count("\n", 0, len(data) - len(stripped))
                self.line_at = self.getpos()[0] + self.line_offset + skipped
        self.line.append(data)

    def parse_html_declaration(self, i):
        # Python's parser raises AssertionError on a broken '<![' ('<![e', '<![' at a line's
        # end); a browser reads such a thing as a bogus comment up to the next '>', and so do we
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1

    def unknown_decl(self, data):
        # <![CDATA[...]]>: in XML, HTML inside it is read as HTML, its lines counted from here
        if data.startswith("CDATA[") and self._state()[1]:
            inner = _Reader(line_offset=self.getpos()[0] - 1 + self.line_offset)
            inner.feed(data[6:])
            inner.close()
            inner._end_paragraph()
            self._end_paragraph()
            self.paragraphs[-1:] = [p for p in inner.paragraphs if p] + [[]]

    def _meta(self, attrs: dict):
        key = (attrs.get("itemprop") or attrs.get("property") or attrs.get("name") or "").lower()
        content = attrs.get("content") or ""
        if key in ("datepublished", "article:published_time", "date", "dc.date") and content:
            self.fields.setdefault("date", content)
        elif key in ("og:title", "headline") and content:
            self.fields.setdefault("title", content)


def markup_to_text(source: str, kind: str) -> Markup:
    """The text of ``source``, an HTML page (``kind="html"``) or an XML record (``"xml"``).

    >>> m = markup_to_text("<html><head><title>x</title></head><body><h1>Briefing</h1>"
    ...                    "<p>MS. JEAN-PIERRE:  Hello,<br>everyone.</p>\\n<p>Q  Thanks.</p></body></html>", "html")
    >>> m.text
    'Briefing\\n\\nMS. JEAN-PIERRE: Hello,\\neveryone.\\n\\nQ Thanks.\\n'
    >>> m.line_map, m.fields["title"]
    ([1, 1, 1, 1, 1, 2], 'x')
    """
    xml = kind == "xml"
    reader = _Reader(container=("body", None) if xml else _container(source), xml=xml)
    reader.feed(source)
    reader.close()
    while reader.stack:  # elements left open at the end
        reader.handle_endtag(reader.stack[-1][0])
    reader._end_paragraph()
    lines: list[str] = []
    line_map: list[int] = []
    for paragraph in (p for p in reader.paragraphs if p):
        if lines:
            lines.append("")
            line_map.append(line_map[-1])
        for text, at in paragraph:
            lines.append(text)
            line_map.append(at)
    fields = {k: v for k, v in reader.fields.items() if k in ("title", "date") or xml}
    return Markup("\n".join(lines) + "\n" if lines else "", line_map, fields)
