"""Charts of who asks (notebook 02): outlets, their countries and media, the order of the floor,
their topics.

Each function takes one of the tables of :mod:`presslib.floor` and returns its Axes; save a
chart with :func:`presslib.report.save.save_figure`. Colours are fixed per medium
(:data:`presslib.plots.style.MEDIUM_COLORS`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..outlets import OUTLET_SEPARATOR
from ..table import need_columns
from .style import MEDIUM_COLORS, exchange_key_labels, get_axes, show_empty, styled

_LABELS = {
    "questions": "questions asked",
    "question_turns": "question turns",
    "follow_ups": "follow-up turns",
    "words": "words asked",
}
_CALL_MARKERS = {  # call result -> (marker, face colour, legend text)
    "named the asker": ("o", "black", "call named the asking outlet"),
    "named another outlet": ("X", "#c0392b", "call named another outlet"),
    "named no outlet": ("o", "white", "call named no outlet"),
}


def _color(medium) -> str:
    first = str(medium).split(OUTLET_SEPARATOR)[0] if isinstance(medium, str) else "unknown"
    return MEDIUM_COLORS.get(first, MEDIUM_COLORS["unknown"])


def _medium_legend(ax, media, **kw) -> None:
    shown = [m for m in MEDIUM_COLORS if m in set(media)]
    ax.legend(handles=[Patch(color=MEDIUM_COLORS[m], label=m) for m in shown], frameon=False, **kw)


@styled
def plot_questions_by_outlet(per_outlet: pd.DataFrame, *, value: str = "questions", ax=None):
    """Horizontal bars: ``value`` per outlet (most first), coloured by medium, labelled with counts.

    Takes :func:`presslib.floor.outlet_tables.summarise_outlets` (``by="outlet"``).
    """
    need_columns(per_outlet, ("name", "medium", value))
    data = per_outlet.sort_values(value, ascending=False, kind="stable")
    ax = get_axes(ax, (7, 0.32 * len(data) + 1.4))
    if data.empty:
        return show_empty(ax, "no journalist's outlet to count", title=f"Who asked: {_LABELS.get(value, value)} by outlet")
    media = data["medium"].fillna("unknown")
    bars = ax.barh(data["name"], data[value], color=[_color(m) for m in media])
    ax.bar_label(bars, labels=[f"{v:g}" for v in data[value]], padding=3, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(f"{_LABELS.get(value, value)} (count)")
    ax.set_title(f"Who asked: {_LABELS.get(value, value)} by outlet")
    ax.set_xlim(0, max(float(data[value].max()), 1) * 1.15)
    _medium_legend(ax, media, loc="lower right")
    return ax


@styled
def plot_outlet_groups(groups: pd.DataFrame, *, by: str, value: str = "questions", ax=None):
    """Horizontal bars: ``value`` per group (country, medium or public service), with its share.

    Takes ``summarise_outlets(turns, by=by)``; media keep their colours, other groups one colour.
    Shares are of the column's total, so use ``split="fractional"`` for shares that add to 100%.
    """
    need_columns(groups, (by, value, "outlets"))
    data = groups.sort_values(value, ascending=False, kind="stable")
    ax = get_axes(ax, (7, 0.4 * len(data) + 1.4))
    if data.empty or not data[value].sum():
        return show_empty(ax, "no questions from a known outlet",
                          title=f"{_LABELS.get(value, value).capitalize()} by {by.replace('_', ' ')}")
    labels = data[by].astype(str)
    colors = [MEDIUM_COLORS.get(g, "#5b8db8") if by == "medium" else "#5b8db8" for g in labels]
    bars = ax.barh(labels, data[value], color=colors)
    total = float(data[value].sum()) or 1.0
    ax.bar_label(bars, labels=[f"{v:g} ({v / total:.0%}), {n} outlet{'s' * (n != 1)}"
                               for v, n in zip(data[value], data["outlets"])], padding=3, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(f"{_LABELS.get(value, value)} (count)")
    ax.set_title(f"{_LABELS.get(value, value).capitalize()} by {by.replace('_', ' ')}")
    ax.set_xlim(0, max(float(data[value].max()), 1) * 1.45)
    return ax


@styled
def plot_floor_order(floor: pd.DataFrame, *, ax=None):
    """The order of the floor: one bar per exchange along the words of the Q&A.

    Takes :func:`presslib.floor.summarise_floor`. Each bar starts where its exchange began and
    runs as many words as it lasted: the journalist's words in the medium's colour (two media
    share the bar in stripes), the answers paler. A marker at the bar's start says whether the
    call named the asking outlet; a red triangle marks a call that was not taken up.
    """
    need_columns(floor, ("exchange", "name", "medium", "call_result", "start", "call_words", "question_words", "answer_words", "missed_call_at"))
    ax = get_axes(ax, (10, 0.38 * len(floor) + 1.8))
    if floor.empty:
        return show_empty(ax, "no question-and-answer exchange",
                          title="The order of the floor: who asked when, and how long each exchange ran")
    height = 0.7
    for y, row in enumerate(floor.itertuples(index=False)):
        media = str(row.medium).split(OUTLET_SEPARATOR) if isinstance(row.medium, str) else ["unknown"]
        left = row.start + row.call_words
        for k, medium in enumerate(media):
            h = height / len(media)
            top = y - height / 2 + k * h
            color = MEDIUM_COLORS.get(medium, MEDIUM_COLORS["unknown"])
            ax.barh(top + h / 2, row.question_words, left=left, height=h, color=color)
            ax.barh(top + h / 2, row.answer_words, left=left + row.question_words, height=h,
                    color=color, alpha=0.35)
        marker = _CALL_MARKERS.get(row.call_result)
        if marker:
            ax.plot(row.start, y, marker=marker[0], markerfacecolor=marker[1], color="black",
                    markersize=6, linestyle="none")
        if not pd.isna(row.missed_call_at):
            ax.plot(row.missed_call_at, y, marker="v", color="#c0392b", markersize=8, linestyle="none")
    # bars restart with each transcript, so a corpus's labels name it
    labels = exchange_key_labels(floor, [f"{e} · {n}" for e, n in zip(floor["exchange"], floor["name"].fillna("?"))])
    ax.set_yticks(range(len(floor)), labels)
    ax.set_ylim(len(floor) - 0.4, -0.6)
    ax.set_ylabel("exchange · outlet that asked")
    ax.set_xlabel("words spoken so far in the Q&A (opening statement left out)")
    ax.set_title("The order of the floor: who asked when, and how long each exchange ran")
    media = [m for v in floor["medium"].dropna() for m in str(v).split(OUTLET_SEPARATOR)]
    handles = [Patch(color=MEDIUM_COLORS[m], label=m) for m in MEDIUM_COLORS if m in set(media)]
    handles.append(Patch(color="#777", alpha=0.35, label="answer (paler)"))
    results = set(floor["call_result"].dropna())
    handles += [Line2D([], [], marker=m, markerfacecolor=f, color="black", linestyle="none", label=t)
                for r, (m, f, t) in _CALL_MARKERS.items() if r in results]
    if floor["missed_call_at"].notna().any():
        handles.append(Line2D([], [], marker="v", color="#c0392b", linestyle="none",
                              label="call not taken up"))
    ax.legend(handles=handles, frameon=False, ncols=4, loc="upper center",
              bbox_to_anchor=(0.5, -0.14), fontsize=8)
    return ax


@styled
def plot_outlet_topics(outlet_topics: pd.DataFrame, *, value: str = "per_1000", labels: dict | None = None,
                       ax=None):
    """Heatmap: outlets (rows, order of the floor) by topics (columns), coloured by ``value``
    (``per_1000``: mentions per 1,000 words of the outlet's questions; or ``hits``), each
    cell labelled with its count of mentions. ``labels`` names the topics (``lexicon.labels``).

    Takes :func:`presslib.floor.outlet_tables.count_outlet_topics`.
    """
    need_columns(outlet_topics, ("name", "topic", "hits", value))
    title = "What each outlet asked about: topic mentions in its questions"
    if outlet_topics.empty:
        return show_empty(get_axes(ax, (7, 2.5)), "no topic of the lexicon in any outlet's questions",
                          title=title)
    named = outlet_topics.assign(name=outlet_topics["name"].fillna("?").astype(str))
    grid = named.pivot_table(index="name", columns="topic", values=value, aggfunc="sum", fill_value=0, sort=False)
    counts = named.pivot_table(index="name", columns="topic", values="hits", aggfunc="sum", fill_value=0,
                               sort=False).reindex(index=grid.index, columns=grid.columns)
    order = sorted(grid.columns, key=lambda t: (-counts[t].sum(), t))
    grid, counts = grid[order], counts[order]
    names = [(labels or {}).get(t, t) for t in grid.columns]
    # room below for the topic names, slanted at 45 degrees: about 0.05 inch a character
    height = 0.35 * len(grid) + 1.2 + 0.05 * max(len(str(n)) for n in names)
    ax = get_axes(ax, (min(0.7 * len(grid.columns) + 3.5, 18), height))
    shade = grid.to_numpy(dtype=float)
    image = ax.imshow(np.where(counts.to_numpy() > 0, shade, np.nan), cmap="Oranges", aspect="auto",
                      vmin=0, vmax=max(float(shade.max()), 1e-9))
    top = float(shade.max()) or 1.0
    for (i, j), v in np.ndenumerate(counts.to_numpy(dtype=float)):
        if v:
            ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=8,
                    color="white" if shade[i, j] > top / 2 else "black")
    ax.set_xticks(range(len(grid.columns)), names, rotation=45,
                  ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(grid)), grid.index)
    unit = "mentions per 1,000 words of the outlet's questions" if value == "per_1000" else "mentions"
    ax.figure.colorbar(image, ax=ax, label=f"{unit} (cells: count)")
    ax.set_title(title)
    return ax
