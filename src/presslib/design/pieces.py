"""A journalist's turn cut into pieces (sentences, and clauses where a sentence holds several
questions), each with what it does: :func:`turn_pieces`.

Sentences are those of :func:`presslib.design.sentences.split_sentences` (a quotation kept
whole). A sentence is cut further, in this order:

1. after an **announcement** that ends at its first colon ("Just two issues: ...") or comma
   ("So my question today is, do you ...", "And the second question, I'm sure ..."); before a
   comma the announcing phrase must end there ("the question of security, the concern ..."
   is not cut);
2. before a **coordinated question**: "..., and is this a job ...", "..., and what kind of
   threat does it pose ...", "..., and I wonder if ..." (``and`` followed by interrogative word
   order or an "I wonder" frame);
3. in a sentence that asks, before an **asyndetic question** ("how would a coalition be built,
   what would be the requirements ...", "What is NATO's position ..., does NATO separate ...")
   and before an assertion run on after the question ("when will these be operational, and
   apparently the list ... is very long"): only where the words before the cut ask.

``or`` never cuts: "will you speak in favour of it or will you warn against it?" is one
question with two candidate answers. Each piece then gets a ``part``: ``question`` (it ends the
sentence's "?", begins with interrogative word order in a sentence that asks, or carries an
indirect frame or a request: cues of :mod:`presslib.design.cues`), ``announcement``,
``reported`` (someone's words or position reported), ``courtesy``, ``self_identification``
(:func:`presslib.design.sentences.classify_sentence`), or ``context``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .sentences import classify_sentence, is_minimal, is_reported_question, split_sentences
from .cues import compiled_cues, first_cue, plain

_WH = r"(?:what|when|where|which|who|whom|whose|why|how)"
_AUX = (r"(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|may|might|has|have|"
        r"had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|"
        r"shouldn't|haven't|hasn't|hadn't)")
_PRONOUN = r"(?:you|we|they|he|she|it|I)"
# A subject after an inverted auxiliary: a pronoun, a demonstrative, "there", or a capitalised
# name ("does NATO", "have Allies"). Not "the": "... and have the ammunition it needs" goes on
# a verb phrase more often than it asks.
_SUBJECT = rf"(?:(?i:{_PRONOUN}|this|that|these|those|there)|[A-Z][\w'’.-]{{0,40}})"
_CORE = (rf"(?:(?i:{_WH}\s+{_AUX})\b|(?i:{_WH})(?:\s+[\w'’-]{{1,40}}){{1,3}}\s+(?i:{_AUX})\s+"
         rf"(?:(?i:{_PRONOUN})|[A-Z][\w'’.-]{{0,40}})\b|(?i:{_AUX})\s+{_SUBJECT}\b)")
_LEAD = r"(?i:(?:and|so|but|or|then|also|now|well|okay|ok)\W{1,3}){0,3}"
_PREFIX = r"(?:[^,.?!:;\n]{1,60},\s{1,3}){0,2}"  # "And if not, ", "So Mr. Secretary General, "
#: Interrogative word order at the start of a piece, after conjunctions and a short prefix.
INTERROGATIVE = re.compile(rf"\W{{0,3}}{_LEAD}{_PREFIX}{_CORE}")
_AND_QUESTION = re.compile(
    rf",?\s{{1,3}}(?=(?i:and)\s+(?:(?i:then|also)\s+)?(?:{_CORE}|I\s+(?i:was\s+|am\s+)?(?i:wonder)))")
_ASYNDETIC = re.compile(
    rf",\s{{1,3}}(?=(?i:what|how|why|when|where)\s+(?i:{_AUX})\b|(?i:what|how|why)(?:\s+[\w'’-]{{1,40}}){{1,3}}"
    rf"\s+(?i:{_AUX})\s+(?i:{_PRONOUN})\b|(?i:{_AUX})\s+(?:(?i:you|we|they)|[A-Z][\w'’.-]{{0,40}})\b)")
_RUN_ON = re.compile(r",\s{1,3}(?=and\s+(?:apparently|obviously|clearly|of\s+course|meanwhile|"
                     r"moreover|besides|at\s+the\s+same\s+time)\b)", re.I)
_FIRST_BREAK = re.compile(r"[,:]")
_ANNOUNCEMENT_WORDS = 12  # an announcement cut off at its comma or colon is short
#: The parts a piece can have.
PARTS = ("question", "announcement", "reported", "context", "courtesy", "self_identification")


class Piece(NamedTuple):
    """One piece of a turn: offsets in the turn's text, its sentence (0-based), its part, and
    whether it begins with interrogative word order."""

    start: int
    end: int
    sentence: int
    part: str
    form: str  #: for a question: "direct", "interrogative", "indirect"; else ""
    asks: bool  #: its sentence asks (ends in "?", or carries a frame or a request)


def is_interrogative(text: str) -> bool:
    """Does ``text`` begin with interrogative word order (after conjunctions and a short prefix)?

    >>> [is_interrogative(t) for t in ["And if not, how would it work", "does NATO agree",
    ...  "What we see is that", "and have the ammunition", "Secretary General, will you go"]]
    [True, True, False, False, True]
    """
    return INTERROGATIVE.match(text) is not None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _announcement_cut(text: str, start: int, end: int, cues: dict) -> int | None:
    """Where an announcement ending at the sentence's first comma or colon stops, if it does."""
    m = _FIRST_BREAK.search(text, start, end)
    if not m or len(text[start:m.start()].split()) > _ANNOUNCEMENT_WORDS:
        return None
    rest = text[m.end():end].strip()
    head = text[start:m.start()].rstrip()
    found = first_cue(head, cues["announcement"])
    if not rest or found is None:
        return None
    # Before a comma the announcement must be whole ("So my question is, ..."), not the start
    # of a phrase that goes on ("the question of the security, the raising concern ...").
    if m.group() == "," and found[2] < len(head):
        return None
    return m.end()


