"""Collocations (words found together more often than chance) and formulae (repeated phrases).

- :func:`find_collocations` scores bigrams or trigrams by log-likelihood (Dunning 1993) or
  pointwise mutual information (Church and Hanks 1990), counted and scored as NLTK's
  collocation finders and association measures do (``BigramCollocationFinder.from_documents``,
  ``likelihood_ratio``, ``pmi``; a test compares the two on the bundled transcript), without
  importing NLTK, which takes 2 s.
- :func:`find_formulae` lists word sequences repeated verbatim ("for as long as it takes",
  "ramp up production"): the recurring phrases of a speaker, with how often and in how many
  turns they occur.

Both read the tokens table (:func:`presslib.tokens.tokens_table`) and count within sentences:
no n-gram spans a sentence end or a turn edge. Words are lower-cased; curly apostrophes are
read as straight ones.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import reduce

import pandas as pd

from ..table import need_columns
from ..tokens import stop_words as shared_stop_words

MEASURES = ("llr", "pmi")
_SENTENCE = ["doc_id", "turn", "sentence"]


def sentences_of_words(tokens: pd.DataFrame) -> list[list[str]]:
    """The lower-cased words of each sentence, in document order.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["We step up. Don’t stop!"]})
    >>> sentences_of_words(tokens_table(t))
    [['we', 'step', 'up'], ["don't", 'stop']]
    """
    need_columns(tokens, (*_SENTENCE, "lower", "is_word"), what="the tokens table")
    words = tokens.loc[tokens["is_word"], [*_SENTENCE, "lower"]]
    return [[w.replace("’", "'") for w in group["lower"]]
            for _, group in words.groupby(_SENTENCE, sort=False)]


def _keep(ngram: tuple[str, ...], stops: frozenset, rule: str | None) -> bool:
    if rule is None:
        return True
    if rule == "any":
        return not any(w in stops for w in ngram)
    return not all(w in stops for w in ngram)


def _counts(sentences: list[list[str]], n: int):
    """Word, pair, skip-one pair and n-gram counts within sentences, as NLTK's finders count
    them (``from_documents``: no n-gram crosses a sentence)."""
    words, pairs, skips, grams = Counter(), Counter(), Counter(), Counter()
    for sentence in sentences:
        words.update(sentence)
        pairs.update(zip(sentence, sentence[1:]))
        if n == 3:
            skips.update(zip(sentence, sentence[2:]))
            grams.update(zip(sentence, sentence[1:], sentence[2:]))
    return words, pairs, skips, (pairs if n == 2 else grams)


_SMALL = 1e-20  # NLTK's guard against log(0)


def _product(values):
    return reduce(lambda x, y: x * y, values)


def _llr(cont: tuple, expected) -> float:
    return 2 * sum(obs * math.log(obs / (exp + _SMALL) + _SMALL) for obs, exp in zip(cont, expected))


def _bigram_score(measure: str, n_ii: float, n_ix: int, n_xi: int, n_xx: int) -> float:
    if measure == "pmi":
        return math.log2(n_ii * n_xx ** 1) - math.log2(_product((n_ix, n_xi)))
    n_oi, n_io = n_xi - n_ii, n_ix - n_ii
    cont = (n_ii, n_oi, n_io, n_xx - n_ii - n_oi - n_io)
    total = sum(cont)
    return _llr(cont, ((cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / total for i in range(4)))


def _trigram_score(measure: str, n_iii, pairs3, singles3, n_xxx) -> float:
    if measure == "pmi":
        return math.log2(n_iii * n_xxx ** 2) - math.log2(_product(singles3))
    (n_iix, n_ixi, n_xii), (n_ixx, n_xix, n_xxi) = pairs3, singles3
    n_oii, n_ioi, n_iio = n_xii - n_iii, n_ixi - n_iii, n_iix - n_iii
    n_ooi = n_xxi - n_iii - n_oii - n_ioi
    n_oio = n_xix - n_iii - n_oii - n_iio
    n_ioo = n_ixx - n_iii - n_ioi - n_iio
    n_ooo = n_xxx - n_iii - n_oii - n_ioi - n_iio - n_ooi - n_oio - n_ioo
    cont = (n_iii, n_oii, n_ioi, n_ooi, n_iio, n_oio, n_ioo, n_ooo)
    total = sum(cont)
    expected = (
        _product(sum(cont[x] for x in range(8) if (x & j) == (i & j)) for j in (1, 2, 4)) / (total ** 2)
        for i in range(8)
    )
    return _llr(cont, expected)


def find_collocations(tokens: pd.DataFrame, *, n: int = 2, measure: str = "llr", min_freq: int = 3,
                      top: int | None = 20, stop_words: str | None = "all") -> pd.DataFrame:
    """The ``top`` bigrams (``n=2``) or trigrams (``n=3``) by an association ``measure``.

    ``measure`` is ``"llr"`` (log-likelihood ratio) or ``"pmi"`` (pointwise mutual
    information, which favours rare pairs: keep ``min_freq`` at 3 or more). N-grams seen fewer
    than ``min_freq`` times are left out; so are n-grams made only of stop words
    (``stop_words="all"``, the default, which keeps phrasal verbs such as "ramp up"), or
    holding any stop word (``"any"``); ``None`` keeps everything. Counts and scores are NLTK's
    (see the module's docstring).

    Returns columns ``collocation`` (words joined by spaces), ``n``, ``freq``, ``score``,
    ``measure``; best first, ties in alphabetical order.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"] * 3, "turn": [0, 1, 2],
    ...                   "text": ["We ramp up output.", "Ramp up now.", "We ramp up. Output!"]})
    >>> find_collocations(tokens_table(t), min_freq=2)[["collocation", "freq"]].values.tolist()
    [['ramp up', 3], ['we ramp', 2]]
    """
    if n not in (2, 3):
        raise ValueError(f"n={n!r}: expected 2 (bigrams) or 3 (trigrams)")
    if measure not in MEASURES:
        raise ValueError(f"measure={measure!r}: expected one of {MEASURES}")
    if stop_words not in ("all", "any", None):
        raise ValueError(f"stop_words={stop_words!r}: expected 'all', 'any' or None")
    words, pairs, skips, grams = _counts(sentences_of_words(tokens), n)
    total = sum(words.values())
    stops = shared_stop_words()
    kept = {g: f for g, f in grams.items() if f >= min_freq and _keep(g, stops, stop_words)}
    scored = []
    for g, f in kept.items():
        if n == 2:
            score = _bigram_score(measure, f / 1.0, words[g[0]], words[g[1]], total)
        else:
            score = _trigram_score(measure, f, (pairs[g[:2]], skips[(g[0], g[2])], pairs[g[1:]]),
                                   (words[g[0]], words[g[1]], words[g[2]]), total)
        scored.append((g, score))
    scored.sort(key=lambda t: (-t[1], t[0]))
    if top is not None:
        scored = scored[:top]
    return pd.DataFrame({
        "collocation": [" ".join(g) for g, _ in scored],
        "n": pd.array([n] * len(scored), dtype="int64"),
        "freq": pd.array([kept[g] for g, _ in scored], dtype="int64"),
        "score": pd.array([s for _, s in scored], dtype="float64"),
        "measure": measure,
    })


def find_formulae(tokens: pd.DataFrame, *, min_n: int = 3, max_n: int = 8, min_freq: int = 2,
                  min_turns: int = 2, top: int | None = 20) -> pd.DataFrame:
    """Word sequences of ``min_n`` to ``max_n`` words repeated at least ``min_freq`` times in at
    least ``min_turns`` turns: a speaker's formulae.

    The default of three words or more follows Biber et al.'s (1999) "lexical bundles"; set
    ``min_n=2`` to include pairs such as "ramp up". A sequence must hold at least one word that is not a stop word ("of the" is not a formula).
    A sequence inside a longer one that occurs just as often is left out, so "as long as it"
    gives way to "for as long as it takes". Returns ``formula``, ``n``, ``freq``, ``turns``,
    most frequent first, then longest, then alphabetical.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"] * 3, "turn": [0, 1, 2], "text": [
    ...     "We stand with Ukraine.", "NATO stands with Ukraine.", "We stand with Ukraine. So."]})
    >>> find_formulae(tokens_table(t), min_n=2).values.tolist()
    [['with ukraine', 2, 3, 3], ['we stand with ukraine', 4, 2, 2]]
    """
    need_columns(tokens, ("turn",), what="the tokens table")
    if not 1 <= min_n <= max_n:
        raise ValueError(f"min_n={min_n}, max_n={max_n}: expected 1 <= min_n <= max_n")
    stops = shared_stop_words()
    freq: Counter = Counter()
    where: defaultdict = defaultdict(set)
    words = tokens.loc[tokens["is_word"], [*_SENTENCE, "lower"]]
    for (doc_id, turn, _), group in words.groupby(_SENTENCE, sort=False):
        seq = [w.replace("’", "'") for w in group["lower"]]
        for size in range(min_n, max_n + 1):
            for i in range(len(seq) - size + 1):
                gram = tuple(seq[i : i + size])
                freq[gram] += 1
                where[gram].add((doc_id, turn))
    kept = {g: c for g, c in freq.items()
            if c >= min_freq and len(where[g]) >= min_turns and not all(w in stops for w in g)}
    # Left out: a sequence that sits inside a kept longer one with the same frequency.
    covered = set()
    for gram, count in kept.items():
        for size in range(min_n, len(gram)):
            for i in range(len(gram) - size + 1):
                part = gram[i : i + size]
                if kept.get(part) == count:
                    covered.add(part)
    rows = sorted(((" ".join(g), len(g), c, len(where[g])) for g, c in kept.items() if g not in covered),
                  key=lambda r: (-r[2], -r[1], r[0]))
    if top is not None:
        rows = rows[:top]
    out = pd.DataFrame(rows, columns=["formula", "n", "freq", "turns"])
    return out.astype({"n": "int64", "freq": "int64", "turns": "int64"})


def top_phrase(tokens: pd.DataFrame, *, min_freq: int = 2) -> str | None:
    """A phrase worth a concordance, picked from the data: the best two-word collocation by
    log-likelihood seen ``min_freq`` times (not two stop words), else the commonest word that
    is not a stop word, else None (no words).

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"] * 2, "turn": [0, 1], "text": ["We ramp up output.", "Ramp up now."]})
    >>> top_phrase(tokens_table(t))
    'ramp up'
    """
    need_columns(tokens, ("lower", "is_word", "is_stop"), what="the tokens table")
    words = tokens[tokens["is_word"]]
    if words.empty:
        return None
    found = find_collocations(tokens, n=2, measure="llr", min_freq=min_freq, top=1)
    if len(found):
        return str(found["collocation"].iloc[0])
    content = words.loc[~words["is_stop"], "lower"].str.replace("’", "'")
    counts = (content if len(content) else words["lower"]).value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return str(ranked[0][0])
