"""Charts of topic tables and word counts (notebook 01), one function per chart, each returning
its Axes. They know column names, never files: save a chart with
:func:`presslib.report.save.save_figure`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..table import need_columns
from .style import KIND_COLORS, get_axes, several_documents, show_empty, styled

SIDE_COLORS = {
    "statement": KIND_COLORS["statement"],
    "question": KIND_COLORS["question"],
    "answer": KIND_COLORS["answer"],
    "moderator": KIND_COLORS["call"],
}
SIDE_NAMES = {
    "statement": "opening statement",
    "question": "journalists' questions",
    "answer": "principal's answers",
    "moderator": "moderator",
}


@styled
def plot_topic_heatmap(
    matrix: pd.DataFrame,
    *,
    rates: pd.DataFrame | None = None,
    labels: dict | None = None,
    column_labels: dict | None = None,
    title: str = "The agenda over the conference: topic mentions by exchange",
    xlabel: str = "exchange (in order; the asker's outlet)",
    max_width: float = 18,
    ax=None,
):
    """Heatmap of a topics × groups table of counts (:func:`presslib.topics.tables.topic_matrix`).

    With ``rates`` (the same table of mentions per 1,000 words, ``value="per_1000"``), cells are
    coloured by the rate, so that long and short exchanges compare, and labelled with the
    count; without, both are the count. ``labels`` names the topics (``lexicon.labels``),
    ``column_labels`` the groups (:func:`presslib.topics.tables.exchange_labels`). Empty cells
    stay blank; a table without any mention draws a chart that says so.
    """
    counts = matrix.to_numpy(dtype=float)
    shade = rates.reindex(index=matrix.index, columns=matrix.columns).fillna(0).to_numpy(dtype=float) \
        if rates is not None else counts
    width = min(0.55 * matrix.shape[1] + 4.5, max_width)
    ax = get_axes(ax, (width, 0.36 * max(matrix.shape[0], 1) + 1.8))
    if not counts.size or not (counts > 0).any():
        return show_empty(ax, "no topic of the lexicon is mentioned here", title=title)
    image = ax.imshow(
        np.where(counts > 0, shade, np.nan), cmap="Oranges", aspect="auto", vmin=0,
        vmax=max(float(np.nanmax(shade)), 1e-9),
    )
    ax.set_yticks(range(len(matrix.index)), [(labels or {}).get(t, t) for t in matrix.index])
    small = 7 if matrix.shape[1] <= 30 else 5
    ax.set_xticks(
        range(len(matrix.columns)),
        [(column_labels or {}).get(c, str(c)) for c in matrix.columns],
        rotation=45, ha="right", rotation_mode="anchor", fontsize=small + 1,
    )
    top = float(np.nanmax(shade)) or 1
    for (i, j), v in np.ndenumerate(counts):
        if v > 0:
            ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=small,
                    color="white" if shade[i, j] > 0.6 * top else "#333")
    ax.set_xticks(np.arange(-0.5, len(matrix.columns)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(matrix.index)), minor=True)
    ax.grid(which="minor", color="#eee", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    label = ("mentions per 1,000 words (cells: count)" if rates is not None
             else "mentions (lexicon hits)")
    ax.figure.colorbar(image, ax=ax, shrink=0.6, label=label)
    return ax


@styled
def plot_topics_by_side(
    counts: pd.DataFrame,
    *,
    labels: dict | None = None,
    sides=("statement", "question", "answer"),
    value: str = "per_1000",
    topics: list[str] | None = None,
    ax=None,
):
    """Grouped bars: each topic's frequency in the opening statement, the questions and the answers.

    ``counts`` is :func:`presslib.topics.tables.count_topics_by` with ``by="side"`` (and, for
    a corpus, ``by_document=False``: rates of several transcripts are not added up here);
    ``value`` is ``per_1000`` (mentions per 1,000 words of that side) or ``hits``. Topics are
    ordered by their total over the sides, largest on top, or as ``topics`` lists them.
    """
    need_columns(counts, ("side", "topic", value), what="the topic counts table")
    if several_documents(counts) and value == "per_1000":
        raise ValueError("counts of several transcripts: count them with by_document=False, "
                         "so that each side's rate is of all its words")
    title = "What each side talked about: topic frequency"
    if not counts["side"].isin(sides).any():
        return show_empty(get_axes(ax, (8, 2.5)), "no topic of the lexicon is mentioned", title=title)
    wide = counts[counts["side"].isin(sides)].pivot_table(
        index="topic", columns="side", values=value, aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(columns=list(sides), fill_value=0)
    order = topics or list(wide.sum(axis=1).sort_values(ascending=False, kind="stable").index)
    wide = wide.reindex([t for t in order if t in wide.index])
    ax = get_axes(ax, (8, 0.42 * len(wide) + 1.6))
    height = 0.8 / len(sides)
    y = np.arange(len(wide))
    for k, side in enumerate(sides):
        ax.barh(
            y + (k - (len(sides) - 1) / 2) * height,
            wide[side],
            height=height,
            color=SIDE_COLORS.get(side, "#999"),
            label=SIDE_NAMES.get(side, side),
        )
    ax.set_yticks(y, [(labels or {}).get(t, t) for t in wide.index])
    ax.invert_yaxis()
    ax.set_xlabel("mentions per 1,000 words" if value == "per_1000" else "mentions (lexicon hits)")
    ax.set_title(title)
    ax.legend(frameon=False, loc="lower right")
    return ax


@styled
def plot_wordcloud(
    frequencies: dict[str, int],
    *,
    title: str,
    ax=None,
    random_state: int = 0,
    max_words: int = 60,
    colormap: str = "viridis",
):
    """A word cloud of ``{word: count}`` (:func:`presslib.topics.model.count_terms`), fixed layout seed.

    Words are placed by ``wordcloud`` with ``random_state``, so a rerun draws the same picture.
    """
    from wordcloud import WordCloud  # imported when first used: it takes 0.2 s

    ax = get_axes(ax, (6, 3.4))
    if frequencies:
        cloud = WordCloud(
            width=900,
            height=480,
            background_color="white",
            max_words=max_words,
            random_state=random_state,
            colormap=colormap,
            prefer_horizontal=0.95,
        )
        ax.imshow(cloud.generate_from_frequencies(frequencies), interpolation="bilinear")
    else:
        show_empty(ax, "no words")
    ax.set_axis_off()
    ax.set_title(title)
    return ax


def plot_wordclouds(terms_by_side: dict[str, dict[str, int]], *, random_state: int = 0,
                    max_words: int = 60) -> dict:
    """One word cloud per side (:func:`presslib.topics.clouds.cloud_terms_by_side`), each on a
    figure of its own so that each can be saved as a file of its own: ``{side: Axes}`` in the
    order given, titled by :data:`SIDE_NAMES` ("Opening statement"); the layout seed is the
    same for every cloud. It draws nothing itself: each cloud is :func:`plot_wordcloud`'s, styled
    there.
    """
    return {side: plot_wordcloud(terms, title=_sentence_case(SIDE_NAMES.get(side, side)),
                                 random_state=random_state, max_words=max_words)
            for side, terms in terms_by_side.items()}


def _sentence_case(name: str) -> str:
    return name[:1].upper() + name[1:]
