"""Step 5 of parsing: the turns' text, cut from the body at its labels, and what is set aside.

Each label opens a turn that runs to the next label. Some lines belong to no turn and are kept
in the metadata as *asides*, each with its source line:

- the convention's time and footer lines ("1:32 P.M. EST", "END 2:35 P.M. EST");
- page furniture: in a text that has pages, a line that says "Page 3 of 24", "3 of 24" or
  only a page number, or a line with a number in it that recurs three times or more ("May 4,
  2022 Chair Powell's Press Conference PRELIMINARY"); in any text, a line that recurs three
  times or more with its last number counting the pages ("www.pm.gov.au 1", "... 2", ...);
- a stage direction on its own line above the first label ("(Laughter.)" inside a turn is
  the turn's text);
- at the end, a list of labels without text (an earnings call's participants) and a block of
  three or more short lines without a full stop after the last turn (a web page's "Topics",
  "Publication date: ...");
- with ``merge_chunks``, the repeated label of a long turn printed in chunks.

A turn's text is its lines as printed, from its first non-blank line to its last, runs of
blank lines made one blank line; an aside inside a turn is taken out with the blank lines
after it, so that a page break does not break a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .labels import Hit
from .names import name_key

_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*+\n)++")
_NONSPACE = re.compile(r"\S")
_NONBLANK_LINE = re.compile(r"[^\S\n]*+\S")  # a non-blank line (from its start)
_NONBLANK_NEXT_LINE = re.compile(r"\n[^\S\n]*+\S")  # found by its line end: faster
# "Page 3 of 24", "Page 3", "3 of 24" alone on a line
_PAGE_LINE = re.compile(r"[^\S\n]*(?:(?:Page|Seite|Página|Pagina)[^\S\n]{1,3}\d{1,4}(?:[^\S\n]{1,3}(?:of|von|de|di|/)[^\S\n]{1,3}\d{1,4})?"
                        r"|\d{1,4}[^\S\n]{1,3}(?:of|von|de|di|/)[^\S\n]{1,3}\d{1,4})[^\S\n]*$", re.I)
_LINE = re.compile(r"[^\n]{1,200}+(?=\n|\Z)")  # a line of up to 200 characters, found at its start
# a line of up to 200 characters with a digit in it, found from the line end before it
_NUMBERED_LINE = re.compile(r"\n([^\n\d]{0,200}+\d[^\n]{0,200}+)(?=\n|\Z)")
_DIGITS = re.compile(r"\d+")
_BARE_NUMBER = re.compile(r"[^\S\n]*+\d{1,4}[^\S\n]*+")
# a line (without its indent) that is only a page number or "3 of 24", or starts with "Page 3"
_PAGED = re.compile(r"(?:\d{1,4}[^\S\n]*+$|(?i:page|seite|página|pagina)[^\S\n]{1,3}\d{1,4}\b"
                    r"|\d{1,4}[^\S\n]{1,3}(?i:of|von|de|di|/)[^\S\n]{1,3}\d{1,4}[^\S\n]*+$)")
_FOOTER_WORDS = 8
_PAGE_LINES = 10  # lines a page holds at the least, on average
_END_PUNCTUATION = tuple('.?!…"”’)')


@dataclass
class Cut:
    """The turns and asides of a body."""

    #: (hit number or -1 for an unlabeled opening, text, first text line, last text line, label line)
    turns: list[tuple[int, str, int | None, int | None, int | None]]
    asides: list[str] = field(default_factory=list)
    aside_lines: list[int] = field(default_factory=list)
    aside_at: list[int] = field(default_factory=list)  #: their places among rebuild_body's lines
    inline_labels: list[int] = field(default_factory=list)  #: lines holding a label and text
    glued_labels: list[int] = field(default_factory=list)  #: lines where a label follows a sentence
    n_lines: int = 0


def line_numbers(text: str, offsets) -> dict[int, int]:
    """The 1-based line of each of ``offsets`` in ``text``, in one pass over the text."""
    out, line, pos = {}, 1, 0
    for offset in sorted(set(offsets)):
        line += text.count("\n", pos, offset)
        pos = offset
        out[offset] = line
    return out


def find_asides(text: str, start: int, conv, hits: list[Hit]) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text[start:]`` that are asides, with the blank lines
    after each (see the module's rules), other than the trailing ones."""
    spans = [(pos, m.end()) for pos, m in conv.find_lines("asides", text, start)]
    spans += _page_furniture(text, start, {h.pos for h in hits})
    first = hits[0].pos if hits else len(text)
    if conv.compiled.get("stage") is not None:  # stage directions above the first label
        for m in _LINE.finditer(text, start, first):
            if (m.start() == 0 or text[m.start() - 1] == "\n") and conv.matches("stage", m.group().strip()):
                spans.append(m.span())
    spans = sorted(set(spans))
    return [(a, _after_blank_lines(text, b)) for a, b in spans]


