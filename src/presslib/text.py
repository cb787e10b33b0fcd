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
time. :func:`count_text` (and :func:`count_words`, :func:`count_sentences`) computes the same
numbers for many texts at once, which is what lets the parser fill the turns table at corpus
speed: in C (``_textscan.c``, one pass a text), or with numpy where the install had no C
compiler. Property tests hold all three to the same answers on random text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

try:
    from . import _textscan  # built by the install where a C compiler is at hand
except ImportError:  # pragma: no cover - the numpy counts below serve instead
    _textscan = None

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
#
# Many texts at once, joined into one buffer of one byte a character. Passes over the whole
# buffer cost the most, so there are few: a flag byte per character (by ``bytes.translate``),
# the positions of the marks (joiners, terminators, newlines: about one character in 40), and
# the starts of the runs of letters and digits, as packed bits. All else works on the positions
# of the marks.

_ALNUM, _SPACE, _JOINER, _TERMINATOR, _CLOSER, _QUESTION, _STOP, _NEWLINE = (1 << i for i in range(8))
_MARKS = _JOINER | _TERMINATOR | _NEWLINE  # the characters that words and sentences turn on
_PAD = 8  # zero bytes around the joined texts: 8 before every character, 8 after the last
_TABLE: bytes | None = None
_ONES = bytes(byte.bit_count() for byte in range(256))  # the set bits of every byte


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


def _flag_table() -> bytes:
    """The flag bytes of U+0000..U+00FF, as a ``bytes.translate`` table."""
    global _TABLE
    if _TABLE is None:
        _TABLE = bytes(_char_flags(chr(cp)) for cp in range(256))
    return _TABLE


def _encode(texts: list[str]) -> tuple[bytearray, np.ndarray]:
    """The texts at one byte a character (``?`` beyond U+00FF), joined by paragraph breaks, which
    no word or sentence can cross, between :data:`_PAD` zero bytes; and where each text starts,
    the padding not counted.

    Encoding text by text is cheaper than encoding the joined string: most texts are held at
    one byte a character already, and joining them would widen all to the widest.
    """
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.zeros(len(texts), np.int64)
    np.cumsum(lengths[:-1] + len(PARAGRAPH_BREAK), out=starts[1:])
    parts = [t.encode("latin-1", "replace") for t in texts]
    parts[0] = bytes(_PAD) + parts[0]
    parts[-1] = parts[-1] + bytes(_PAD)
    return bytearray(PARAGRAPH_BREAK.encode()).join(parts), starts


def _chars(texts: list[str], starts: np.ndarray, pos: np.ndarray) -> list[str]:
    """The characters at offsets ``pos`` of the joined texts (none in a paragraph break)."""
    which = np.searchsorted(starts, pos, "right") - 1
    return [texts[i][at] for i, at in zip(which.tolist(), (pos - starts[which]).tolist())]


