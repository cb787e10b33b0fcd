"""Charts of the exchanges, questions and responsiveness tables (notebook 03), one function per
chart.

Each function takes a table, draws on ``ax`` (or a new figure) and returns the Axes; save with
:func:`presslib.report.save.save_figure`. Charts of exchanges label and colour them by the
``outlet_name`` and ``medium`` columns that :func:`presslib.answers.add_outlet_names` adds.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from ..answers.lengths import cumulative_words
from ..table import exchange_rows, need_columns
from .style import (
    KIND_COLORS,
    MEDIUM_COLORS,
    ROLE_COLORS,
    exchange_key_labels,
    get_axes,
    mark_documents,
    several_documents,
    show_empty,
    styled,
)

_EXCHANGE_COLUMNS = ("exchange", "outlet_name", "medium")


def _labels(exchanges: pd.DataFrame) -> list[str]:
    """``exchange · outlet``, with the transcript first when there are several."""
    return exchange_key_labels(exchanges, [f"{e} · {name or '?'}" for e, name in
                                           zip(exchanges["exchange"], exchanges["outlet_name"])])


def _medium_color(medium) -> str:
    return MEDIUM_COLORS.get(medium if isinstance(medium, str) else "unknown", MEDIUM_COLORS["unknown"])


@styled
def plot_answer_words(exchanges: pd.DataFrame, *, ax=None):
    """Horizontal bars: answer words per exchange, labelled by outlet, coloured by medium.

    The part of an answer resumed after an untaken call (``continuation_words``) is hatched.
    A dotted line marks the median.
    """
    need_columns(exchanges, (*_EXCHANGE_COLUMNS, "answer_words", "continuation_words"))
    ax = get_axes(ax, (7.5, 0.38 * len(exchanges) + 1.4))
    if exchanges.empty:
        return show_empty(ax, "no question-and-answer exchange", title="How long each answer ran")
    y = np.arange(len(exchanges))
    media = list(exchanges["medium"])
    colors = [_medium_color(m) for m in media]
    first = exchanges["answer_words"] - exchanges["continuation_words"]
    ax.barh(y, first, color=colors)
    ax.barh(y, exchanges["continuation_words"], left=first, color=colors, alpha=0.55, hatch="//",
            edgecolor="white")
    for yi, w in zip(y, exchanges["answer_words"]):
        ax.text(w + 5, yi, f"{w:,}", va="center", fontsize=8)
    median = exchanges["answer_words"].median()
    ax.axvline(median, color="#555", linestyle=":", linewidth=1)
    ax.text(median, -0.9, f"median {median:.0f}", fontsize=8, color="#555", ha="center")
    ax.set_yticks(y, _labels(exchanges))
    ax.set_ylim(len(exchanges) - 0.4, -1.3)
    ax.set_xlim(0, exchanges["answer_words"].max() * 1.12 if len(exchanges) else 1)
    ax.set_xlabel("words in the answer (all answer turns of the exchange)")
    ax.set_ylabel("exchange · outlet")
    ax.set_title("How long each answer ran")
    handles = [Patch(color=MEDIUM_COLORS[m], label=m) for m in MEDIUM_COLORS if m in media]
    if exchanges["continuation_words"].gt(0).any():
        handles.append(Patch(facecolor="#bbb", hatch="//", edgecolor="white",
                             label="resumed after an untaken call"))
    ax.legend(handles=handles, frameon=False, loc="lower right", fontsize=8)
    return ax


@styled
def plot_question_vs_answer(exchanges: pd.DataFrame, *, ax=None):
    """Scatter: words asked against words answered, one labelled point per exchange.

    Dotted lines mark answers as long as the question, and two and four times as long.
    """
    need_columns(exchanges, (*_EXCHANGE_COLUMNS, "question_words", "answer_words"))
    ax = get_axes(ax, (7, 5))
    title = "Longer questions, longer answers? One point per exchange"
    if exchanges.empty:
        return show_empty(ax, "no question-and-answer exchange", title=title)
    x, y = exchanges["question_words"], exchanges["answer_words"]
    ax.scatter(x, y, s=40, color=[_medium_color(m) for m in exchanges["medium"]], zorder=3)
    top = max(float(y.max()) if len(y) else 1, 1) * 1.1
    right = max(float(x.max()) if len(x) else 1, 1) * 1.25
    points = list(zip(x.astype(float), y.astype(float)))
    for (xi, yi), label in zip(points, _labels(exchanges)):
        # A label would run into a point just to its right: put it below the point instead.
        crowded = any(0 < xj - xi < right * 0.2 and abs(yj - yi) < top * 0.04 for xj, yj in points)
        ax.annotate(label, (xi, yi), xytext=(4, -11) if crowded else (4, 3),
                    textcoords="offset points", fontsize=8)
    xs = np.array([0, right])
    for k in (1, 2, 4):
        ax.plot(xs, k * xs, color="#bbb", linestyle=":", linewidth=1, zorder=1)
        end = min(right, top / k) * 0.97
        ax.text(end, k * end, f"{k}× the question ", fontsize=8, color="#888", ha="right",
                va="bottom")
    ax.set_xlim(0, right)
    ax.set_ylim(0, top)
    ax.set_xlabel("words in the question turns (journalist)")
    ax.set_ylabel("words in the answer (principal)")
    ax.set_title(title)
    media = list(dict.fromkeys(exchanges["medium"]))
    ax.legend(handles=[Patch(color=_medium_color(m), label=m) for m in media],
              frameon=False, loc="lower right", fontsize=8)
    return ax


@styled
def plot_answer_length_distribution(turns: pd.DataFrame, exchanges: pd.DataFrame, *, ax=None,
                                    bin_width: int = 50):
    """Histogram of answer words per exchange, with the opening statement's length marked."""
    need_columns(exchanges, ("answer_words",))
    need_columns(turns, ("kind", "n_words"))
    ax = get_axes(ax, (7, 3.5))
    opening = int(turns.loc[turns["kind"].eq("statement"), "n_words"].sum())
    if exchanges.empty:
        return show_empty(ax, "no answer to a question" + (f" (opening statement: {opening:,} words)"
                                                           if opening else ""),
                          title="How long answers usually run")
    top = max(int(exchanges["answer_words"].max()), opening)
    bins = np.arange(0, top + bin_width + 1, bin_width)
    ax.hist(exchanges["answer_words"], bins=bins, color=KIND_COLORS["answer"], edgecolor="white")
    if opening:
        ax.axvline(opening, color=KIND_COLORS["statement"], linewidth=2)
        ax.text(opening, ax.get_ylim()[1] * 0.95, f" opening statement\n {opening:,} words",
                fontsize=8, color=KIND_COLORS["statement"], va="top", ha="right" if opening > top * 0.8 else "left")
    ax.set_xlabel(f"words in the answer ({bin_width}-word bins)")
    ax.set_ylabel("exchanges")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title("How long answers usually run")
    return ax


