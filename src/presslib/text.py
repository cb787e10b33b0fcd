"""The project's one definition of a word, a sentence and a question.

Every count in presslib (the turns table's ``n_words``, ``n_sentences``, ``n_questions``, the
tokens table, rates per 1,000 words) comes from the rules below, stated once, in plain Python.

- A **word** is a run of letters or digits, possibly joined by a single hyphen, apostrophe
  (``'`` or ``’``) or full stop between them: ``don't``, ``Zelenskyy’s``, ``two-and-a-half``,
  ``U.S``, ``12.5`` are one word each; ``SAMP/T`` is two. This is :data:`WORD_RE`.
- A **sentence** ends after a run of ``. ! ? …`` (and any closing quotes or brackets) that is
  followed by white space or the end of the text, unless the run is a single full stop after
  a known abbreviation (``Mr.``, ``Feb.``; :data:`ABBREVIATIONS`) or a single capital initial
  (``J.``). A paragraph break (a blank line) always ends a sentence. Stretches without a word
  (a stray ``...``) are not sentences.
- A **question** is a sentence whose final run contains ``?`` (so ``that..?`` is one).

:func:`word_spans`, :func:`sentence_spans` and :func:`paragraph_spans` give the words,
sentences and paragraphs of one text
(:func:`is_abbreviation`, the full stops that end none);
:func:`count_text` counts them for many texts (the parser's columns); :func:`plural` says
a count with its noun, as the notebooks' findings write it; :func:`plain` straightens curly
apostrophes and quotes for the cue lists' patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WORD_RE = re.compile(r"[^\W_]++(?:[-'’.][^\W_]++)*+")  # (possessive: nothing to try again)
JOINERS = "-'’."  #: the characters that join two runs of letters or digits into one word
PARAGRAPH_BREAK = "\n\n"

#: Lower-cased abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs etc gen lt col capt sgt adm cmdr gov sen rep jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp approx""".split()
)
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
# A sentence end: a run of terminators with its closing quotes and brackets, before white space
# or the end of the text; or a paragraph break. (Written to open with the one character class
# that both start with, so that the regex engine skips from candidate to candidate instead of
# trying every offset: four times faster. The run's first terminator is the one not preceded
# by another.)
_END = re.compile(r"[.!?…\n](?:(?<=\n)\n|(?<=[.!?…])(?<![.!?…]{2})[.!?…]*+[\"'’”)\]]*+(?=\s|\Z))")
_HAS_WORD = re.compile(r"[^\W_]")  # a stretch holds a word when it holds a letter or digit


def word_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every word in ``text``.

    >>> [ "Don't stop, U.S. ally!"[s:e] for s, e in word_spans("Don't stop, U.S. ally!")]
    ["Don't", 'stop', 'U.S', 'ally']
    """
    return [m.span() for m in WORD_RE.finditer(text)]


def is_abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``text[stop]`` the end of an abbreviation or an initial? (The
    sentence rule's exception; the parser asks it too, of a label that follows a full stop.)

    >>> is_abbreviation("Mr. Foy", 2), is_abbreviation("J. Smith", 1), is_abbreviation("It ended.", 8)
    (True, True, False)
    """
    start = stop
    while start > 0 and text[start - 1].isalnum():
        start -= 1
        if stop - start > _LONGEST_ABBREVIATION:
            return False
    word = text[start:stop]
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def _ends(text: str):
    """Sentence ends in ``text``, in order: ``(end offset, ends with a question mark)``; the
    last is the end of the text. Two ends may share an offset (a full stop, then a blank line)."""
    for m in _END.finditer(text):
        start, end = m.span()
        first = text[start]
        if first == "\n":
            yield start, False
        elif end - start == 1 and first == "." and start and text[start - 1].isalnum() \
                and is_abbreviation(text, start):
            continue
        else:
            yield end, "?" in m.group()
    yield len(text), False