def _cuts(text: str, start: int, end: int, asks: bool) -> list[int]:
    """Offsets inside ``text[start:end]`` where a sentence is cut into clauses (rules 2 and 3)."""
    cuts = []
    left = start
    candidates = sorted({m.start() for m in _AND_QUESTION.finditer(text, start, end)}
                        | ({m.start() for m in _ASYNDETIC.finditer(text, start, end)}
                           | {m.start() for m in _RUN_ON.finditer(text, start, end)} if asks else set()))
    for pos in candidates:
        if pos <= left:
            continue
        coordinated = _AND_QUESTION.match(text, pos) is not None
        if coordinated or is_interrogative(text[left:pos]):
            cuts.append(pos)
            left = pos
    return cuts


def turn_pieces(text: str, *, names: frozenset[str] = frozenset(), cues: str | None = None) -> list[Piece]:
    """The pieces of one journalist's turn, in order (see the module's docstring).

    ``names``: lower-cased words of the speaker's name and outlet (for self-identification);
    ``cues``: a cue list path (default: the packaged one).

    >>> t = "Thanks. Just two issues: you said yes. Is it so? Tax is bad, and I wonder if it ends."
    >>> [(t[p.start:p.end], p.part) for p in turn_pieces(t)]
    [('Thanks.', 'courtesy'), ('Just two issues:', 'announcement'), ('you said yes.', 'reported'), ('Is it so?', 'question'), ('Tax is bad', 'context'), ('and I wonder if it ends.', 'question')]
    """
    compiled = compiled_cues(cues)
    pieces: list[Piece] = []
    for number, (s_start, s_end, ends_asking) in enumerate(split_sentences(text)):
        sentence = text[s_start:s_end]
        direct = ends_asking and not is_reported_question(sentence)
        framed = bool(first_cue(sentence, compiled["indirect"]) or first_cue(sentence, compiled["request"]))
        spans = []
        cut = _announcement_cut(text, s_start, s_end, compiled)
        head = s_start
        if cut is not None:
            spans.append((s_start, cut, "announcement"))
            head = cut
        asks = direct or framed or (cut is not None and is_interrogative(text[head:s_end].lstrip()))
        bounds = [head, *_cuts(text, head, s_end, asks), s_end]
        for a, b in zip(bounds, bounds[1:]):
            spans.append((a, b, ""))
        for k, (a, b, given) in enumerate(spans):
            a, b = _strip(text, a, b)
            if a >= b:
                continue
            piece = text[a:b]
            part, form = given, ""
            if not part:
                part, form = _classify(piece, last=(k == len(spans) - 1), direct=direct, asks=asks,
                                       names=names, compiled=compiled)
            pieces.append(Piece(a, b, number, part, form, asks))
    return pieces


def _classify(piece: str, *, last: bool, direct: bool, asks: bool, names, compiled) -> tuple[str, str]:
    if is_minimal(piece):  # "Yes?", "(Laughter.)": asks nothing
        return "courtesy", ""
    if last and direct:
        return "question", "direct"
    if first_cue(piece, compiled["request"]):
        return "question", "indirect"
    if first_cue(piece, compiled["announcement"]):  # "I wanted to ask about X." announces
        return "announcement", ""
    if first_cue(piece, compiled["indirect"]):
        return "question", "indirect"
    if asks and is_interrogative(piece):
        return "question", "interrogative"
    if first_cue(piece, compiled["reported"]):
        return "reported", ""
    kind = classify_sentence(piece, names=names)
    if kind in ("courtesy", "self_identification"):
        return kind, ""
    return "context", ""


def opening_word(text: str) -> str:
    """The first word of ``text``, lower-cased, curly apostrophes straight ("" if none).

    >>> opening_word("  Or are we there?")
    'or'
    """
    m = re.search(r"[^\W_]+(?:'[^\W_]+)?", plain(text))
    return m.group().lower() if m else ""
