"""Keyness: which words one part of a corpus uses more than another, and by how much.

For each word, with frequency ``a`` in the target part (``c`` words in all) and ``b`` in the
reference part (``d`` words):

- **Log-likelihood** (Dunning 1993), in the form of Rayson and Garside (2000) used by
  corpus tools such as UCREL's calculator and AntConc:
  ``E1 = c (a + b) / (c + d)``, ``E2 = d (a + b) / (c + d)``,
  ``LL = 2 (a ln(a / E1) + b ln(b / E2))``, where a zero count adds nothing (``0 ln 0 = 0``).
  ``cells=4`` adds the two "all other words" cells, giving Dunning's full G² of the 2×2
  table; the two differ little when the word is rare. LL is a measure of evidence: with one
  degree of freedom, 3.84 is p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001, 15.13 p < 0.0001.
- **Log Ratio** (Hardie 2014), the effect size: ``log2((a / c) / (b / d))``. +1 means twice
  as frequent in the target, -1 half as frequent. A zero count makes it infinite, so a zero
  is replaced by 0.5 (``zero=0.5``; Hardie's adjustment as used in CQPweb): the value is
  then a floor (or ceiling) on the true ratio, and ``a == 0`` or ``b == 0`` says so.

Small counts do not crash: an empty part or no word reaching ``min_freq`` gives an empty
table and a :class:`SmallCountWarning`. The ``min_expected`` column is the smaller of E1 and
E2; where it is below 5 the chi-squared approximation behind the p-values is rough, and
Rayson, Berridge and Francis (2004) advise the stricter 15.13 cut-off: ``reliable`` says
whether a row clears it (``min_expected >= 5`` or ``LL >= 15.13``).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from ..errors import PresslibError
from ..table import need_columns
from ..tokens import stop_words
from .concordances import concordance, format_concordance

CRITICAL = {3.84: "*", 6.63: "**", 10.83: "***", 15.13: "****"}
KEYNESS_COLUMNS = (
    "word", "freq_target", "freq_reference", "per_1000_target", "per_1000_reference", "ll",
    "log_ratio", "p_value", "sig", "min_expected", "reliable", "direction",
)


class SmallCountWarning(UserWarning):
    """The counts are too small for a keyness table to say anything."""


def _xlnx_over(x: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``x ln(x / e)``, 0 where x is 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, x * np.log(np.where(x > 0, x, 1) / np.where(e > 0, e, 1)), 0.0)


def log_likelihood(a, b, c, d, *, cells: int = 2) -> np.ndarray:
    """Log-likelihood of frequencies ``a`` (of ``c`` words) against ``b`` (of ``d`` words).

    >>> float(log_likelihood(10, 2, 1000, 1000).round(4))  # 2 (10 ln(10/6) + 2 ln(2/6))
    5.8221
    """
    a, b, c, d = (np.asarray(x, dtype="float64") for x in (a, b, c, d))
    n = c + d
    e1, e2 = c * (a + b) / n, d * (a + b) / n
    ll = _xlnx_over(a, e1) + _xlnx_over(b, e2)
    if cells == 4:
        rest = n - a - b
        ll = ll + _xlnx_over(c - a, c * rest / n) + _xlnx_over(d - b, d * rest / n)
    elif cells != 2:
        raise ValueError(f"cells={cells!r}: expected 2 (Rayson and Garside) or 4 (Dunning's G²)")
    return 2 * ll


def log_ratio(a, b, c, d, *, zero: float = 0.5) -> np.ndarray:
    """Hardie's Log Ratio, ``log2((a / c) / (b / d))``, with a zero count taken as ``zero``.

    >>> float(log_ratio(10, 2, 1000, 1000).round(4)), float(log_ratio(6, 0, 1000, 1000).round(4))
    (2.3219, 3.585)
    """
    a, b, c, d = (np.asarray(x, dtype="float64") for x in (a, b, c, d))
    a, b = np.where(a == 0, zero, a), np.where(b == 0, zero, b)
    return np.log2((a / c) / (b / d))


def p_value(ll) -> np.ndarray:
    """The chi-squared (1 degree of freedom) tail probability of a log-likelihood value."""
    ll = np.asarray(ll, dtype="float64")
    return np.vectorize(lambda x: math.erfc(math.sqrt(max(x, 0.0) / 2)), otypes=[float])(ll)


def significance(ll: float) -> str:
    """Stars for the highest critical value ``ll`` reaches: ``*`` p < 0.05 ... ``****`` p < 0.0001."""
    return max((s for cut, s in CRITICAL.items() if ll >= cut), key=len, default="")


def word_frequencies(tokens: pd.DataFrame, *, form: str = "lower") -> pd.Series:
    """How often each word occurs: a Series indexed by the word's ``form`` (``"lower"`` or
    ``"stem"``), most frequent first. Punctuation is not counted; ’ counts as '.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["We will. We won’t!"]})
    >>> word_frequencies(tokens_table(t)).to_dict()
    {'we': 2, 'will': 1, "won't": 1}
    """
    if form not in ("lower", "stem"):
        raise ValueError(f"form={form!r}: expected 'lower' or 'stem'")
    need_columns(tokens, ("is_word", form), what="the tokens table")
    words = tokens.loc[tokens["is_word"], form].astype(str).str.replace("’", "'", regex=False)
    counts = words.value_counts(sort=False)
    counts = counts.iloc[np.lexsort((counts.index.to_numpy(dtype=str), -counts.to_numpy()))]
    counts.index.name, counts.name = "word", "freq"
    return counts.astype("int64")


def keyness(target: pd.Series, reference: pd.Series, *, target_size: int | None = None,
            reference_size: int | None = None, min_freq: int = 5, cells: int = 2,
            zero: float = 0.5) -> pd.DataFrame:
    """Keyness of every word of two frequency lists (word -> count), strongest evidence first.

    Sizes default to the lists' totals; give them when the lists leave words out. Words whose
    total ``a + b`` is below ``min_freq`` are left out. Columns: :data:`KEYNESS_COLUMNS`;
    ``direction`` is ``"target"`` for words relatively more frequent in the target, else
    ``"reference"``. Ties in LL are broken by word, so the order is the same on every run.

    >>> tab = keyness(pd.Series({"we": 10, "you": 2}), pd.Series({"we": 2, "you": 10}),
    ...               target_size=1000, reference_size=1000)
    >>> tab[["word", "ll", "log_ratio", "direction"]].round(4).values.tolist()
    [['we', 5.8221, 2.3219, 'target'], ['you', 5.8221, -2.3219, 'reference']]
    """
    c = int(target.sum()) if target_size is None else int(target_size)
    d = int(reference.sum()) if reference_size is None else int(reference_size)
    if (target < 0).any() or (reference < 0).any():
        raise PresslibError("keyness: frequencies must not be negative")
    if target.sum() > c or reference.sum() > d:
        raise PresslibError(f"keyness: the counts add up to more than the part sizes ({c}, {d})")
    empty = pd.DataFrame({col: [] for col in KEYNESS_COLUMNS})
    if c == 0 or d == 0:
        warnings.warn(f"keyness: a part has no words (target {c}, reference {d}); "
                      "nothing to compare", SmallCountWarning, stacklevel=2)
        return empty
    both = pd.concat([target.rename("a"), reference.rename("b")], axis=1).fillna(0)
    both = both[(both["a"] + both["b"]) >= min_freq]
    if both.empty:
        warnings.warn(f"keyness: no word occurs {min_freq} times or more in the two parts "
                      f"({c} and {d} words); lower min_freq or add text", SmallCountWarning, stacklevel=2)
        return empty
    a, b = both["a"].to_numpy(float), both["b"].to_numpy(float)
    ll = log_likelihood(a, b, c, d, cells=cells)
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    out = pd.DataFrame({
        "word": both.index.astype(str),
        "freq_target": a.astype("int64"),
        "freq_reference": b.astype("int64"),
        "per_1000_target": a / c * 1000,
        "per_1000_reference": b / d * 1000,
        "ll": ll,
        "log_ratio": log_ratio(a, b, c, d, zero=zero),
        "p_value": p_value(ll),
        "sig": [significance(x) for x in ll],
        "min_expected": np.minimum(e1, e2),
        "direction": np.where(a / c >= b / d, "target", "reference"),
    })
    out["reliable"] = (out["min_expected"] >= 5) | (out["ll"] >= 15.13)
    order = np.lexsort((out["word"].to_numpy(dtype=str), -out["ll"].round(10).to_numpy()))
    return out.iloc[order][list(KEYNESS_COLUMNS)].reset_index(drop=True)


def key_words(target: pd.DataFrame, reference: pd.DataFrame, *, form: str = "lower",
              min_freq: int = 5, drop_stop_words: bool = False, cells: int = 2) -> pd.DataFrame:
    """Keyness of the words of two tokens tables (a target part against a reference part).

    Part sizes are all their words, stop words included, even with ``drop_stop_words=True``
    (which only leaves stop words out of the table). Select parts with
    :func:`presslib.discourse.selection.select_tokens`.
    """
    table = keyness(word_frequencies(target, form=form), word_frequencies(reference, form=form),
                    min_freq=min_freq, cells=cells)
    if drop_stop_words and len(table):
        table = table[~table["word"].isin(stop_words())].reset_index(drop=True)
    return table


def top_key_words(table: pd.DataFrame, *, n: int = 10, direction: str = "target",
                  significant: float = 3.84) -> pd.DataFrame:
    """The ``n`` words with the highest LL in one ``direction`` with LL at least ``significant``."""
    need_columns(table, ("ll", "direction"), what="the keyness table")
    rows = table[(table["direction"] == direction) & (table["ll"] >= significant)]
    return rows.head(n).reset_index(drop=True)


def top_key_word(table: pd.DataFrame, *, direction: str = "target", significant: float = 3.84) -> str | None:
    """The most key word in one ``direction`` (the highest LL of at least ``significant``), or
    None when no word reaches it, as on a short transcript.

    >>> t = pd.DataFrame({"word": ["we", "you"], "ll": [9.1, 2.0], "direction": ["target", "reference"]})
    >>> top_key_word(t), top_key_word(t, direction="reference")
    ('we', None)
    """
    top = top_key_words(table, n=1, direction=direction, significant=significant)
    return str(top["word"].iloc[0]) if len(top) else None


def top_key_word_in_context(table: pd.DataFrame, turns: pd.DataFrame, *, direction: str = "target",
                            name: str | None = None, lines: int = 15, significant: float = 3.84) -> str:
    """The concordance (:func:`~presslib.discourse.concordances.format_concordance`, the first
    ``lines`` lines) of the most key word in one ``direction`` in ``turns`` (the turns of that
    part), or a sentence saying that no word reaches LL ``significant`` in ``name`` (the
    part's name; default "the target part"): a key word is a pointer to read, and on a short
    transcript there may be none."""
    word = top_key_word(table, direction=direction, significant=significant)
    if word is None:
        return (f"No word is significantly more frequent in {name or f'the {direction} part'} "
                f"(LL >= {significant:g}): nothing to read in context.")
    return format_concordance(concordance(turns, word).head(lines))
