"""Where a transcript's labels are, by convention; and which convention a transcript follows.

:func:`find_labels` lists a text's label lines as a :class:`Hit` each, by one
:class:`~presslib.conventions.Convention`; :func:`detect` tries every convention and keeps the one
that explains the text best: the most label lines, ties going to the earlier convention. A text
that none explains raises :class:`~presslib.errors.PresslibError` naming each convention tried
and the first line it could not read as a label.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .conventions import Convention, conventions, get_convention
from .errors import PresslibError
from .speakers import label_key, looks_like_label, name_key, parse_label
from .text import _textscan

_NOT_LABEL_END = '.?!…"”’;,'
# A short line (at most 120 characters; possessive, so that long lines fail at once); the
# caller keeps those that do not end like a sentence.
_SHORT_LINE = re.compile(r"^.{1,120}+$", re.M)
_SHORT_NEXT_LINE = re.compile(r"\n(.{1,120}+)$", re.M)  # the same, found by its line end: faster
# A colon at a line's end: found by its literal colon, so the search skips from colon to colon
_COLON_END = re.compile(r":[ \t]*$", re.M)
_NONBLANK = re.compile(r"^[ \t]*\S[^\n]*$", re.M)
_DETECT_CHARS = (8_000, 40_000)  # detection reads this much of the body first, then all


class Hit(NamedTuple):
    """One label line: where it is, what it prints, and where its text starts."""

    pos: int  #: offset of the line's start in the text
    printed: str  #: the label as printed (white space around it removed)
    name: str  #: the part that names the person ("MS. JEAN-PIERRE", "Donald Trump")
    text_at: int  #: offset where the turn's text may start (after the label, or the next line)
    inline: bool  #: the text starts on the label's own line


def find_labels(text: str, start: int, conv: Convention, *, known: tuple[str, ...] = (),
                counting: bool = False, first_only: bool = False) -> list[Hit] | list[int]:
    """Every label line of ``text[start:]`` by ``conv``, in order.

    ``known`` names people known before the first label (the header's principal): under the
    ``titled-name`` shape a colonless line naming them is a label too. ``counting`` (for
    detection, which needs only how many there are) skips that second pass, and under a
    regular expression gives each label's offset only; with ``first_only``, only the first.

    >>> from presslib.conventions import get_convention
    >>> [h.printed for h in find_labels("MS. SMITH:  Hi.\\n\\nQ    Why?\\n", 0, get_convention("whitehouse"))]
    ['MS. SMITH:', 'Q']
    """
    if conv.label_re is None:
        if counting:
            return _counted_titled_names(text, start, first_only)
        return _titled_name_labels(text, start, known)
    same_line = conv.text == "same-line"
    n = len(text)
    if counting:  # the same lines as below, without reading them
        out = []
        for pos, m in conv.find_lines("label", text, start):
            end = m.end()
            eol = text.find("\n", end)
            if same_line or end == eol or end == n or text[end:n if eol < 0 else eol].isspace():
                out.append(pos)
                if first_only:
                    break
        return out
    hits = []
    has_name = "name" in conv.label_re.groupindex
    for pos, m in conv.find_lines("label", text, start):
        end = m.end()
        eol = text.find("\n", end)
        if eol < 0:
            eol = n
        # text after the label on its line: inline under "same-line", none allowed else
        rest = end < eol and not text[end:eol].isspace()
        if rest and not same_line:
            continue
        printed = m.group("label").strip()
        name = ((m.group("name") if has_name else None) or printed.rstrip(":")).strip()
        hits.append(Hit(pos, printed, name, end if rest else eol + 1, rest))
    return hits


def _titled_name_labels(text: str, start: int, known: tuple[str, ...]) -> list[Hit]:
    """NATO's labels: "Title Name:" / "Name, Outlet:" lines, and colonless ones naming known people."""
    bounds = _short_lines(text, start)
    candidates = [(a, b, text[a:b]) for a, b in zip(bounds[::2], bounds[1::2])
                  if text[b - 1] not in _NOT_LABEL_END]
    labels = {}
    for pos, end, line in candidates:
        line = line.strip()
        if line.endswith(":") and looks_like_label(line[:-1].rstrip()):
            labels[pos] = (end, parse_label(line))
    known_labels = {label_key(lab.printed) for _, lab in labels.values()}
    known_names = {name_key(lab.name) for _, lab in labels.values()} | {name_key(k) for k in known if k}
    for pos, end, line in candidates:
        if pos in labels:
            continue
        line = line.strip()
        if not line or line.endswith(tuple(_NOT_LABEL_END)):
            continue
        if label_key(line) in known_labels or (
            looks_like_label(line) and name_key(parse_label(line).name) in known_names
        ):
            labels[pos] = (end, parse_label(line))
    return [Hit(pos, lab.printed, lab.name, end + 1, False) for pos, (end, lab) in sorted(labels.items())]


def _short_lines(text: str, start: int) -> list[int]:
    """Where each line from ``start`` (a line's start) on of 1 to 120 characters begins and
    ends, flat: ``[begin0, end0, begin1, end1, ...]``. In C where the install built
    :mod:`presslib._textscan`; this is the same in Python.

    >>> _short_lines("A:\\n\\n" + "x" * 121 + "\\nB", 0)
    [0, 2, 126, 127]
    """
    if _textscan is not None:
        return _textscan.short_lines(text, start, 120)
    first = _SHORT_LINE.match(text, start)
    out = [first.start(), first.end()] if first else []
    for m in _SHORT_NEXT_LINE.finditer(text, start):
        out += m.span(1)
    return out


def _counted_titled_names(text: str, start: int, first_only: bool = False) -> list[Hit]:
    """The colon-ended "Title Name:" / "Name, Outlet:" lines only: cheap, for detection."""
    hits = []
    for m in _COLON_END.finditer(text, start):
        pos = max(start, text.rfind("\n", start, m.start()) + 1)
        line = text[pos:m.end()]
        if len(line) <= 120:
            line = line.strip()
            if looks_like_label(line[:-1].rstrip()):
                hits.append(Hit(pos, line, line[:-1], m.end() + 1, False))
                if first_only:
                    break
    return hits


def first_text_line(text: str, start: int) -> tuple[int, str]:
    """``(1-based line number, stripped line)`` of the first non-blank line at or after ``start``."""
    m = _NONBLANK.search(text, start)
    if not m:
        return text.count("\n", 0, start) + 1, ""
    return text.count("\n", 0, m.start()) + 1, m.group().strip()


def detect(text: str, start: int, *, known: tuple[str, ...] = (), extra=None,
           source: str | None = None) -> tuple[Convention, list[Hit]]:
    """The convention that explains ``text[start:]`` best, and its label lines.

    Each convention is tried on the first 8,000 characters of the body; unless exactly one
    finds labels there, on the first 40,000, then on all of it. Raises
    :class:`PresslibError` when no convention finds a label.
    """
    convs = list(conventions(extra).values())
    samples = [text[: start + n] for n in _DETECT_CHARS if start + n < len(text)] + [text]
    for sample in samples:
        # The whole text's labels are read in full by regular expression (they may be the
        # answer); on the first sample, only whether each convention finds one counts.
        partial = sample is not text
        found = [find_labels(sample, start, c, known=known, counting=partial or c.label_re is None,
                             first_only=partial and sample is samples[0]) for c in convs]
        best, neg_k = max((len(hits), -k) for k, hits in enumerate(found))
        if sample is not text and sample is samples[0] and sum(1 for h in found if h) > 1:
            continue  # several conventions fit the first lines: read on before choosing
        if best:
            conv = convs[-neg_k]
            if sample is text and conv.label_re is not None:
                return conv, found[-neg_k]
            return conv, find_labels(text, start, conv, known=known)
    raise no_fit(text, start, convs, source=source)


def labels_by(text: str, start: int, convention, *, known=(), extra=None, source=None):
    """``(convention, hits)`` for a forced ``convention`` (a name, a path or a Convention)."""
    conv = get_convention(convention, extra)
    hits = find_labels(text, start, conv, known=known)
    if not hits:
        raise no_fit(text, start, [conv], source=source)
    return conv, hits


def no_fit(text: str, start: int, convs: list[Convention], *, source=None) -> PresslibError:
    """The error for a text without labels: each convention, and the first line it could not read."""
    line, first = first_text_line(text, start)
    if not first:
        return PresslibError("expected speaker labels, found no text after the header",
                             path=source, line=line)
    shown = first if len(first) <= 40 else first[:37] + "..."
    tried = "; ".join(f"{c.name} (such as {c.example!r})" for c in convs)
    return PresslibError(
        f"expected speaker labels, found none: tried {tried}; the first line, {shown!r}, "
        f"is a label in none of them",
        path=source, line=line,
    )
