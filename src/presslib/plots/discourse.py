"""Charts of discourse measures (notebooks 04 and 05): marker rates, key words, sentiment along
the conference.

Each function takes a table, draws one chart and returns its Axes; it knows column names,
never files. Roles keep their colours from :mod:`presslib.plots.style`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from ..table import need_columns
from .style import ROLE_COLORS, get_axes, styled


@styled
def plot_marker_rates(summary: pd.DataFrame, *, by: str = "role", ax=None):
    """Grouped horizontal bars: rate per 1,000 words of each marker category, one bar per
    value of ``by``. Takes :func:`presslib.discourse.markers.summarise_markers`' long table."""
    need_columns(summary, (by, "group", "category", "per_1000"))
    cats = summary[["group", "category"]].drop_duplicates()
    labels = [c if c == g else f"{c} ({g})" for g, c in cats.itertuples(index=False)]
    values = list(dict.fromkeys(summary[by]))
    ax = get_axes(ax, (8, 0.45 * len(labels) * max(1, len(values)) / 2 + 1.5))
    height = 0.8 / max(1, len(values))
    y = np.arange(len(labels))
    palette = ["#1f4e79", "#d9822b", "#6a9f58", "#9e9e9e", "#a05195"]
    for k, value in enumerate(values):
        rows = summary[summary[by] == value].set_index(["group", "category"])
        rates = rows.reindex(pd.MultiIndex.from_frame(cats))["per_1000"].fillna(0).to_numpy()
        color = ROLE_COLORS.get(value, palette[k % len(palette)]) if by == "role" else palette[k % len(palette)]
        ax.barh(y + k * height - 0.4 + height / 2, rates, height=height, color=color, label=str(value))
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlabel("occurrences per 1,000 words")
    ax.set_title(f"Stance, person and modality markers by {by}")
    ax.legend(frameon=False, loc="lower right", title=by)
    return ax


@styled
def plot_keyness(table: pd.DataFrame, *, n: int = 12, target: str = "target",
                 reference: str = "reference", ax=None):
    """Diverging bars of Log Ratio for the ``n`` strongest key words each way (by LL, only
    those with LL >= 3.84), labelled with their frequencies (target/reference). Takes :func:`presslib.discourse.keywords.keyness`'s table."""
    need_columns(table, ("word", "ll", "log_ratio", "direction", "freq_target", "freq_reference"))
    strong = table[table["ll"] >= 3.84]
    up = strong[strong["direction"] == "target"].head(n)
    down = strong[strong["direction"] == "reference"].head(n)
    rows = pd.concat([up, down.iloc[::-1]])  # strongest target word on top, strongest reference at the bottom
    ax = get_axes(ax, (8, 0.32 * max(len(rows), 1) + 1.6))
    colors = np.where(rows["direction"] == "target", "#1f4e79", "#d9822b")
    bars = ax.barh(range(len(rows)), rows["log_ratio"], color=colors)
    ax.bar_label(bars, labels=[f"{a}/{b}" for a, b in zip(rows["freq_target"], rows["freq_reference"])],
                 padding=3, fontsize=8)
    ax.set_yticks(range(len(rows)), rows["word"])
    ax.invert_yaxis()
    ax.axvline(0, color="#444", linewidth=0.8)
    lim = max(1.0, float(rows["log_ratio"].abs().max()) if len(rows) else 1.0) * 1.25
    ax.set_xlim(-lim, lim)
    ax.set_xlabel(f"Log Ratio (log2 of relative frequency): right = more in {target}, left = more in {reference}")
    ax.set_title(f"Key words: {target} vs {reference} (labels: frequency in each)")
    ax.legend(handles=[Patch(color="#1f4e79", label=target), Patch(color="#d9822b", label=reference)],
              frameon=False, loc="lower right")
    return ax


@styled
def plot_sentiment(turn_scores: pd.DataFrame, *, ax=None):
    """Dots: each turn's mean VADER compound score in conference order, coloured by role; the
    band between -0.05 and +0.05 is VADER's neutral. Takes :func:`presslib.discourse.sentiment.turn_sentiment`."""
    need_columns(turn_scores, ("turn", "role", "compound", "sentences"))
    rows = turn_scores[turn_scores["sentences"] > 0]
    ax = get_axes(ax, (10, 3.5))
    ax.axhspan(-0.05, 0.05, color="#eeeeee", zorder=0)
    ax.axhline(0, color="#999", linewidth=0.6)
    for role in [r for r in ROLE_COLORS if r in set(rows["role"])]:
        part = rows[rows["role"] == role]
        ax.scatter(part["turn"], part["compound"], s=12 + 4 * part["sentences"], color=ROLE_COLORS[role],
                   label=role, alpha=0.85, edgecolor="white", linewidth=0.5)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("turn (order in the conference)")
    ax.set_ylabel("mean VADER compound (-1 to +1)")
    ax.set_title("Sentiment of each turn (dot size: number of sentences; grey band: neutral)")
    ax.legend(frameon=False, loc="lower left", ncols=3)
    return ax