def _flag_wide_chars(texts: list[str], starts: np.ndarray, flags: np.ndarray,
                     marks: np.ndarray, mark_flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flag the characters beyond U+00FF, so far each a ``?`` and so a mark, from their texts.

    ``flags`` and ``mark_flags`` are updated; returns the marks and their flags less any that
    the lookup found not to be marks.
    """
    asked = np.flatnonzero((mark_flags & _QUESTION) != 0)
    chars = _chars(texts, starts, marks[asked])
    beyond = [i for i, ch in enumerate(chars) if ch != "?"]
    if not beyond:
        return marks, mark_flags
    known = {ch: _char_flags(ch) for ch in {chars[i] for i in beyond}}
    at = asked[beyond]
    mark_flags[at] = [known[chars[i]] for i in beyond]
    flags[marks[at]] = mark_flags[at]
    dropped = at[(mark_flags[at] & _MARKS) == 0]
    return np.delete(marks, dropped), np.delete(mark_flags, dropped)


def _windows(buffer: np.ndarray) -> np.ndarray:
    """Every 8 consecutive bytes of ``buffer`` as a little-endian uint64: the k-th is bytes
    ``k..k + 7``, so in a buffer padded by :data:`_PAD` the 8 bytes before character k."""
    return np.ndarray((len(buffer) - 7,), "<u8", buffer, strides=(1,))


def _run_counter(member: np.ndarray):
    """``count(pos)``: how many runs of ``member`` (0 or 1 a character) begin before each of
    ``pos``. The run starts are kept as bits, 8 characters a byte, and summed 64 at a time: a
    cumulative sum over every character, or every byte, would cost more than all the rest."""
    bits = np.packbits(member, bitorder="little")  # character i is bit i % 8 of byte i // 8
    buffer = bytearray(len(bits) // 8 * 8 + 8)  # whole words, and room for pos == n
    starts = np.frombuffer(buffer, np.uint8)
    np.left_shift(bits, 1, out=starts[: len(bits)])  # the character before, within the byte
    starts[1 : len(bits)] |= bits[:-1] >> 7  # and across bytes
    np.bitwise_not(starts, out=starts)
    starts[: len(bits)] &= bits
    starts[len(bits) :] = 0
    # Byte k of (a word of bit counts times 0x0101010101010101) is the sum of its bytes 0..k:
    # at most 64, so nothing carries.
    upto = np.frombuffer(buffer.translate(_ONES), "<u8")
    upto *= np.uint64(0x0101010101010101)
    before_word = np.zeros(len(upto), np.int64)
    np.cumsum(upto[:-1] >> np.uint64(56), out=before_word[1:])
    table = np.frombuffer(_ONES, np.uint8)

    def count(pos: np.ndarray) -> np.ndarray:
        byte = pos >> 3
        upto_byte = (upto[byte >> 3] >> (8 * (byte & 7)).astype(np.uint64)).astype(np.uint8)
        return before_word[byte >> 3] + upto_byte - table[starts[byte] >> (pos & 7)]

    return count


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
    if _textscan is not None:
        return tuple(np.frombuffer(c, np.int64) for c in _textscan.scan(list(texts), ABBREVIATIONS, False))
    return _numpy_counts(texts)


def count_text_utf8(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, bytes, np.ndarray]:
    """:func:`count_text`'s counts, and the texts' UTF-8 joined with the offset of each in it
    (and of the end: one more offset than texts), as an Arrow string column is built from.

    >>> words, _, _, data, offsets = count_text_utf8(["Ça va.", "Oui"])
    >>> words.tolist(), data, offsets.tolist()
    ([2, 1], b'\\xc3\\x87a va.Oui', [0, 7, 10])
    """
    texts = list(texts)
    if _textscan is not None:
        *counts, data, offsets = _textscan.scan(texts, ABBREVIATIONS, True)
        words, sentences, questions = (np.frombuffer(c, np.int64) for c in counts)
        return words, sentences, questions, data, np.frombuffer(offsets, np.int64)
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
    return *_numpy_counts(texts), b"".join(encoded), offsets


def _numpy_counts(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`count_text` with numpy: a few passes over all the texts joined."""
    if not len(texts):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    texts = list(texts)  # looked up by position
    encoded, starts = _encode(texts)
    n = len(encoded) - 2 * _PAD  # characters, the breaks between texts included
    # bytes.translate runs at C speed, where a numpy gather would first widen every index to 8
    # bytes; and a bytearray's translation is writable.
    padded_flags = np.frombuffer(encoded.translate(_flag_table()), np.uint8)
    flags = padded_flags[_PAD:]  # character i's at flags[i]; the padding's (all 0) at n.. and -1
    scratch = np.empty(n, np.uint8)  # one buffer for the other whole-text passes
    np.bitwise_and(flags[:n], _MARKS, out=scratch)
    marks = np.flatnonzero(np.not_equal(scratch, 0, out=scratch.view(bool)))  # fast on bools
    marks, mark_flags = _flag_wide_chars(texts, starts, flags, marks, flags[marks])
    bounds = np.append(starts, n)  # text i is the characters bounds[i]:bounds[i + 1], a break too

    # Words: runs of letters and digits, less the runs that a single joiner links to the one before.
    runs_before = _run_counter(np.bitwise_and(flags[:n], _ALNUM, out=scratch))
    link = marks[(mark_flags & _JOINER) != 0]
    link = link[(flags[link - 1] & flags[link + 1] & _ALNUM) != 0]
    words = np.diff(runs_before(bounds)) - np.diff(np.searchsorted(link, bounds))

    # Runs of terminators, and where each would end a sentence (after any closers).
    is_term = (mark_flags & _TERMINATOR) != 0
    term = marks[is_term]
    first = np.ones(len(term), bool)  # the first of its run
    np.not_equal(term[1:], term[:-1] + 1, out=first[1:])
    last = np.ones(len(term), bool)
    last[:-1] = first[1:]
    run_first, run_last = term[first], term[last]
    is_question = np.zeros(len(run_first), bool)
    is_question[(np.cumsum(first) - 1)[(mark_flags[is_term] & _QUESTION) != 0]] = True
    end = run_last + 1
    while True:  # the padding stops it at n
        closer = (flags[end] & _CLOSER) != 0
        if not closer.any():
            break
        end += closer
    ok = (end == n) | ((flags[end] & _SPACE) != 0)

    # A lone full stop after an abbreviation or a capital initial ends nothing. The word before
    # it is read from the 8 bytes before it (little-endian: the nearest the highest). The flag
    # bytes' ALNUM bits, inverted, are below 2 ** (64 - 8 * k) exactly when the k characters
    # before the stop are letters or digits; the text bytes, shifted down to the word and
    # lower-cased (| 0x20 takes A-Z, and nothing else, to a-z), are its key.
    lone = np.flatnonzero(ok & (run_first == run_last))
    lone = lone[(flags[run_first[lone]] & _STOP) != 0]
    stop = run_first[lone]
    not_alnum = ~_windows(padded_flags)[stop] & np.uint64(_ALNUM * 0x0101010101010101)
    length = len(_BELOW) - np.searchsorted(_BELOW, not_alnum, "right")  # at most 7
    initial = np.flatnonzero(length == 1)
    is_initial = np.array([ch.isupper() for ch in _chars(texts, starts, stop[initial] - 1)], bool)
    ok[lone[initial[is_initial]]] = False
    short = np.flatnonzero((length >= 2) & (length <= _MAX_ABBREVIATION))
    text8 = _windows(np.frombuffer(encoded, np.uint8))[stop[short]]
    word = (text8 | np.uint64(0x2020202020202020)) >> (8 * (8 - length[short])).astype(np.uint64)
    keys = _abbreviation_keys()
    found = keys[np.minimum(np.searchsorted(keys, word), len(keys) - 1)] == word  # beats np.isin
    ok[lone[short[found]]] = False

    newline = marks[(mark_flags & _NEWLINE) != 0]
    paragraph = newline[:-1][newline[1:] == newline[:-1] + 1]
    ends = np.sort(np.concatenate((end[ok], paragraph, [n])), kind="stable")  # two sorted runs
    ends = ends[np.concatenate(([True], ends[1:] != ends[:-1]))]  # np.unique is slower
    question_ends = end[ok & is_question]  # increasing: runs are disjoint and in order
    # Keep the stretches that hold a word; a stretch ends at `ends`, starts at the previous. A
    # run start in it will do: a run linked to the one before has that one in its stretch too.
    runs = runs_before(ends)
    ends = ends[runs > np.concatenate(([0], runs[:-1]))]
    # A sentence belongs to the text whose stretch (bounds[i], bounds[i + 1]] holds its end.
    sentences = np.diff(np.searchsorted(ends, bounds, "right"))
    at = np.minimum(np.searchsorted(question_ends, ends), max(len(question_ends) - 1, 0))
    asked = ends[(question_ends[at] == ends) if len(question_ends) else np.zeros(len(ends), bool)]
    questions = np.diff(np.searchsorted(asked, bounds, "right"))
    return words, sentences, questions


#: 2 ** (64 - 8 * k) for k = _MAX_ABBREVIATION + 1 .. 1: see the lone full stops in count_text,
#: which look 8 characters back at most.
assert _MAX_ABBREVIATION < 8, "count_text reads the 8 characters before a full stop"
_BELOW = np.array([2 ** (64 - 8 * k) for k in range(_MAX_ABBREVIATION + 1, 0, -1)], np.uint64)
_ABBREVIATION_KEYS: np.ndarray | None = None


def _abbreviation_keys() -> np.ndarray:
    """Every abbreviation's letters as a little-endian uint64, as count_text reads the word
    before a full stop."""
    global _ABBREVIATION_KEYS
    if _ABBREVIATION_KEYS is None:
        keys = sorted(int.from_bytes(word.encode("ascii"), "little") for word in ABBREVIATIONS)
        _ABBREVIATION_KEYS = np.array(keys, np.uint64)
    return _ABBREVIATION_KEYS
