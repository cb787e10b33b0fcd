"""Charts of the whole conference from the turns table (notebook 00), each returning its Axes.

Plots know column names, never files: save a chart with :func:`presslib.report.save.save_figure`.
Colours are fixed per role and per kind (:mod:`presslib.plots.style`), so every notebook tells
them apart the same way. A table with no rows gives a chart that says so; a table of several
transcripts gives a chart that names them.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch

from ..table import need_columns
from .style import KIND_COLORS, ROLE_COLORS, get_axes, mark_documents, show_empty, styled


@styled
def plot_words_by_role(turns: pd.DataFrame, *, ax=None):
    """Bars: words spoken by each role, labelled with the count and its share of all words."""
    need_columns(turns, ("role", "n_words"))
    ax = get_axes(ax, (6, 3))
    title = "Who holds the floor: words by role"
    words = turns.groupby("role")["n_words"].sum()
    words = words.reindex([r for r in ROLE_COLORS if r in words.index])
    total = words.sum()
    if not total:
        return show_empty(ax, "no words in the transcript", title=title)
    bars = ax.barh(words.index, words.values, color=[ROLE_COLORS[r] for r in words.index])
    ax.bar_label(bars, labels=[f"{v:,} ({v / total:.0%})" for v in words.values], padding=3)
    ax.invert_yaxis()
    ax.set_xlabel("words spoken")
    ax.set_title(title)
    ax.set_xlim(0, words.max() * 1.3)
    return ax


@styled
def plot_words_by_speaker(turns: pd.DataFrame, *, ax=None, top: int = 30):
    """Horizontal bars: words per speaker, most first, coloured by role, each labelled with its
    count (speakers differ by orders of magnitude: a moderator's ten words beside a
    principal's thousands). At most ``top`` speakers; the title says how many are left out."""
    need_columns(turns, ("speaker", "role", "n_words"))
    per = (
        turns.assign(speaker=turns["speaker"].replace("", "(unlabeled)"))
        .groupby("speaker", sort=False)
        .agg(words=("n_words", "sum"), role=("role", "first"))
        .sort_values("words", ascending=False, kind="stable")
    )
    shown = per.head(top)
    ax = get_axes(ax, (7, 0.3 * len(shown) + 1.4))
    title = "Words per speaker"
    if per.empty:
        return show_empty(ax, "no speaker turns", title=title)
    bars = ax.barh(shown.index, shown["words"], color=[ROLE_COLORS.get(r, "#999") for r in shown["role"]])
    ax.bar_label(bars, labels=[f"{v:,}" for v in shown["words"]], padding=3, fontsize=8)
    ax.set_xlim(0, max(int(shown["words"].max()), 1) * 1.15)
    ax.invert_yaxis()
    ax.set_xlabel("words spoken")
    if len(per) > len(shown):
        title += f" (the {len(shown)} who spoke most, of {len(per)})"
    ax.set_title(title)
    roles = list(dict.fromkeys(shown["role"]))
    ax.legend(handles=[Patch(color=ROLE_COLORS.get(r, "#999"), label=r) for r in roles], frameon=False,
              loc="lower right")
    return ax


@styled
def plot_turn_sequence(turns: pd.DataFrame, *, ax=None):
    """The conference as a timeline: one bar per turn along the words spoken so far.

    Each role has its own lane; a bar's length is the turn's words, its colour the turn's kind.
    Dotted lines mark where each Q&A exchange begins; with several transcripts, solid lines
    and names mark where each one starts (their words follow one another).
    """
    need_columns(turns, ("role", "kind", "n_words", "exchange"))
    lanes = [r for r in ROLE_COLORS if r in set(turns["role"])]
    ax = get_axes(ax, (11, 0.55 * max(len(lanes), 1) + 1.8))
    title = "Turn-taking: who speaks when (numbers mark the Q&A exchanges)"
    if turns.empty:
        return show_empty(ax, "no turns", title=title)
    turns = turns.reset_index(drop=True)
    start = turns["n_words"].cumsum() - turns["n_words"]
    width = turns["n_words"].clip(lower=8)  # empty and one-word turns stay visible
    y = turns["role"].map({r: i for i, r in enumerate(lanes)})
    ax.barh(y, width, left=start, height=0.6, color=turns["kind"].map(KIND_COLORS).fillna("#999"),
            edgecolor="white", linewidth=0.3)
    doc = turns["doc_id"] if "doc_id" in turns else pd.Series("", index=turns.index)
    new = turns["exchange"].notna() & (turns["exchange"].ne(turns["exchange"].shift()) | doc.ne(doc.shift()))
    firsts = turns.loc[new]
    for pos, ex in zip(start[firsts.index], firsts["exchange"]):
        if ex >= 1:
            ax.axvline(pos, color="#888", linestyle=":", linewidth=0.8)
            ax.text(pos, len(lanes) - 0.45, str(int(ex)), fontsize=7, color="#555", ha="left")
    mark_documents(ax, doc, start)
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_ylim(len(lanes) - 0.3, -0.6)
    ax.set_xlabel("words spoken so far" + (" (transcripts one after another)" if doc.nunique() > 1 else
                                           " in the conference"))
    ax.set_title(title, pad=14 if doc.nunique() > 1 else None)
    kinds = [k for k in KIND_COLORS if k in set(turns["kind"])]
    ax.legend(handles=[Patch(color=KIND_COLORS[k], label=k.replace("_", "-")) for k in kinds],
              ncols=max(len(kinds), 1), frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.28))
    return ax