@styled
def plot_cumulative_words(turns: pd.DataFrame, *, ax=None):
    """Lines: words spoken so far by each role, turn by turn (who holds the floor over time).

    With several transcripts the turns follow one another (solid lines mark where each
    starts) and the x axis counts turns across the corpus.
    """
    need_columns(turns, ("turn", "role", "n_words", "kind"))
    ax = get_axes(ax, (8, 3.8))
    title = "Who holds the floor as the conference goes on"
    if turns.empty:
        return show_empty(ax, "no turns", title=title)
    turns = turns.reset_index(drop=True)
    wide = cumulative_words(turns)
    several = several_documents(turns)
    x = pd.Series(np.arange(len(turns))) if several else wide["turn"]
    for role in wide.columns[1:]:
        ax.step(x, wide[role], where="post", color=ROLE_COLORS.get(role, "#999"), label=role, linewidth=2)
        ax.text(x.iloc[-1] + 0.3, wide[role].iloc[-1], f"{wide[role].iloc[-1]:,}",
                fontsize=8, va="center", color=ROLE_COLORS.get(role, "#999"))
    statement = x[turns["kind"].eq("statement")]
    if len(statement) and not several:
        ax.axvspan(statement.min() - 0.5, statement.max() + 0.5, color="#eee", zorder=0)
        ax.text(statement.max() + 0.6, ax.get_ylim()[1] * 0.97, "opening\nstatement", fontsize=8,
                color="#777", va="top")
    if several:
        mark_documents(ax, turns["doc_id"], x)
    ax.set_xlabel("turn (position in the corpus, transcripts one after another)" if several
                  else "turn (position in the conference)")
    ax.set_ylabel("words spoken so far")
    ax.set_title(title, pad=14 if several else None)
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(0.1, 0.85))
    return ax


