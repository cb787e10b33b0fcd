"""Step 4 of parsing: which convention reads a document best, judged on the whole document.

Every convention is tried (or only the one the user forced). Each reading is scored by how
much of the body it accounts for and how plausible its speakers are:

- **coverage**: the share of the body's characters that the reading accounts for: from the
  first label on, a title block it recognises (title, "by ..." line, dates) and the
  unlabeled opening statement after it. Other text above the first label is unaccounted
  header;
- **recurrence**: the share of labels whose speaker speaks more than once (a one-word label
  only if it is a role), whom the header names, or whose label says who speaks (a role the
  convention knows, "Q" or "MODERATOR"; a journalist's "Name, Outlet"). Section headings
  read as labels each occur once; the people of a press conference come back.

The score is ``coverage × (0.5 + 0.5 × recurrence)``. Readings within :data:`TIE` of the best
score are told apart by the number of labels they find (a reading that also finds the "Q"s
beats one that folds the questions into the answers), then by the conventions' order; but a
reading whose only extra labels are single words that are no role ("Support: we." in prose)
gives way to the one without them.

A document that no reading explains (no convention finds two labels, or one that accounts for
:data:`SINGLE_COVERAGE` of it; or the best covers less than :data:`MIN_COVERAGE`) is refused
with one line naming each convention tried.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import PresslibError
from .conventions import Convention, conventions, get_convention
from .header import Header, read_title_block
from .labels import ROLE_KEYS, Hit, count_label_lines, find_labels, label_people, names_outlet
from .names import name_key

TIE = 0.05
SINGLE_COVERAGE = 0.8
MIN_COVERAGE = 0.25
_ENOUGH_LINES = 5  # a convention that matches this many lines in the first half bars those that match none
_NONBLANK = re.compile(r"[^\S\n]*\S[^\n]*")


@dataclass
class Reading:
    """One convention's reading of a document."""

    convention: Convention
    hits: list[Hit]
    body_start: int  #: where the turns (or the opening statement) may start
    title_block: Header | None = None  #: a title block read under this convention
    opening: bool = False  #: text before the first label is the principal's opening statement
    coverage: float = 0.0
    recurrence: float = 0.0
    scores: dict[str, tuple[float, int]] = field(default_factory=dict)  #: every reading tried
    others: list["Reading"] = field(default_factory=list, repr=False)  #: the other readings tried
    set_aside: list[Hit] = field(default_factory=list)  #: label-shaped lines read as text (labels.py)

    @property
    def score(self) -> float:
        return self.coverage * (0.5 + 0.5 * self.recurrence)


def read_with(text: str, start: int, conv: Convention, lines: list[str], *,
              known: tuple[str, ...] = ()) -> Reading:
    """``conv``'s reading of ``text[start:]``; ``lines`` are the text's lines (for a title block)."""
    block = None
    body = start
    if conv.header == "title-block":
        first_line = text.count("\n", 0, start)
        block, body_line = read_title_block(lines, first_line)
        if block.lines:
            body = _offset_of_line(text, start, first_line, body_line)
            known = (*known, block.principal, *(name for _, name in block.others))
    set_aside: list[Hit] = []
    hits = find_labels(text, body, conv, known=known, set_aside=set_aside)
    reading = Reading(conv, hits, body, block, set_aside=set_aside)
    if not hits:
        return reading
    first = hits[0].pos
    total = _chars(text, start, len(text))
    # from the first label on: the rest of the body (one pass over the text, not two)
    labelled = total - _chars(text, start, first) if first >= start else _chars(text, first, len(text))
    before = _chars(text, body, first)
    reading.opening = bool(block and block.principal and before)
    # a title block read as such is accounted for, as is an opening statement it introduces
    explained = labelled + (before if reading.opening else 0) \
        + (_chars(text, start, body) if block and block.lines else 0)
    reading.coverage = explained / max(1, total)
    person, labels = label_people(hits)
    keys = Counter(person[h.printed] for h in hits)
    roles = ("collective_journalist", "anonymous_journalist", "moderator")
    # a label recurs (a single word only as a role: "NATO:" twice in prose is no evidence), or
    # names someone the header names, or says by its shape who speaks: a role the convention
    # knows, or a journalist's "Name, Outlet"
    named = {name_key(k) for k in known if k}
    shape = {}  # a label's name -> (is a role's, is weak), asked once per name, not per turn
    for h in hits:
        if h.name not in shape:
            shape[h.name] = (any(conv.matches(r, h.name) for r in roles), _weak(h, conv))
    recurring = sum(1 for h in hits if shape[h.name][0]
                    or (keys[person[h.printed]] > 1 and not shape[h.name][1])
                    or person[h.printed] in named
                    or names_outlet(h, labels))
    reading.recurrence = recurring / len(hits)
    return reading


