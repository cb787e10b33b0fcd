"""The project's one definition of a word, a sentence and a question.

Every count in presslib (the turns table's ``n_words``, ``n_sentences``, ``n_questions``, the
tokens table, rates per 1,000 words) comes from the rules below.

- A **word** is a run of letters or digits, possibly joined by a single hyphen, apostrophe
  (``'`` or ``’``) or full stop between them: ``don't``, ``Zelenskyy’s``, ``two-and-a-half``,
  ``U.S``, ``12.5`` are one word each; ``SAMP/T`` is two. This is :data:`WORD_RE`.
- A **sentence** ends after a run of ``. ! ? …`` (and any closing quotes or brackets) that is
  followed by white space or the end of the text, unless the run is a single full stop after
  a known abbreviation (``Mr.``, ``Feb.``; :data:`ABBREVIATIONS`) or a single capital initial
  (``J.``). A paragraph break (a blank line) always ends a sentence. Stretches without a word
  (a stray ``...``) are not sentences.
- A **question** is a sentence whose final run contains ``?`` (so ``that..?`` is one).

:func:`word_spans` and :func:`sentence_spans` state these rules in plain Python, one text at a
time; :func:`count_words` and :func:`count_sentences` compute the same numbers for many texts
at once with numpy, which is what lets the parser fill the turns table at corpus speed. A
property test holds the two to the same answers on random text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
TERMINATORS = ".!?…"
CLOSERS = "\"'’”)]"
JOINERS = "-'’."
PARAGRAPH_BREAK = "\n\n"

#: Lower-cased abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs etc gen lt col capt sgt adm cmdr gov sen rep jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp approx""".split()
)
_MAX_ABBREVIATION = max(map(len, ABBREVIATIONS))
_TERMINATOR_RUN = re.compile(r"[.!?…]+")


# --------------------------------------------------------------------------- the rules


def word_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every word in ``text``.

    >>> [ "Don't stop, U.S. ally!"[s:e] for s, e in word_spans("Don't stop, U.S. ally!")]
    ["Don't", 'stop', 'U.S', 'ally']
    """
    return [m.span() for m in WORD_RE.finditer(text)]


def _is_abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``text[stop]`` the end of an abbreviation or initial?"""
    start = stop
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    word = text[start:stop]
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def _boundaries(text: str) -> dict[int, bool]:
    """Sentence ends in ``text`` as ``{end offset: ends with a question mark}``."""
    ends: dict[int, bool] = {}
    n = len(text)
    for m in _TERMINATOR_RUN.finditer(text):
        start, end = m.span()
        while end < n and text[end] in CLOSERS:
            end += 1
        if end < n and not text[end].isspace():
            continue
        run = m.group()
        if run == "." and start > 0 and text[start - 1].isalnum() and _is_abbreviation(text, start):
            continue
        ends[end] = ends.get(end, False) or "?" in run
    pos = text.find(PARAGRAPH_BREAK)
    while pos >= 0:
        ends.setdefault(pos, False)
        pos = text.find(PARAGRAPH_BREAK, pos + 1)
    return ends


def sentence_spans(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is_question)`` of every sentence in ``text``, in order.

    A span runs from the end of the previous sentence (leading white space included) to the
    end of its own closing punctuation.

    >>> [(text[s:e].strip(), q) for text in ["Mr. Foy asked. Why..? Fine"]
    ...  for s, e, q in sentence_spans(text)]
    [('Mr. Foy asked.', False), ('Why..?', True), ('Fine', False)]
    """
    ends = _boundaries(text)
    ends.setdefault(len(text), False)
    spans = []
    start = 0
    for end in sorted(ends):
        if WORD_RE.search(text, start, end):
            spans.append((start, end, ends[end]))
        start = end
    return spans


# --------------------------------------------------------------------------- fast counts

_ALNUM, _SPACE, _JOINER, _TERMINATOR, _CLOSER, _QUESTION, _STOP, _NEWLINE = (1 << i for i in range(8))
_TABLE: np.ndarray | None = None


def _char_flags(ch: str) -> int:
    return (
        _ALNUM * ch.isalnum()
        | _SPACE * ch.isspace()
        | _JOINER * (ch in JOINERS)
        | _TERMINATOR * (ch in TERMINATORS)
        | _CLOSER * (ch in CLOSERS)
        | _QUESTION * (ch == "?")
        | _STOP * (ch == ".")
        | _NEWLINE * (ch == "\n")
    )


def _flag_table() -> np.ndarray:
    global _TABLE
    if _TABLE is None:
        _TABLE = np.fromiter((_char_flags(chr(cp)) for cp in range(0x10000)), np.uint8, 0x10000)
    return _TABLE


def _flags(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Code points of ``text`` and one flag byte per character, from the rules' classes."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):  # no character beyond the Basic Multilingual Plane
        cps = np.frombuffer(units, dtype=np.uint16)
        return cps, _flag_table()[cps]
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    flags = _flag_table()[cps.view(np.uint16)[::2]]  # the low 16 bits; higher planes below
    high = np.flatnonzero(cps > 0xFFFF)
    if high.size:
        flags[high] = [_char_flags(chr(cps[i])) for i in high]
    return cps, flags


def _join(texts: Sequence[str]) -> tuple[str, np.ndarray]:
    """Texts joined by paragraph breaks, which no word or sentence can cross, and their starts."""
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.zeros(len(texts), np.int64)
    np.cumsum(lengths[:-1] + len(PARAGRAPH_BREAK), out=starts[1:])
    return PARAGRAPH_BREAK.join(texts), starts


def _word_starts(flags: np.ndarray) -> np.ndarray:
    """Boolean mask of the characters where a word (``WORD_RE`` match) begins."""
    alnum = (flags & _ALNUM).astype(bool)
    joined = np.zeros_like(alnum)  # continues the word before it
    joined[1:] = alnum[:-1]
    joined[2:] |= (flags[1:-1] & _JOINER).astype(bool) & alnum[:-2]
    return alnum & ~joined


def count_words(texts: Sequence[str]) -> np.ndarray:
    """Number of words in each text, by :data:`WORD_RE`, as an int64 array."""
    return count_text(texts)[0]


def count_sentences(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(sentences, questions)`` in each text, by :func:`sentence_spans`' rules."""
    return count_text(texts)[1:]


