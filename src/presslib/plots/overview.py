"""Charts of the whole conference from the turns table (notebook 00), each returning its Axes.

Plots know column names, never files: save a chart with :func:`presslib.report.save.save_figure`.
Colours are fixed per role and per kind (:mod:`presslib.plots.style`), so every notebook tells
them apart the same way.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch

from ..table import need_columns
from .style import KIND_COLORS, ROLE_COLORS, get_axes, styled


@styled
def plot_words_by_role(turns: pd.DataFrame, *, ax=None):
    """Bars: words spoken by each role, labelled with their share of all words."""
    need_columns(turns, ("role", "n_words"))
    ax = get_axes(ax, (6, 3))
    words = turns.groupby("role")["n_words"].sum()
    words = words.reindex([r for r in ROLE_COLORS if r in words.index])
    bars = ax.barh(words.index, words.values, color=[ROLE_COLORS[r] for r in words.index])
    total = words.sum()
    ax.bar_label(bars, labels=[f"{v:,} ({v / total:.0%})" for v in words.values], padding=3)
    ax.invert_yaxis()
    ax.set_xlabel("words spoken")
    ax.set_title("Who holds the floor: words by role")
    ax.set_xlim(0, words.max() * 1.25)
    return ax


@styled
def plot_words_by_speaker(turns: pd.DataFrame, *, ax=None):
    """Horizontal bars: words per speaker, most first, coloured by role."""
    need_columns(turns, ("speaker", "role", "n_words"))
    per = (
        turns.assign(speaker=turns["speaker"].replace("", "(unlabeled)"))
        .groupby("speaker", sort=False)
        .agg(words=("n_words", "sum"), role=("role", "first"))
        .sort_values("words", ascending=False, kind="stable")
    )
    ax = get_axes(ax, (7, 0.3 * len(per) + 1.2))
    ax.barh(per.index, per["words"], color=[ROLE_COLORS.get(r, "#999") for r in per["role"]])
    ax.invert_yaxis()
    ax.set_xlabel("words spoken")
    ax.set_title("Words per speaker")
    roles = list(dict.fromkeys(per["role"]))
    ax.legend(handles=[Patch(color=ROLE_COLORS.get(r, "#999"), label=r) for r in roles], frameon=False,
              loc="lower right")
    return ax


@styled
def plot_turn_sequence(turns: pd.DataFrame, *, ax=None):
    """The conference as a timeline: one bar per turn along the words spoken so far.

    Each role has its own lane; a bar's length is the turn's words, its colour the turn's kind.
    Dotted lines mark where each Q&A exchange begins.
    """
    need_columns(turns, ("role", "kind", "n_words", "exchange"))
    lanes = [r for r in ROLE_COLORS if r in set(turns["role"])]
    ax = get_axes(ax, (11, 0.55 * len(lanes) + 1.6))
    start = turns["n_words"].cumsum() - turns["n_words"]
    width = turns["n_words"].clip(lower=8)  # empty and one-word turns stay visible
    y = turns["role"].map({r: i for i, r in enumerate(lanes)})
    ax.barh(y, width, left=start, height=0.6, color=turns["kind"].map(KIND_COLORS).fillna("#999"),
            edgecolor="white", linewidth=0.3)
    firsts = turns.loc[turns["exchange"].notna() & turns["exchange"].ne(turns["exchange"].shift())]
    for pos, ex in zip(start[firsts.index], firsts["exchange"]):
        if ex >= 1:
            ax.axvline(pos, color="#888", linestyle=":", linewidth=0.8)
            ax.text(pos, len(lanes) - 0.45, str(int(ex)), fontsize=7, color="#555", ha="left")
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_ylim(len(lanes) - 0.3, -0.6)
    ax.set_xlabel("words spoken so far in the conference")
    ax.set_title("Turn-taking: who speaks when (numbers mark the Q&A exchanges)")
    kinds = [k for k in KIND_COLORS if k in set(turns["kind"])]
    ax.legend(handles=[Patch(color=KIND_COLORS[k], label=k.replace("_", "-")) for k in kinds],
              ncols=len(kinds), frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.28))
    return ax