def choose_reading(text: str, start: int, *, convention=None, extra=None, known: tuple[str, ...] = (),
                   source: str | None = None) -> Reading:
    """The reading that explains ``text[start:]`` best (see the module's rules), or the forced
    ``convention``'s; raises :class:`PresslibError` when none explains it."""
    convs = [get_convention(convention, extra)] if convention is not None else list(conventions(extra).values())
    worth = _worth_reading(text, start, convs)
    # (the lines, for a title block: split only when a convention that reads one is tried)
    lines = text.split("\n") if any(c.header == "title-block" for c in worth) else []
    readings = [read_with(text, start, c, lines, known=known) for c in worth]
    scores = {r.convention.name: (round(r.score, 3), len(r.hits)) for r in readings}
    # two labels at least; or one that accounts for most of the text (a single speaker's remarks)
    usable = [r for r in readings if len(r.hits) >= 2 or (r.hits and r.coverage >= SINGLE_COVERAGE
                                                            and not _weak(r.hits[0], r.convention))]
    if not usable:
        raise no_fit(text, start, convs, source=source)
    best_score = max(r.score for r in usable)
    close = sorted((r for r in usable if r.score >= best_score - TIE - 1e-9),
                   key=lambda r: (-len(r.hits), convs.index(r.convention)))
    best = close[0]
    for other in close[1:]:
        if _only_adds_words(best, other):
            best = other
    best.scores = scores
    best.others = [r for r in readings if r is not best]
    if best.coverage < MIN_COVERAGE:
        line = text.count("\n", 0, best.hits[0].pos) + 1
        raise PresslibError(
            f"expected a transcript of speaker turns, found labels ({best.convention.name}) for only "
            f"{best.coverage:.0%} of the text", path=source, line=line)
    return best


def _worth_reading(text: str, start: int, convs: list[Convention]) -> list[Convention]:
    """The conventions worth a full reading: all but those whose pattern matches no line in
    the first half of the body while another's matches five or more there (a reading that
    starts past the middle cannot account for half of the document, nor beat one that does)."""
    half = start + (len(text) - start) // 2
    found = [count_label_lines(text, start, half, c, at_most=_ENOUGH_LINES) for c in convs]
    if max(found, default=0) < _ENOUGH_LINES:
        return convs
    return [c for c, n in zip(convs, found) if n]


def _only_adds_words(more: Reading, fewer: Reading) -> bool:
    """Are the labels that ``more`` finds and ``fewer`` does not all single words that are no
    role ("Support: we." in prose), while those ``fewer`` alone finds are not? Then ``fewer``
    reads the document better, though it finds fewer labels."""
    mine, theirs = {h.pos for h in more.hits}, {h.pos for h in fewer.hits}
    only_more = [h for h in more.hits if h.pos not in theirs]
    only_fewer = [h for h in fewer.hits if h.pos not in mine]
    return bool(only_more) and all(_weak(h, more.convention) for h in only_more) \
        and not (only_fewer and all(_weak(h, fewer.convention) for h in only_fewer))


def _weak(hit: Hit, conv: Convention) -> bool:
    """A one-word label that is no role the convention knows."""
    return len(hit.name.split()) == 1 and not any(conv.matches(k, hit.name) for k in ROLE_KEYS)


def _chars(text: str, a: int, b: int) -> int:
    """Characters other than white space in ``text[a:b]`` (cheap: counts spaces, not words)."""
    if b <= a:
        return 0
    piece = text[a:b]
    return len(piece) - piece.count(" ") - piece.count("\n")


def _offset_of_line(text: str, start: int, first_line: int, line: int) -> int:
    """Offset of 0-based ``line`` of ``text``, counting from ``start`` (0-based ``first_line``)."""
    pos = start
    for _ in range(line - first_line):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def first_text_line(text: str, start: int) -> tuple[int, str]:
    """``(1-based line number, stripped line)`` of the first non-blank line at or after ``start``."""
    for m in _NONBLANK.finditer(text, start):
        return text.count("\n", 0, m.start()) + 1, m.group().strip()
    return text.count("\n", 0, start) + 1, ""


def no_fit(text: str, start: int, convs: list[Convention], *, source=None) -> PresslibError:
    """The error for a text without labels: each convention, and the first line it could not read."""
    line, first = first_text_line(text, start)
    if not first:
        return PresslibError("expected speaker labels, found no text after the header",
                             path=source, line=line)
    shown = first if len(first) <= 40 else first[:37] + "..."
    tried = "; ".join(f"{c.name} (such as {c.example!r})" for c in convs)
    return PresslibError(
        f"expected speaker labels, found too few to read turns: tried {tried}; "
        f"the first line, {shown!r}, is a label in none of them",
        path=source, line=line,
    )