OVERLAP_COLUMNS = 16  #: answer paragraphs drawn at most in the question × paragraph chart


@styled
def plot_question_paragraph_overlap(paragraphs: pd.DataFrame, *, exchange: tuple[str, int] | None,
                                    threshold: float | None = None, ax=None):
    """Heat map for one exchange: each question (rows) against each answer paragraph (columns).

    Cells show the share of the question's content stems found in the paragraph; with
    ``threshold``, cells at or above it are outlined. ``exchange``: ``(doc_id, exchange)``, as
    :func:`presslib.answers.worked_exchange` gives it (one exchange of one transcript, in a
    corpus too); None (no exchange to show) draws a chart that says so. At most
    :data:`OVERLAP_COLUMNS` paragraphs are drawn, the first ones, and the title says how many
    there were: an exchange of many long answers would make a chart no page can show.
    """
    need_columns(paragraphs, ("doc_id", "exchange", "turn", "index", "answer_turn", "paragraph", "overlap"))
    sel = exchange_rows(paragraphs, exchange)
    number = exchange[1] if exchange is not None else None
    title = f"Exchange {number}: share of each question's content words in each answer paragraph"
    if not len(sel):
        missing = f"in exchange {number}" if exchange is not None else "to show: no question was asked"
        return show_empty(get_axes(ax, (7, 2.5)), f"no question with an answer {missing}",
                          title=title if exchange is not None else "Questions against answer paragraphs")
    grid = sel.pivot_table(index=["turn", "index"], columns=["answer_turn", "paragraph"],
                           values="overlap", aggfunc="first")
    if grid.shape[1] > OVERLAP_COLUMNS:
        title += f" (the first {OVERLAP_COLUMNS} of {grid.shape[1]} paragraphs)"
        grid = grid.iloc[:, :OVERLAP_COLUMNS]
    ax = get_axes(ax, (0.8 * grid.shape[1] + 2.5, 0.6 * grid.shape[0] + 1.8))
    values = grid.to_numpy(dtype=float)
    ax.imshow(np.nan_to_num(values, nan=0.0), cmap="Blues", vmin=0, vmax=max(0.6, np.nanmax(values)),
              aspect="auto")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            if np.isnan(v):
                ax.text(j, i, "–", ha="center", va="center", fontsize=8, color="#999")
                continue
            ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=8,
                    color="white" if v > 0.4 else "#222")
            if threshold is not None and v >= threshold:
                ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=KIND_COLORS["question"],
                                           linewidth=2))
    ax.set_yticks(range(values.shape[0]), [f"turn {t}, question {k + 1}" for t, k in grid.index])
    ax.set_xticks(range(values.shape[1]), [f"{t}·¶{p + 1}" for t, p in grid.columns], fontsize=8)
    ax.set_xlabel("answer paragraph (turn·¶paragraph)")
    ax.set_ylabel("question")
    if threshold is not None:
        title += f"\n(outlined: at least {threshold:.0%}, 'addressed')"
    ax.set_title(title, fontsize=10)
    ax.spines[:].set_visible(False)
    return ax