def _after_blank_lines(text: str, end: int) -> int:
    """The offset after the line end at ``end`` and any blank lines after it."""
    m = _BLANK_RUN.match(text, end)
    if m:
        return m.end()
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _page_furniture(text: str, start: int, labels: set[int]) -> list[tuple[int, int]]:
    """Page headers and footers of a PDF or a printed web page. In a text that has pages ("Page
    3 of 24", "3 of 24" or a bare page number on a line), those lines and a numbered line that
    recurs three times or more (twice, when each time next to a page number: "May 4, 2022 Chair
    Powell's Press Conference FINAL"). In any text, a line that recurs three times or more with
    its last number counting up by one each time ("www.pm.gov.au 1", "www.pm.gov.au 2", ...)."""
    # (the body never starts the text)
    numbered = [(m.span(1), m.group(1)) for m in _NUMBERED_LINE.finditer(text, max(0, start - 1))
                if m.start(1) not in labels]  # a label's line is no furniture
    paged = any(_PAGED.match(line.lstrip()) for _, line in numbered)
    seen: dict[str, list[tuple[int, int]]] = {}
    pages, out = [], []
    for span, line in numbered:
        if paged and (_PAGE_LINE.match(line) or _BARE_NUMBER.fullmatch(line)):
            out.append(span)
            pages.append(span)
        else:
            seen.setdefault(_DIGITS.sub("#", line.strip()), []).append(span)
    for key, spans in seen.items():
        if len(key) < 8 or len(spans) < 2:
            continue
        if paged and (len(spans) >= 3 or all(_next_to(text, span, pages) for span in spans)):
            out += spans
        elif len(spans) >= 3 and _counts_pages(text, spans):
            out += spans
    return out


def _counts_pages(text: str, spans: list[tuple[int, int]]) -> bool:
    """Do the lines at ``spans`` count pages: their last number going up by one from each line to
    the next, with a page's worth of lines between them (ten or more on average)?"""
    last = [int(_DIGITS.findall(text[a:b])[-1]) for a, b in spans]
    lines_between = text.count("\n", spans[0][0], spans[-1][0])
    return (all(b == a + 1 for a, b in zip(last, last[1:]))
            and lines_between >= _PAGE_LINES * (len(spans) - 1))


def _next_to(text: str, span: tuple[int, int], pages: list[tuple[int, int]]) -> bool:
    """Is the line at ``span`` next to a page number's line (blank lines between them aside)?"""
    return any(not text[min(span[1], p[1]):max(span[0], p[0])].strip() for p in pages)


def cut_turns(text: str, start: int, hits: list[Hit], asides: list[tuple[int, int]], *,
              opening: bool, merge_chunks: bool = False) -> Cut:
    """The turns of ``text[start:]`` cut at ``hits`` and ``asides`` (see the module's rules).

    With ``opening``, text between ``start`` and the first label is a turn of its own (hit
    number -1); otherwise the turns start at the first label.
    """
    given = {id(h): k for k, h in enumerate(hits)}
    hits, asides = _trailing_asides(text, hits, asides)
    # a turn's hit number is its place in the hits given, some of which became asides
    number = [given[id(h)] for h in hits]
    keys = [name_key(h.name) for h in hits] if merge_chunks else None
    events = [(h.pos, 0, i) for i, h in enumerate(hits)]
    events += [(a, 1, k) for k, (a, _) in enumerate(asides)]
    events.sort()
    turns: list[list] = []  # [hit number, segments]
    recorded: list[tuple[str, int]] = []  # asides as (text, offset), in order
    cursor = start if opening else (hits[0].pos if hits else len(text))
    for a, b in asides:  # asides above the first turn (a time line, a stage direction)
        if a < cursor:
            recorded.append((text[a:b].strip(), a))
    current: list | None = None
    if opening:
        current = [-1, []]
        turns.append(current)
    for pos, is_aside, i in events:
        if pos < cursor:
            continue  # inside a label's line (or an aside already taken)
        if current is not None and pos > cursor:
            current[1].append((cursor, pos))
        if is_aside:
            a, b = asides[i]
            recorded.append((text[a:b].strip(), a))
            cursor = b
            continue
        hit = hits[i]
        if merge_chunks and current is not None and current[0] >= 0 and keys[current[0]] == keys[i]:
            recorded.append((hit.printed, hit.pos))
        else:
            current = [i, []]
            turns.append(current)
        cursor = hit.text_at
    if current is not None and cursor < len(text):
        current[1].append((cursor, len(text)))
    bodies = [_text_of(text, segments) for _, segments in turns]
    wanted = [hits[i].pos for i, _ in turns if i >= 0] + [off for _, a, b in bodies for off in (a, b) if off is not None]
    lines = line_numbers(text, wanted + [off for _, off in recorded])
    cut = Cut([])
    for (i, _), (body, first, last) in zip(turns, bodies):
        label_line = lines[hits[i].pos] if i >= 0 else None
        cut.turns.append((number[i] if i >= 0 else i, body, lines.get(first), lines.get(last), label_line))
        if i >= 0 and hits[i].inline:
            cut.inline_labels.append(label_line)
        if i >= 0 and hits[i].glued:
            cut.glued_labels.append(label_line)
    if opening and not cut.turns[0][1]:
        del cut.turns[0]  # no opening statement after all
    cut.asides = [a for a, _ in recorded]
    cut.aside_lines = [lines[off] for _, off in recorded]
    if recorded:
        first_turn = hits[0].pos if not opening and hits else start
        cut.aside_at = _aside_places(text, first_turn, [off for _, off in recorded])
    cut.n_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return cut


