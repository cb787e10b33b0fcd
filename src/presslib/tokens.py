"""The text layer: one row per token of every turn, with sentence, stem and stop-word flags.

Tokens follow :mod:`presslib.text`'s rules, the same ones that give the turns table its
``n_words``, ``n_sentences`` and ``n_questions``: a turn's word tokens are exactly its
``n_words``, and its sentences are numbered ``0 .. n_sentences - 1``.

- Stems come from the Snowball stemmer for English (Porter2), as the ``snowballstemmer``
  package 2.x implements it: the same stems as NLTK's ``SnowballStemmer("english")`` on every
  word of the bundled and test transcripts (a test compares them), without importing NLTK,
  which takes 2 s. (Snowball 3, ``snowballstemmer`` 3.x, revised the algorithm: "evening",
  "university" and "organization" stem differently there.)
- Stop words are the list the ``wordcloud`` package ships (``wordcloud.STOPWORDS``), so that the
  word clouds and the counts leave out the same words.
- **Content stems** of a text (:func:`content_stems`): its words that are not stop words and
  longer than one letter (:func:`content_tokens`), stemmed, once each; :func:`stem_share` says how many of one text's
  content stems another holds. The question units, the responsiveness measure and the reply
  cues compare questions and answers by them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import pandas as pd

from .text import WORD_RE, sentence_spans

TOKEN_COLUMNS = (
    "doc_id", "turn", "sentence", "position", "token", "lower", "stem", "is_stop", "is_word",
    "start", "end",
)
_TOKEN_RE = re.compile(rf"(?P<word>{WORD_RE.pattern})|\S")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The shared stop-word list (lower case): ``wordcloud.STOPWORDS``, plus curly-quote forms."""
    from wordcloud import STOPWORDS  # imported when first used: it takes 0.2 s

    words = {w.lower() for w in STOPWORDS}
    return frozenset(words | {w.replace("'", "’") for w in words})


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # imported when first used (40 ms)

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (English) stem of a lower-cased word; curly apostrophes count as straight ones.

    >>> stem("munitions"), stem("Allies".lower()), stem("ramping")
    ('munit', 'alli', 'ramp')
    """
    return _stemmer().stemWord(word.replace("’", "'"))


def tokenize(text: str) -> list[tuple[int, int, str, bool, int]]:
    """``(start, end, token, is_word, sentence)`` for every token of ``text``.

    A word is a :data:`~presslib.text.WORD_RE` match; any other non-space character is a
    punctuation token of its own. Punctuation between sentences belongs to the sentence before.

    >>> [(tok, s) for _, _, tok, _, s in tokenize("Why..? Fine.")]
    [('Why', 0), ('.', 0), ('.', 0), ('?', 0), ('Fine', 1), ('.', 1)]
    """
    spans = sentence_spans(text)
    starts = [s for s, _, _ in spans]
    out = []
    for m in _TOKEN_RE.finditer(text):
        sentence = max(bisect_right(starts, m.start()) - 1, 0)
        out.append((m.start(), m.end(), m.group(), m.group("word") is not None, sentence))
    return out


def content_tokens(text: str, *, min_length: int = 2, numbers: bool = True) -> list[tuple[str, str]]:
    """``(stem, lower-case form)`` of every content word of ``text``, in order: the words that
    are not stop words and have at least ``min_length`` characters; ``numbers=False`` also
    leaves out words holding a digit ("28", "F-16"). The one filter behind
    :func:`content_stems` and the topic model's content words, so that both mean the same by
    a content word.

    >>> content_tokens("We need 28 more shells, F-16s and shells.", min_length=3, numbers=False)
    [('need', 'need'), ('shell', 'shells'), ('shell', 'shells')]
    """
    stops = stop_words()
    out = []
    for _, _, token, is_word, _ in tokenize(text):
        lower = token.lower()
        if is_word and len(lower) >= min_length and lower not in stops \
                and (numbers or not any(c.isdigit() for c in lower)):
            out.append((stem(lower), lower))
    return out


def content_stems(text: str) -> list[str]:
    """The distinct content stems of ``text`` (:func:`content_tokens`: no stop words, longer
    than one character), in order of first use.

    >>> content_stems("Are the Allies sending more tanks to Ukraine, and the tank crews?")
    ['alli', 'send', 'tank', 'ukrain', 'crew']
    """
    return list(dict.fromkeys(s for s, _ in content_tokens(text)))


def stem_share(asked: list[str], given: set[str], *, empty: float = float("nan")) -> tuple[float, list[str]]:
    """``(share, shared)``: the share of the stems ``asked`` that ``given`` holds, and those
    stems in ``asked``'s order.

    ``empty`` is the share when ``asked`` is empty: NaN by default (a text without content
    words has nothing to measure); pass ``0.0`` where such a text should simply share nothing.

    >>> stem_share(["alli", "send", "tank"], {"alli", "send", "jet"})
    (0.6666666666666666, ['alli', 'send'])
    >>> stem_share([], {"alli"}, empty=0.0)
    (0.0, [])
    """
    if not asked:
        return empty, []
    shared = [s for s in asked if s in given]
    return len(shared) / len(asked), shared


def tokens_table(turns: pd.DataFrame) -> pd.DataFrame:
    """The tokens table of a turns table: one row per token, joining back on ``(doc_id, turn)``.

    Columns: ``doc_id``, ``turn``, ``sentence`` (0-based within the turn), ``position``
    (0-based within the turn), ``token`` (as printed), ``lower``, ``stem`` (Snowball, words
    only), ``is_stop``, ``is_word``, ``start``/``end`` (character offsets in the turn's text).

    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["We will. Don't!"]})
    >>> tokens_table(t)[["token", "stem", "is_stop", "sentence"]].values.tolist()
    [['We', 'we', True, 0], ['will', 'will', False, 0], ['.', '', False, 0], ["Don't", "don't", True, 1], ['!', '', False, 1]]
    """
    missing = [c for c in ("doc_id", "turn", "text") if c not in turns.columns]
    if missing:
        raise KeyError(f"tokens_table needs the turns table's columns {missing}")
    stops = stop_words()
    cols: dict[str, list] = {c: [] for c in TOKEN_COLUMNS}
    for doc_id, turn, text in zip(turns["doc_id"], turns["turn"], turns["text"]):
        for position, (start, end, token, is_word, sentence) in enumerate(tokenize(text)):
            lower = token.lower()
            cols["doc_id"].append(doc_id)
            cols["turn"].append(turn)
            cols["sentence"].append(sentence)
            cols["position"].append(position)
            cols["token"].append(token)
            cols["lower"].append(lower)
            cols["stem"].append(stem(lower) if is_word else "")
            cols["is_stop"].append(is_word and lower in stops)
            cols["is_word"].append(is_word)
            cols["start"].append(start)
            cols["end"].append(end)
    dtypes = {"turn": "int64", "sentence": "int64", "position": "int64", "is_stop": "bool",
              "is_word": "bool", "start": "int64", "end": "int64"}
    return pd.DataFrame({c: pd.array(v, dtype=dtypes.get(c, "str")) for c, v in cols.items()})
