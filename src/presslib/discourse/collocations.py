"""Collocations (words found together more often than chance) and formulae (repeated phrases).

- :func:`find_collocations` scores bigrams or trigrams with NLTK's collocation finders, by
  log-likelihood (Dunning 1993) or pointwise mutual information (Church and Hanks 1990).
- :func:`find_formulae` lists word sequences repeated verbatim ("for as long as it takes",
  "ramp up production"): the recurring phrases of a speaker, with how often and in how many
  turns they occur.

Both read the tokens table (:func:`presslib.tokens.tokens_table`) and count within sentences:
no n-gram spans a sentence end or a turn edge. Words are lower-cased; curly apostrophes are
read as straight ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict

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


def find_collocations(tokens: pd.DataFrame, *, n: int = 2, measure: str = "llr", min_freq: int = 3,
                      top: int | None = 20, stop_words: str | None = "all") -> pd.DataFrame:
    """The ``top`` bigrams (``n=2``) or trigrams (``n=3``) by an association ``measure``.

    ``measure`` is ``"llr"`` (log-likelihood ratio) or ``"pmi"`` (pointwise mutual
    information, which favours rare pairs: keep ``min_freq`` at 3 or more). N-grams seen fewer
    than ``min_freq`` times are left out; so are n-grams made only of stop words
    (``stop_words="all"``, the default, which keeps phrasal verbs such as "ramp up"), or
    holding any stop word (``"any"``); ``None`` keeps everything.

    Returns columns ``collocation`` (words joined by spaces), ``n``, ``freq``, ``score``,
    ``measure``; best first, ties in alphabetical order.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"] * 3, "turn": [0, 1, 2],
    ...                   "text": ["We ramp up output.", "Ramp up now.", "We ramp up. Output!"]})
    >>> find_collocations(tokens_table(t), min_freq=2)[["collocation", "freq"]].values.tolist()
    [['ramp up', 3], ['we ramp', 2]]
    """
    # NLTK is imported when first used: it takes 1 s.
    from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    if n not in (2, 3):
        raise ValueError(f"n={n!r}: expected 2 (bigrams) or 3 (trigrams)")
    if measure not in MEASURES:
        raise ValueError(f"measure={measure!r}: expected one of {MEASURES}")
    if stop_words not in ("all", "any", None):
        raise ValueError(f"stop_words={stop_words!r}: expected 'all', 'any' or None")
    finder_class, measures = (
        (BigramCollocationFinder, BigramAssocMeasures) if n == 2
        else (TrigramCollocationFinder, TrigramAssocMeasures)
    )
    finder = finder_class.from_documents(sentences_of_words(tokens))
    finder.apply_freq_filter(min_freq)
    stops = shared_stop_words()
    finder.apply_ngram_filter(lambda *ngram: not _keep(ngram, stops, stop_words))
    score = measures.likelihood_ratio if measure == "llr" else measures.pmi
    scored = finder.score_ngrams(score)
    if top is not None:
        scored = scored[:top]
    return pd.DataFrame({
        "collocation": [" ".join(g) for g, _ in scored],
        "n": pd.array([n] * len(scored), dtype="int64"),
        "freq": pd.array([finder.ngram_fd[g] for g, _ in scored], dtype="int64"),
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