def _text_of(text: str, segments: list[tuple[int, int]]) -> tuple[str, int | None, int | None]:
    """A turn's text from its segments, and the offsets of its first and last non-space characters."""
    if not segments:
        return "", None, None
    joined = "".join(text[a:b] for a, b in segments)
    first = _NONSPACE.search(joined)
    if first is None:
        return "", None, None
    f = first.start()
    last = len(joined.rstrip()) - 1
    begin = joined.rfind("\n", 0, f) + 1
    end = joined.find("\n", last)
    body = _BLANK_RUN.sub("\n\n", joined[begin:] if end < 0 else joined[begin:end])
    return body, _source_offset(segments, f), _source_offset(segments, last)


def _source_offset(segments: list[tuple[int, int]], k: int) -> int:
    """The offset in the text of the ``k``-th character of the joined segments."""
    for a, b in segments:
        if k < b - a:
            return a + k
        k -= b - a
    return segments[-1][1] - 1


def _trailing_asides(text: str, hits: list[Hit], asides: list[tuple[int, int]]):
    """Hits and asides with lists of labels and trailing footers moved to the asides."""
    # (a label glued to a sentence is no entry of a list: setting it aside would split its line)
    empty = [not h.glued and not text[h.text_at:hits[k + 1].pos if k + 1 < len(hits) else len(text)].strip()
             for k, h in enumerate(hits)]
    listed: set[int] = set()  # runs of three or more people's labels without text: a list of participants
    k = 0
    while k < len(hits):
        j = k
        while j < len(hits) and empty[j]:
            j += 1
        # a list names three people or more: one label repeated is a turn printed in chunks
        if j - k >= 3 and len({name_key(hits[x].name) for x in range(k, j)}) >= 3:
            listed.update(range(k, j + 1 if j == len(hits) - 1 else j))
        k = j + 1
    if listed:
        extra = [(hits[k].pos, _after_blank_lines(text, _line_end(text, hits[k].pos))) for k in listed]
        if len(hits) - 1 in listed:  # the text after a list that ends the document is its footer
            last = hits[-1]
            if text[last.text_at:].strip():
                extra.append((last.text_at, len(text)))
        asides = sorted(asides + extra)
        hits = [h for k, h in enumerate(hits) if k not in listed]
    # a block of short lines without a full stop after the last turn's text
    if hits:
        tail = _footer_block(text, hits[-1].text_at, asides)
        if tail:
            asides = sorted(asides + tail)
    return hits, asides


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _footer_block(text: str, start: int, asides: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The trailing lines of ``text[start:]`` that make a footer: three or more short lines
    (eight words at most) none of which ends like a sentence, after the last such sentence."""
    taken = {a for a, _ in asides}
    lines = []
    end = len(text.rstrip())
    pos = end
    while pos > start:
        a = text.rfind("\n", start, pos) + 1 or start
        line = text[a:pos].strip()
        if line and a not in taken:
            if len(line.split()) > _FOOTER_WORDS or line.endswith(_END_PUNCTUATION):
                break
            lines.append((a, pos))
        pos = a - 1
    if len(lines) < 3 or pos <= start:
        return []
    return [(a, _after_blank_lines(text, b)) for a, b in reversed(lines)]


def _aside_places(text: str, first_turn: int, offsets: list[int]) -> list[int]:
    """Each aside's position among :func:`rebuild_body`'s lines.

    Those lines are, one for one, the non-blank lines of the text from the first turn on (a
    label printed on its text's line makes one line with it, a label glued to a sentence
    joins that sentence's line, and the asides are lines of their own); asides above the first
    turn come first, in order.
    """
    out = []
    before = 0  # asides above the first turn
    count, pos = 0, first_turn
    for off in offsets:
        if off < first_turn:
            out.append(before)
            before += 1
            continue
        count += count_nonblank_lines(text, pos, off)
        pos = off
        out.append(before + count)
    return out


def count_nonblank_lines(text: str, start: int, stop: int) -> int:
    """The non-blank lines that start in ``text[start:stop]`` (at ``start`` only where a line
    starts) and print a character before ``stop``. (Found from the line end before each, which
    the regex engine skips to, rather than from ``^`` in multi-line mode, tried at every offset.)

    >>> count_nonblank_lines("a\\n\\n  b\\nc", 0, 8), count_nonblank_lines("a\\n\\n  b\\nc", 1, 5)
    (3, 0)
    """
    first = start == 0 and _NONBLANK_LINE.match(text, 0, stop) is not None
    return first + len(_NONBLANK_NEXT_LINE.findall(text, max(start - 1, 0), stop))