def count_text(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(words, sentences, questions)`` in each text, as int64 arrays, in one pass.

    >>> [c.tolist() for c in count_text(["Is it? Yes. Mr. Foy agrees.", "", "Well..?"])]
    [[6, 0, 1], [3, 0, 1], [1, 0, 1]]
    """
    if not len(texts):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    joined, starts = _join(texts)
    cps, flags = _flags(joined)
    n = len(flags)
    bounds = np.append(starts, n)  # text i is joined[bounds[i]:bounds[i + 1]] plus a break

    word_pos = np.flatnonzero(_word_starts(flags))
    words = np.diff(np.searchsorted(word_pos, bounds))

    # Runs of terminators, and where each would end a sentence (after any closers).
    term = (flags & _TERMINATOR).astype(bool)
    edge = np.diff(term.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    run_first = np.flatnonzero(edge == 1)
    run_last = np.flatnonzero(edge == -1) - 1
    end = run_last + 1
    while True:
        more = end < n
        more[more] = (flags[end[more]] & _CLOSER).astype(bool)
        if not more.any():
            break
        end[more] += 1
    ok = end >= n
    ok[~ok] = (flags[end[~ok]] & _SPACE).astype(bool)

    # A lone full stop after an abbreviation or a capital initial ends nothing.
    lone = np.flatnonzero(ok & (run_first == run_last) & (run_first > 0))
    lone = lone[(flags[run_first[lone]] & _STOP).astype(bool)]
    stop = run_first[lone]
    length = np.zeros(len(lone), np.int64)  # letters and digits just before the stop
    still = np.ones(len(lone), bool)
    for k in range(1, _MAX_ABBREVIATION + 2):
        at = stop - k
        still &= at >= 0
        still[still] = (flags[at[still]] & _ALNUM).astype(bool)
        length += still
    initial = np.flatnonzero(length == 1)
    is_initial = np.array([chr(cps[stop[i] - 1]).isupper() for i in initial], bool)
    ok[lone[initial[is_initial]]] = False
    short = np.flatnonzero((length >= 2) & (length <= _MAX_ABBREVIATION))
    ok[lone[short[np.isin(_ascii_keys(cps, stop[short], length[short]), _abbreviation_keys())]]] = False

    is_question = np.zeros(len(run_first), bool)
    for k in range(int((run_last - run_first).max(initial=-1)) + 1):
        at = np.minimum(run_first + k, run_last)
        is_question |= (flags[at] & _QUESTION).astype(bool)

    newline = (flags & _NEWLINE).astype(bool)
    paragraph = np.flatnonzero(newline[:-1] & newline[1:])
    ends = np.sort(np.concatenate((end[ok], paragraph, [n])), kind="stable")
    ends = ends[np.concatenate(([True], ends[1:] != ends[:-1]))]
    question_ends = end[ok & is_question]  # increasing: runs are disjoint and in order
    # Keep the stretches that hold a word; a stretch ends at `ends`, starts at the previous.
    words_before = np.searchsorted(word_pos, ends, "left")
    has_words = words_before > np.concatenate(([0], words_before[:-1]))
    ends = ends[has_words]
    # A sentence belongs to the text whose stretch (bounds[i], bounds[i + 1]] holds its end.
    sentences = np.diff(np.searchsorted(ends, bounds, "right"))
    at = np.minimum(np.searchsorted(question_ends, ends), max(len(question_ends) - 1, 0))
    asked = ends[(question_ends[at] == ends) if len(question_ends) else np.zeros(len(ends), bool)]
    questions = np.diff(np.searchsorted(asked, bounds, "right"))
    return words, sentences, questions


def _ascii_keys(cps: np.ndarray, stops: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """An int64 key for each lower-cased word ``cps[stop - length:stop]``; -1 if not ASCII."""
    keys = np.zeros(len(stops), np.int64)
    ascii_only = np.ones(len(stops), bool)
    for k in range(_MAX_ABBREVIATION, 0, -1):
        at = np.maximum(stops - k, 0)
        cp = cps[at].astype(np.int64)
        cp = np.where((cp >= 65) & (cp <= 90), cp + 32, cp)  # A-Z to a-z
        use = lengths >= k
        keys = np.where(use, keys * 128 + np.where(cp < 128, cp, 0), keys)
        ascii_only &= ~use | (cp < 128)
    return np.where(ascii_only, keys, -1)


_ABBREVIATION_KEYS: np.ndarray | None = None


def _abbreviation_keys() -> np.ndarray:
    global _ABBREVIATION_KEYS
    if _ABBREVIATION_KEYS is None:
        keys = []
        for word in ABBREVIATIONS:
            key = 0
            for ch in word:
                key = key * 128 + ord(ch)
            keys.append(key)
        _ABBREVIATION_KEYS = np.array(sorted(keys), np.int64)
    return _ABBREVIATION_KEYS