def sentence_spans(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is_question)`` of every sentence in ``text``, in order.

    A span runs from the end of the previous sentence (leading white space included) to the
    end of its own closing punctuation.

    >>> [(text[s:e].strip(), q) for text in ["Mr. Foy asked. Why..? Fine"]
    ...  for s, e, q in sentence_spans(text)]
    [('Mr. Foy asked.', False), ('Why..?', True), ('Fine', False)]
    """
    spans = []
    start = 0
    for end, question in _ends(text):
        if _HAS_WORD.search(text, start, end):
            spans.append((start, end, question))
        start = end
    return spans


_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'’”)\]]*[^\S\n]*$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of each paragraph of ``text``: lines between blank lines, a line that
    ends mid-sentence (or with an abbreviation, :func:`is_abbreviation`) joined to the next.
    A transcript that prints one paragraph a line keeps its lines; one hard-wrapped at 72
    columns (White House Markdown, PDF text) gets its paragraphs back instead of a line's
    worth of words each.

    >>> t = "We agreed.\nThe tanks will\ncome in May.\n\nThank you."
    >>> [t[s:e] for s, e in paragraph_spans(t)]
    ['We agreed.', 'The tanks will\ncome in May.', 'Thank you.']
    >>> t = "We met Mr.\nSmith today."  # an abbreviation ends no paragraph
    >>> [t[s:e] for s, e in paragraph_spans(t)]
    ['We met Mr.\nSmith today.']
    """
    spans: list[tuple[int, int]] = []
    start = end = None
    pos = 0
    for line in text.split("\n"):
        line_end = pos + len(line)
        if not line.strip():
            if start is not None:
                spans.append((start, end))
            start = None
        else:
            if start is None:
                start = pos + len(line) - len(line.lstrip())
            end = line_end - (len(line) - len(line.rstrip()))
            if _ENDS_SENTENCE.search(line) and not (text[end - 1] == "." and is_abbreviation(text, end - 1)):
                spans.append((start, end))
                start = None
        pos = line_end + 1
    if start is not None:
        spans.append((start, end))
    return spans


def count_words(texts: Sequence[str]) -> list[int]:
    """Words in each of ``texts`` (:data:`WORD_RE`)."""
    return [len(WORD_RE.findall(t)) for t in texts]


def count_sentences(texts: Sequence[str]) -> tuple[list[int], list[int]]:
    """Sentences and questions in each of ``texts`` (as :func:`sentence_spans` finds them)."""
    sentences, questions = [], []
    has_word = _HAS_WORD.search
    for t in texts:
        n = q = start = 0
        for end, question in _ends(t):
            if has_word(t, start, end):
                n += 1
                q += question
            start = end
        sentences.append(n)
        questions.append(q)
    return sentences, questions


def count_text(texts: Sequence[str]) -> tuple[list[int], list[int], list[int]]:
    """``(words, sentences, questions)``, a list of counts each, for ``texts``.

    >>> count_text(["Mr. Foy asked. Why..? Fine", ""])
    ([5, 0], [3, 0], [1, 0])
    """
    return (count_words(texts), *count_sentences(texts))


def plain(text: str) -> str:
    """``text`` with curly apostrophes and single quotes as straight ones (same length, same
    offsets), as the cue lists' patterns are written.

    >>> plain("don’t ‘say’")
    "don't 'say'"
    """
    return text.replace("’", "'").replace("‘", "'")


def plural(n: float, word: str, many: str | None = None) -> str:
    """``n`` and ``word``, in the plural unless ``n`` as shown (one decimal at most) is 1.

    >>> plural(1, "call"), plural(3, "call"), plural(2, "country", "countries"), plural(1.5, "question")
    ('1 call', '3 calls', '2 countries', '1.5 questions')
    >>> plural(1.04, "question"), plural(2.0, "call"), plural(12345, "word")
    ('1 question', '2 calls', '12,345 words')
    """
    shown = f"{n:,}" if isinstance(n, int) else f"{float(n):,.1f}".removesuffix(".0")
    return f"{shown} {word if shown == '1' else (many or word + 's')}"
