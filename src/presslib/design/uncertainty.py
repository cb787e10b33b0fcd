"""Numbers with their uncertainty: bootstrap intervals for rates (:func:`bootstrap_rate`) and a
multiple-testing correction for keyness tables (:func:`correct_keyness`,
:func:`summarise_keyness_tests`).

**Bootstrap.** A rate is a sum of counts over a sum of totals (hedges per 1,000 words, prefaced
questions per question), computed per group (``by``: a role, an outlet). The units that vary
from one conference to another are turns or speakers, not words, so the bootstrap resamples
those (``cluster``): each draw picks as many clusters as the group has, with replacement, and
recomputes the rate; the interval is the percentile interval of the draws (Efron & Tibshirani
1993, ch. 13). A fixed ``seed`` gives the same interval on every run. With few clusters the
interval is itself unreliable: ``small`` says so (fewer than :data:`MIN_CLUSTERS`).

**Keyness.** A keyness table tests every word that reaches ``min_freq``: with hundreds of tests
at p < 0.05, about one in twenty words comes out "key" by chance. Bonferroni multiplies each
p-value by the number of tests ``m``; Holm (1979) does the same step by step from the smallest
p-value and rejects at least as much, with the same guarantee (the family-wise error rate
stays below ``alpha``).

References: B. Efron & R. J. Tibshirani (1993), *An Introduction to the Bootstrap*, Chapman &
Hall. S. Holm (1979), A simple sequentially rejective multiple test procedure, *Scandinavian
Journal of Statistics* 6(2).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..table import need_columns

MIN_CLUSTERS = 5  #: fewer clusters than this and an interval is marked ``small``
BOOTSTRAP_COLUMNS = ("count", "total", "rate", "low", "high", "clusters", "small", "n_boot", "level")


def bootstrap_rate(table: pd.DataFrame, *, count: str, total: str, by: str | list[str] | None = None,
                   cluster: str | None = None, per: float = 1.0, n_boot: int = 2000, seed: int = 0,
                   level: float = 0.95) -> pd.DataFrame:
    """Rate ``per * sum(count) / sum(total)`` per group, with a bootstrap percentile interval.

    ``table`` has one row per observation (a turn, a question unit); ``cluster`` names the
    column whose values are resampled whole (``"speaker"``), rows by default. Returns one row
    per group (``by`` columns first) with :data:`BOOTSTRAP_COLUMNS`: the counts beside the
    rate, the interval ``low``-``high``, the number of clusters and whether it is ``small``.

    >>> t = pd.DataFrame({"role": ["a", "a", "b"], "hedges": [1, 3, 0], "words": [100, 100, 50]})
    >>> bootstrap_rate(t, count="hedges", total="words", by="role", per=1000)[["role", "count", "rate", "clusters"]].values.tolist()
    [['a', 4, 20.0, 2], ['b', 0, 0.0, 1]]
    """
    by = [by] if isinstance(by, str) else list(by or [])
    need_columns(table, [count, total, *by, *([cluster] if cluster else [])], what="the table")
    if not 0 < level < 1:
        raise ValueError(f"level={level!r}: expected a share between 0 and 1, such as 0.95")
    work = table.assign(_cluster=table[cluster] if cluster else np.arange(len(table)))
    grouped = work.groupby(by, sort=True, dropna=False) if by else [((), work)]
    rows = []
    for k, (key, group) in enumerate(grouped):
        sums = group.groupby("_cluster", sort=True)[[count, total]].sum()
        counts, totals = sums[count].to_numpy(float), sums[total].to_numpy(float)
        n = len(sums)
        rate = per * counts.sum() / totals.sum() if totals.sum() else float("nan")
        rng = np.random.default_rng([seed, k])
        draws = rng.integers(0, n, size=(n_boot, n)) if n else np.zeros((n_boot, 0), dtype=int)
        with np.errstate(invalid="ignore", divide="ignore"):
            rates = per * counts[draws].sum(axis=1) / totals[draws].sum(axis=1)
        rates = rates[np.isfinite(rates)]
        tail = (1 - level) / 2 * 100
        low, high = (np.percentile(rates, [tail, 100 - tail]) if len(rates) else (np.nan, np.nan))
        key = key if isinstance(key, tuple) else (key,)
        rows.append((*key[:len(by)], int(counts.sum()) if float(counts.sum()).is_integer() else counts.sum(),
                     int(totals.sum()) if float(totals.sum()).is_integer() else totals.sum(),
                     rate, float(low), float(high), n, n < MIN_CLUSTERS, n_boot, level))
    return pd.DataFrame(rows, columns=[*by, *BOOTSTRAP_COLUMNS])


def adjust_p_values(p_values, *, method: str = "holm") -> np.ndarray:
    """P-values adjusted for ``len(p_values)`` tests: ``"bonferroni"`` (``min(1, m p)``) or
    ``"holm"`` (from the smallest p up: ``(m - i + 1) p_(i)``, kept non-decreasing, at most 1).

    >>> adjust_p_values([0.01, 0.04, 0.03], method="holm").round(4).tolist()  # 3*.01, 2*.03, max(.06, 1*.04)
    [0.03, 0.06, 0.06]
    >>> adjust_p_values([0.01, 0.04, 0.03], method="bonferroni").round(4).tolist()
    [0.03, 0.12, 0.09]
    """
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    if method == "bonferroni":
        return np.minimum(1.0, p * m)
    if method != "holm":
        raise ValueError(f"method={method!r}: expected 'holm' or 'bonferroni'")
    order = np.argsort(p, kind="stable")
    stepped = np.maximum.accumulate((m - np.arange(m)) * p[order])
    out = np.empty(m)
    out[order] = np.minimum(1.0, stepped)
    return out


def correct_keyness(table: pd.DataFrame, *, method: str = "holm", alpha: float = 0.05) -> pd.DataFrame:
    """A keyness table (:func:`presslib.discourse.keyness` or ``key_words``) with
    ``p_adjusted`` (for all its rows as the tests: pass the whole table, not its top rows)
    and ``key_adjusted`` (``p_adjusted < alpha``). The effect size (``log_ratio``) and the
    other columns are kept; the input is not changed."""
    need_columns(table, ("word", "p_value"), what="the keyness table")
    out = table.copy()
    out["p_adjusted"] = adjust_p_values(out["p_value"].to_numpy(float), method=method)
    out["key_adjusted"] = out["p_adjusted"] < alpha
    out.attrs.update(method=method, alpha=alpha, tests=len(out))
    return out


def summarise_keyness_tests(table: pd.DataFrame, *, alpha: float = 0.05) -> pd.Series:
    """How many words of a keyness table pass at ``alpha``: ``tests`` (rows), ``raw`` (p below
    alpha, uncorrected), ``expected_by_chance`` (``tests * alpha``: what chance alone would give
    if no word were key), ``bonferroni`` and ``holm`` (surviving each correction)."""
    need_columns(table, ("p_value",), what="the keyness table")
    p = table["p_value"].to_numpy(float)
    return pd.Series({
        "tests": len(p), "raw": int((p < alpha).sum()), "expected_by_chance": len(p) * alpha,
        "bonferroni": int((adjust_p_values(p, method="bonferroni") < alpha).sum()),
        "holm": int((adjust_p_values(p, method="holm") < alpha).sum()),
    })
