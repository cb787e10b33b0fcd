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
from .style import MEDIUM_COLORS, ROLE_COLORS, get_axes, mark_documents, several_documents, show_empty, styled


@styled
def plot_marker_rates(summary: pd.DataFrame, *, by: str = "role", ax=None):
    """Grouped horizontal bars: rate per 1,000 words of each marker category, one bar per
    value of ``by``. Takes :func:`presslib.discourse.markers.summarise_markers`' long table."""
    need_columns(summary, (by, "group", "category", "per_1000"))
    if summary.empty:
        return show_empty(get_axes(ax, (8, 2.5)), "no words to count markers in",
                          title=f"Stance, person and modality markers by {by}")
    cats = summary[["group", "category"]].drop_duplicates()
    labels = [c if c == g else f"{c} ({g})" for g, c in cats.itertuples(index=False)]
    values = list(dict.fromkeys(summary[by]))
    ax = get_axes(ax, (8, 0.45 * len(labels) * max(1, len(values)) / 2 + 1.5))
    height = 0.8 / max(1, len(values))
    y = np.arange(len(labels))
    palette = [ROLE_COLORS[r] for r in ("principal", "journalist", "other", "moderator")] + [MEDIUM_COLORS["radio"]]
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
    """Diverging bars of Log Ratio (the effect size) for the ``n`` words of highest LL each way,
    sorted by Log Ratio, each labelled with its frequencies (target/reference).

    Bars of words below LL 3.84 (not significant at p < 0.05) are pale and labelled "n.s.";
    bars of words whose counts are too small to trust (``reliable`` false: an expected count
    under 5 and LL under 15.13) are hatched. Takes
    :func:`presslib.discourse.keywords.keyness`'s table.
    """
    need_columns(table, ("word", "ll", "log_ratio", "direction", "freq_target", "freq_reference"))
    title = f"Key words: {target} vs {reference}"
    if table.empty:
        return show_empty(get_axes(ax, (8, 2.5)), "no word frequent enough in the two parts to compare",
                          title=title)
    ranked = table.sort_values(["ll", "word"], ascending=[False, True], kind="stable")
    rows = pd.concat([ranked[ranked["direction"] == d].head(n) for d in ("target", "reference")])
    rows = rows.sort_values(["log_ratio", "word"], ascending=[False, True], kind="stable")
    significant = (rows["ll"] >= 3.84).to_numpy()
    reliable = rows["reliable"].to_numpy(dtype=bool) if "reliable" in rows else np.ones(len(rows), bool)
    ax = get_axes(ax, (8, 0.32 * max(len(rows), 1) + 1.8))
    colors = np.where(rows["direction"] == "target", ROLE_COLORS["principal"], ROLE_COLORS["journalist"])
    y = np.arange(len(rows))
    bars = ax.barh(y, rows["log_ratio"], color=colors, alpha=1.0)
    for bar, sig, ok in zip(bars, significant, reliable):
        if not sig:
            bar.set_alpha(0.35)
        if not ok:
            bar.set_hatch("///")
            bar.set_edgecolor("white")
    ax.bar_label(bars, labels=[f"{a}/{b}" + ("" if sig else " n.s.") for a, b, sig in
                               zip(rows["freq_target"], rows["freq_reference"], significant)],
                 padding=3, fontsize=8)
    ax.set_yticks(y, rows["word"])
    ax.invert_yaxis()
    ax.axvline(0, color="#444", linewidth=0.8)
    lim = max(1.0, float(rows["log_ratio"].abs().max())) * 1.35
    ax.set_xlim(-lim, lim)
    ax.set_xlabel(f"Log Ratio (log2 of relative frequency): right = more in {target}, left = more in {reference}")
    if not significant.any():
        title += "\n(no word reaches LL 3.84, p < 0.05: every bar is 'n.s.')"
    else:
        title += " (labels: frequency in each)"
    ax.set_title(title)
    handles = [Patch(color=ROLE_COLORS["principal"], label=target), Patch(color=ROLE_COLORS["journalist"], label=reference)]
    if not significant.all():
        handles.append(Patch(color="#777", alpha=0.35, label="n.s.: LL < 3.84"))
    if not reliable.all():
        handles.append(Patch(facecolor="#777", hatch="///", edgecolor="white",
                             label="small counts (expected < 5)"))
    ax.legend(handles=handles, frameon=False, loc="lower right", fontsize=8)
    return ax


@styled
def plot_sentiment(turn_scores: pd.DataFrame, *, ax=None):
    """Dots: each turn's mean VADER compound score in conference order, coloured by role; the
    band between -0.05 and +0.05 is VADER's neutral. Takes :func:`presslib.discourse.sentiment.turn_sentiment`."""
    need_columns(turn_scores, ("turn", "role", "compound", "sentences"))
    several = several_documents(turn_scores)
    # with several transcripts, turns follow one another along the x axis
    turn_scores = turn_scores.reset_index(drop=True)
    turn_scores = turn_scores.assign(x=np.arange(len(turn_scores)) if several else turn_scores["turn"])
    rows = turn_scores[turn_scores["sentences"] > 0]
    ax = get_axes(ax, (10, 3.5))
    title = "Sentiment of each turn (dot size: number of sentences; grey band: neutral)"
    if rows.empty:
        return show_empty(ax, "no sentence to score", title=title)
    ax.axhspan(-0.05, 0.05, color="#eeeeee", zorder=0)
    ax.axhline(0, color="#999", linewidth=0.6)
    for role in [r for r in ROLE_COLORS if r in set(rows["role"])]:
        part = rows[rows["role"] == role]
        ax.scatter(part["x"], part["compound"], s=12 + 4 * part["sentences"], color=ROLE_COLORS[role],
                   label=role, alpha=0.85, edgecolor="white", linewidth=0.5)
    ax.set_ylim(-1.05, 1.05)
    if several:
        mark_documents(ax, turn_scores["doc_id"], turn_scores["x"])
    ax.set_xlabel("turn (transcripts one after another)" if several else "turn (order in the conference)")
    ax.set_ylabel("mean VADER compound (-1 to +1)")
    ax.set_title(title, pad=14 if several else None)
    ax.legend(frameon=False, loc="lower left", ncols=3)
    return ax
