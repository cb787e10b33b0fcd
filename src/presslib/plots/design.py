"""Charts of notebook 06: :func:`plot_design_rates` (how often each design indicator fires,
with its interval), :func:`plot_dispersion` (where each term occurs) and
:func:`plot_indicator_agreement` (each automatic measure's precision and recall against a hand
coding). Each draws in presslib's style and returns its Axes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..design.dispersion import MIN_FREQ, dispersion_table
from ..discourse.concordances import find_phrase
from ..table import need_columns
from ..tokens import tokens_table
from .style import ROLE_COLORS, get_axes, show_empty, styled


@styled
def plot_dispersion(turns: pd.DataFrame, terms, *, tokens: pd.DataFrame | None = None, ax=None):
    """A lexical dispersion plot: one row per term, a tick at each occurrence, along the
    transcript's words (the principal's turns shaded). Each row's label gives the term's
    frequency and Gries's DP (:func:`~presslib.design.dispersion.dispersion_table`, over
    turns); a term met fewer than :data:`~presslib.design.dispersion.MIN_FREQ` times is marked
    "too few to judge". Returns the Axes.
    """
    need_columns(turns, ("doc_id", "turn", "text"), what="the turns table")
    terms = list(terms)
    tokens = tokens_table(turns) if tokens is None else tokens
    words = tokens[tokens["is_word"]].reset_index(drop=True)
    ax = get_axes(ax, (9, 0.55 * len(terms) + 1.6))
    title = "Where each term occurs: a dispersion plot"
    if not len(words) or not terms:
        return show_empty(ax, "no words" if not len(words) else "no term to show", title=title)
    position = {(d, t, p): i for i, (d, t, p) in enumerate(zip(words["doc_id"], words["turn"], words["position"]))}
    table = dispersion_table(turns, terms, tokens=tokens)
    if "role" in turns:
        start = 0
        sizes = words.groupby(["doc_id", "turn"], sort=False).size()
        roles = turns.set_index(["doc_id", "turn"])["role"]
        for key, n in sizes.items():
            if roles.get(key) == "principal":
                ax.axvspan(start, start + n, color=ROLE_COLORS["principal"], alpha=0.08, lw=0)
            start += n
    labels = []
    for row, (term, info) in enumerate(zip(terms, table.itertuples(index=False))):
        hits = find_phrase(tokens, term)
        xs = [position[(d, t, f)] for d, t, f in zip(hits["doc_id"], hits["turn"], hits["first"])
              if (d, t, f) in position]
        ax.plot(xs, np.full(len(xs), row), linestyle="none", marker="|", markersize=14,
                color=ROLE_COLORS["journalist"] if info.freq < MIN_FREQ else ROLE_COLORS["principal"])
        dp = "too few to judge" if info.freq < MIN_FREQ else f"DP {info.dp:.2f}"
        labels.append(f"{term} (n={info.freq}, {dp})")
    ax.set_yticks(range(len(terms)), labels)
    ax.set_ylim(len(terms) - 0.5, -0.5)
    ax.set_xlim(0, max(len(words), 1))
    ax.set_xlabel("word position in the transcript (words from the start; principal's turns shaded)")
    ax.set_title(title)
    return ax


@styled
def plot_indicator_agreement(scores: pd.DataFrame, *, ax=None):
    """Precision and recall of each automatic measure against a hand coding, one pair of bars
    per measure, the counts (true positives of hand and tool positives) written beside them.

    ``scores``: one row per measure with ``indicator`` (its name), ``precision``, ``recall``,
    ``tp``, ``hand`` and ``tool``, as :func:`~presslib.design.agreement.score_indicators`
    returns, or :func:`~presslib.design.agreement.combine_scores` with other measures added.
    A measure that neither the tool nor the hand coding says yes to shows no bars and says so.
    """
    ax = get_axes(ax, (8, 0.5 * len(scores) + 1.5))
    ax.set_title("Automatic measures against the hand coding")
    if not len(scores):
        return show_empty(ax, "no hand coding covers this transcript")
    need_columns(scores, ("indicator", "precision", "recall", "tp", "hand", "tool"), what="the scores table")
    y = np.arange(len(scores))
    ax.barh(y - 0.2, scores["precision"].fillna(0), height=0.38, color=ROLE_COLORS["principal"], label="precision")
    ax.barh(y + 0.2, scores["recall"].fillna(0), height=0.38, color=ROLE_COLORS["journalist"], label="recall")
    for k, r in enumerate(scores.itertuples(index=False)):
        note = (f"{r.tp} of the tool's {r.tool} right; {r.tp} of the hand's {r.hand} found"
                if r.hand or r.tool else "neither says yes: nothing to score")
        ax.text(1.02, k, note, va="center", fontsize=8)
    ax.set_yticks(y, scores["indicator"])
    ax.set_ylim(len(scores) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share (precision: of the tool's yeses, right; recall: of the hand coding's yeses, found)")
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.12), ncol=2, fontsize=8, frameon=False)
    return ax


@styled
def plot_design_rates(rates: pd.DataFrame, *, ax=None):
    """Share of questions showing each design indicator, with its bootstrap interval as an
    error bar and the count beside it ("7 of 26"); an interval over fewer than
    :data:`~presslib.design.uncertainty.MIN_CLUSTERS` journalists is drawn hollow and says so.

    ``rates``: :func:`~presslib.design.findings.design_rates` (``indicator``, ``dimension``,
    ``rate``, ``low``, ``high``, ``count``, ``total``, ``small``). Returns the Axes.
    """
    need_columns(rates, ("indicator", "rate", "low", "high", "count", "total", "small"), what="the rates table")
    ax = get_axes(ax, (8, 0.45 * len(rates) + 1.6))
    title = "Question design: how often each indicator fires"
    if not len(rates) or not rates["total"].sum():
        return show_empty(ax, "no question to describe", title=title)
    y = np.arange(len(rates))
    for k, r in enumerate(rates.itertuples(index=False)):
        rate = 0.0 if pd.isna(r.rate) else r.rate
        low, high = (rate, rate) if pd.isna(r.low) else (r.low, r.high)
        ax.errorbar(rate, k, xerr=[[rate - low], [high - rate]], fmt="o", capsize=3,
                    color=ROLE_COLORS["journalist"], mfc="white" if r.small else ROLE_COLORS["journalist"])
        note = f"{int(r.count)} of {int(r.total)}" + (" (few journalists: unreliable)" if r.small else "")
        ax.text(1.02, k, note, va="center", fontsize=8, transform=ax.get_yaxis_transform())
    labels = [f"{r.indicator} ({r.dimension})" if "dimension" in rates else r.indicator
              for r in rates.itertuples(index=False)]
    ax.set_yticks(y, labels)
    ax.set_ylim(len(rates) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of questions (dot), with 95% bootstrap interval over journalists")
    ax.set_title(title)
    return ax
